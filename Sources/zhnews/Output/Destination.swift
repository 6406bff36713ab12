import ZhNews

/// Where a batch's records go: a JSON Lines stream (standard output or `-o FILE`) or a
/// directory of `.json` files (`--output-dir`).
enum Destination {
    case stream(RecordWriter)
    case directory(OutputDirectory)

    init(output: String?, directory: String?, flushesEachInput: Bool) throws {
        if let directory {
            self = .directory(try OutputDirectory(root: directory))
        } else {
            self = .stream(try RecordWriter(path: output, flushesEachInput: flushesEachInput))
        }
    }

    func write(_ input: ProcessedInput) throws {
        switch self {
        case .stream(let writer): try writer.write(input.jsonLines.joined())
        case .directory(let directory): try directory.write(input.result.lines, json: input.jsonLines)
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
