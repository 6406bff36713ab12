import ArgumentParser
import Foundation
import ZhNews

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract article records from pages (files, directories, or standard input).",
        discussion: """
            Directories are read recursively: .html .htm .shtml .xhtml .txt files, and files without \
            an extension whose first bytes look like text. With no PATH, or with -, one page is read \
            from standard input.

            Output: one JSON object per article per line (schema in docs/SCHEMA.md). An input that \
            cannot be processed gives an error record {"schema":1,"id":…,"input":…,"error":{"code":…}} \
            and the batch goes on.

            Exit status: 0 when every input gave records, 1 when some gave error records, 2 for \
            usage errors. A one-line summary goes to standard error.

            Examples:
              zhnews extract Fixtures/000_131cf33ef8afb27c.txt
              zhnews extract --script keep -o records.jsonl crawl/
              zhnews extract --charset gbk - < page.html
            """
    )

    @Argument(help: "Files or directories to read; - or nothing for standard input.")
    var paths: [String] = []

    @Option(name: [.short, .customLong("output")], help: "Write records to this file (written whole, then renamed into place) instead of standard output.")
    var output: String?

    @Option(help: "Script of the output text: simplified (convert traditional) or keep.")
    var script: ScriptChoice = .simplified

    @Option(help: "Charset of the input bytes, as an HTTP header would give it (tried before the page's own declaration).")
    var charset: String?

    @Option(help: "Inputs larger than this many bytes give a too-large error record.")
    var maxBytes: Int = PipelineOptions.defaultMaxBytes

    @Flag(help: "Print no summary line on standard error.")
    var quiet = false

    @Flag(help: "List on standard error every page line left out of the records, with its class and the rule that removed it.")
    var explain = false

    func validate() throws {
        if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1") }
    }

    func run() throws {
        let started = Date()
        let pipeline = Pipeline(options: PipelineOptions(outputScript: script.outputScript, maxBytes: maxBytes))
        let sink: OutputSink
        do {
            sink = try OutputSink(path: output)
        } catch {
            FileHandle.standardError.write(Data("zhnews: cannot write \(output ?? "-"): \(error)\n".utf8))
            throw ExitCode(2)
        }
        var summary = BatchSummary()
        let readsStandardInput = paths.isEmpty || paths == ["-"]
        if readsStandardInput {
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            let result = pipeline.processExplained(PageInput(id: "-", path: "-", bytes: bytes, charset: charset))
            try write(result, id: "-", to: sink, summary: &summary)
        } else {
            for item in InputFiles.expand(paths.filter { $0 != "-" }) {
                switch item {
                case .file(let path):
                    try write(pipeline.processExplained(path: path, charset: charset), id: path, to: sink, summary: &summary)
                case .failure(let path, let error, let detail):
                    let record = error.record(id: path, input: InputInfo(path: path), detail: detail)
                    try write(PageResult(lines: [.error(record)]), id: path, to: sink, summary: &summary)
                }
            }
        }
        do {
            try sink.finish()
        } catch {
            FileHandle.standardError.write(Data("zhnews: cannot write \(output ?? "-"): \(error)\n".utf8))
            throw ExitCode(1)
        }
        if !quiet {
            FileHandle.standardError.write(Data((summary.line(seconds: Date().timeIntervalSince(started)) + "\n").utf8))
        }
        if summary.errorInputs > 0 { throw ExitCode(1) }
    }

    /// Writes a page's lines; with `--explain`, reports its removed lines on standard error.
    private func write(_ result: PageResult, id: String, to sink: OutputSink, summary: inout BatchSummary) throws {
        if explain {
            let report = result.removed.map { "\(id): removed \($0.lineClass.rawValue) (\($0.rule)): \($0.text)\n" }.joined()
            FileHandle.standardError.write(Data(report.utf8))
        }
        let lines = result.lines
        summary.count(lines)
        var chunk = ""
        for line in lines {
            chunk += try JSONLines.line(for: line)
        }
        try sink.write(chunk)
    }
}

/// `--script` values.
enum ScriptChoice: String, ExpressibleByArgument, CaseIterable {
    case simplified
    case keep

    var outputScript: OutputScript {
        switch self {
        case .simplified: .simplified
        case .keep: .keep
        }
    }
}
