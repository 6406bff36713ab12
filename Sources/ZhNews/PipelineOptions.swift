import ZhNewsConverter

/// Options that travel through every stage.
public struct PipelineOptions: Sendable, Hashable {
    /// The script of the records' text (`simplified` by default).
    public var outputScript: OutputScript
    /// Pages larger than this many bytes give an error record (`too-large`) instead of being read.
    public var maxBytes: Int

    /// 64 MiB: far above any real article page, low enough that a batch never stalls on one input.
    public static let defaultMaxBytes = 64 * 1024 * 1024

    public init(outputScript: OutputScript = .simplified, maxBytes: Int = PipelineOptions.defaultMaxBytes) {
        self.outputScript = outputScript
        self.maxBytes = maxBytes
    }
}
