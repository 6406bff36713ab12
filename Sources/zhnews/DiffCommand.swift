import ArgumentParser
import Foundation
import ZhNews
import ZhNewsModel

/// `zhnews diff A.jsonl B.jsonl`: two runs over the same inputs, compared record by record.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two runs (JSON Lines files) record by record, matched by id.",
        discussion: """
            Prints, per record that differs, what changed field by field (values old → new, \
            bylines and mentions added or removed, a unified diff of paragraphs), the records only \
            in A or only in B, and a summary with the number of records each field changed in. \
            --format markdown suits a CI comment; --format json, programs.

            Exit status: 0 when the runs hold the same records; 1 when they differ (or a line is \
            not a record); 2 for usage errors and unreadable files.

            Examples:
              zhnews diff before.jsonl after.jsonl
              zhnews diff --ignore warnings --format markdown before.jsonl after.jsonl > comment.md
            """
    )

    @Argument(help: "The first run (A), a JSON Lines file (- for standard input).")
    var a: String

    @Argument(help: "The second run (B).")
    var b: String

    @Option(help: "Output: text, markdown or json.")
    var format: DiffReport.Format = .text

    @Option(help: ArgumentHelp("Compare only these fields (comma-separated).", valueName: "fields"))
    var fields: String?

    @Option(help: ArgumentHelp("Leave these fields out of the comparison (comma-separated).", valueName: "fields"))
    var ignore: String?

    @Option(help: "Lines parsed and compared at once (default: the machine's cores).")
    var parallel: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if parallel < 1 { throw ValidationError("--parallel must be at least 1") }
        if a == "-", b == "-" { throw ValidationError("only one of the runs can come from standard input") }
        do {
            _ = try FieldSelection(fields: fields, ignore: ignore)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        let diff = RunDiff(fields: try FieldSelection(fields: fields, ignore: ignore), parallel: parallel)
        let comparison: RunDiff.Comparison
        do {
            comparison = try diff.run(a: a, b: b)
        } catch let error as RunDiff.UnreadableFile {
            FileHandle.standardError.write(Data("zhnews diff: \(error)\n".utf8))
            throw ExitCode(2)
        }
        POSIX.ignoreBrokenPipes()
        let output = try RecordWriter(path: nil, flushesEachInput: false)
        do {
            try output.write(DiffReport.render(comparison, a: a, b: b, format: format))
            try output.flush()
        } catch RecordWriter.Failure.closedByReader {
            // `zhnews diff … | head`
        }
        if format != .text { FileHandle.standardError.write(Data((DiffReport.summary(comparison) + "\n").utf8)) }
        if !comparison.same { throw ExitCode(1) }
    }
}

extension DiffReport.Format: ExpressibleByArgument {}
