import ZhNews

/// Where a batch's records go: a stream (standard output or `-o FILE`) or a directory of files,
/// one per article (`--output-dir`). What the records look like is the ``RecordFormat``'s
/// business (``ProcessedInput/renderedLines``); a destination only places the texts.
enum Destination {
    case stream(RecordWriter)
    case directory(OutputDirectory)

    init(output: String?, directory: String?, flushesEachInput: Bool, format: any RecordFormat = JSONLinesFormat()) throws {
        if let directory {
            self = .directory(try OutputDirectory(root: directory, fileExtension: format.fileExtension))
        } else {
            self = .stream(try RecordWriter(path: output, flushesEachInput: flushesEachInput))
        }
    }

    func write(_ input: ProcessedInput) throws {
        switch self {
        case .stream(let writer): try writer.write(input.renderedLines.joined())
        case .directory(let directory): try directory.write(input.result.lines, rendered: input.renderedLines)
        }
    }

    /// Completes the output; returns the file name it ended under, if it is a file.
    func finish(complete: Bool) throws -> String? {
        switch self {
        case .stream(let writer): try writer.finish(complete: complete)
        case .directory: nil
        }
    }

    /// Drops a temporary file after a failure.
    func abandon() {
        if case .stream(let writer) = self { writer.abandon() }
    }
}
