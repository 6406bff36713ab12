/// Options that travel through every stage.
public struct PipelineOptions: Sendable, Hashable {
    /// The script of the records' text (`simplified` by default).
    public var outputScript: OutputScript
    /// Pages larger than this many bytes give an error record (`too-large`) instead of being read.
    public var maxBytes: Int
    /// Seconds one page may take. Every stage checks it in its loops, libxml2's parse included
    /// (shared out by `TimeBudget`): a page cut short gives a record of what was read by then
    /// with a `time-limit` warning, or a `time-limit` error record when nothing was read.
    public var timeLimit: Double
    /// HTML elements nested deeper than this are read as part of their ancestor at this depth
    /// (a page of a million nested `div`s stays linear).
    public var htmlMaxDepth: Int

    /// 64 MiB: far above any real article page, low enough that a batch never stalls on one input.
    public static let defaultMaxBytes = 64 * 1024 * 1024
    /// 10 s: a real page takes a few milliseconds.
    public static let defaultTimeLimit = 10.0
    /// 512: real pages nest a few dozen levels.
    public static let defaultHTMLMaxDepth = 512

    public init(
        outputScript: OutputScript = .simplified, maxBytes: Int = PipelineOptions.defaultMaxBytes,
        timeLimit: Double = PipelineOptions.defaultTimeLimit, htmlMaxDepth: Int = PipelineOptions.defaultHTMLMaxDepth
    ) {
        self.htmlMaxDepth = htmlMaxDepth
        self.outputScript = outputScript
        self.maxBytes = maxBytes
        self.timeLimit = timeLimit
    }
}
