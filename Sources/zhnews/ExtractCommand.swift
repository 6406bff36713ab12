import ArgumentParser
import Foundation
import ZhNews
import ZhNewsBatch
import ZhNewsModel
import ZhNewsParser

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract article records from pages (files, directories, WARC archives, lists, or standard input).",
        discussion: """
            Inputs: files; directories, read recursively (.html .htm .shtml .xhtml .txt files, \
            .warc and .warc.gz archives, and files without an extension whose first bytes look like \
            text); WARC and WARC.gz archives (HTML `response` records; id = WARC-Record-ID, \
            input.url = WARC-Target-URI; other records are skipped and counted); --input-file LIST \
            (one path per line); --stdin-jsonl (one JSON request per line: {"id":…, "url":…, \
            "html"|"text"|"path":…, "encoding":…}, each answered in order and flushed). With no \
            PATH, or with -, one page is read from standard input.

            Output: one JSON object per article per line (schema in docs/SCHEMA.md), in input \
            order whatever --parallel is. An input that cannot be processed gives an error record \
            {"schema":1,"id":…,"input":…,"error":{"code":…}} and the batch goes on.

            Exit status: 0 when every input gave records; 1 when some gave error records; 2 for \
            usage errors; 3 when the output cannot be written; 130 / 143 when stopped by SIGINT / \
            SIGTERM (no new input is started; inputs in flight get one second to finish, and \
            those still running are written as `interrupted` error records; the output holds \
            whole lines only; with -o, it is left as FILE.partial). A summary line goes to standard error, and on a terminal \
            a progress line.

            Examples:
              zhnews extract Fixtures/000_131cf33ef8afb27c.txt
              zhnews extract --script keep -o records.jsonl crawl/
              zhnews extract CC-MAIN-20240101-00000.warc.gz > records.jsonl
              zhnews extract --input-file pages.txt --output-dir records/
              zhnews extract --stdin-jsonl < requests.jsonl
              zhnews extract --charset gbk - < page.html
            """
    )

    @Argument(help: "Files, directories or WARC archives to read; - or nothing for standard input.")
    var paths: [String] = []

    @Option(name: .customLong("input-file"), help: ArgumentHelp("Read the paths to process from this file, one per line (- for standard input).", valueName: "list"))
    var inputFile: String?

    @Flag(name: .customLong("stdin-jsonl"), help: "Read one JSON request per line of standard input; answer each in order, flushed.")
    var stdinJSONL = false

    @Option(name: [.short, .customLong("output")], help: "Write records to this file (written whole, then renamed into place) instead of standard output.")
    var output: String?

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("Write one .json file per article under this directory, mirroring input paths.", valueName: "dir"))
    var outputDirectory: String?

    @OptionGroup var extraction: ExtractionOptions

    @Flag(help: "Print no summary or progress line on standard error.")
    var quiet = false

    @Flag(help: "List on standard error every page line left out of the records, with its class and the rule that removed it.")
    var explain = false

    func validate() throws {
        if stdinJSONL, !paths.isEmpty || inputFile != nil {
            throw ValidationError("--stdin-jsonl reads its inputs from standard input: give no paths and no --input-file")
        }
        if inputFile != nil, !paths.isEmpty { throw ValidationError("give paths or --input-file, not both") }
        if output != nil, outputDirectory != nil { throw ValidationError("give -o or --output-dir, not both") }
    }

    func run() throws {
        let started = DispatchTime.now().uptimeNanoseconds
        let signals = StopSignals()
        let inputs: BatchInputs
        do {
            inputs = try BatchInputs(source, charset: extraction.charset, maxBytes: extraction.maxBytes)
        } catch {
            throw ValidationError((error as? InputFileError)?.detail ?? "\(error)")
        }
        let destination: Destination
        do {
            destination = try Destination(output: output, directory: outputDirectory, flushesEachInput: stdinJSONL)
        } catch {
            FileHandle.standardError.write(Data("zhnews: \(error)\n".utf8))
            throw ExitCode(3)
        }

        let pipeline = extraction.pipeline
        let explain = explain
        let pool = OrderedWorkPool(workers: extraction.parallel) { (job: BatchJob) -> ProcessedInput in
            ProcessedInput(job: job, result: pipeline.processExplained(job), explain: explain)
        }
        var summary = BatchSummary()
        var progress = ProgressLine(enabled: !quiet, total: inputs.knownTotal)
        var outputFailure: RecordWriter.Failure?
        let grace = Self.stopGrace
        let abandon = { (job: BatchJob) -> ProcessedInput in
            let detail = "the batch was stopped (\(signals.signal.map(StopSignals.name) ?? "signal")) and the page did not finish within \(grace) s"
            return ProcessedInput(job: job, result: job.interruptedResult(detail: detail), explain: false)
        }
        do {
            try pool.run(inputs, shouldStop: { signals.stopRequested }, stopGrace: grace, abandon: abandon) { processed in
                if !processed.report.isEmpty { FileHandle.standardError.write(Data(processed.report.utf8)) }
                summary.count(processed.result.lines)
                try destination.write(processed)
                progress.update(done: summary.inputs, errors: summary.errorInputs)
            }
        } catch let failure as RecordWriter.Failure {
            outputFailure = failure
        }
        progress.clear()
        summary.skippedRecords = inputs.skippedRecords

        if case .closedByReader = outputFailure {
            destination.abandon()
            return  // `zhnews extract … | head`: the reader has what it wanted
        }
        if outputFailure == nil {
            do {
                let name = try destination.finish(complete: signals.signal == nil)
                if signals.signal != nil, let name, !quiet { FileHandle.standardError.write(Data("zhnews: records so far are in \(name)\n".utf8)) }
            } catch let failure as RecordWriter.Failure {
                outputFailure = failure
            }
        }
        if let outputFailure {
            destination.abandon()
            FileHandle.standardError.write(Data("zhnews: \(outputFailure)\n".utf8))
        }
        if !quiet || outputFailure != nil || signals.signal != nil {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            let line = summary.line(seconds: seconds, interruptedBy: signals.signal.map(StopSignals.name))
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        if let signal = signals.signal { throw ExitCode(128 + signal) }
        if outputFailure != nil { throw ExitCode(3) }
        if summary.errorInputs > 0 { throw ExitCode(1) }
    }

    /// Seconds the inputs in flight get to finish after SIGINT/SIGTERM.
    static let stopGrace = 1.0

    /// Where the inputs come from, from the options.
    private var source: BatchInputs.Source {
        if stdinJSONL { return .requests }
        if let inputFile { return .pathList(inputFile) }
        let named = paths.filter { $0 != "-" }
        return named.isEmpty ? .standardInput : .paths(named)
    }
}

/// One input after the pipeline: its result, each output line rendered in the output format,
/// and its `--explain` report, all made on the worker thread.
struct ProcessedInput: Sendable {
    let result: PageResult
    /// Each output line as text in the output format (for JSON Lines: one line, newline included), in order.
    let renderedLines: [String]
    let report: String

    init(job: BatchJob, result: PageResult, explain: Bool, format: any RecordFormat = JSONLinesFormat()) {
        self.result = result
        self.renderedLines = result.lines.map { line in
            do {
                return try format.render([line])
            } catch {
                let record = ErrorRecord(id: job.id, input: InputInfo(), error: .init(code: "unparsable", message: "the record could not be encoded: \(error)"))
                return (try? format.render([.error(record)])) ?? ""
            }
        }
        let id = job.id
        self.report = explain ? result.removed.map { "\(id): removed \($0.lineClass.rawValue) (\($0.rule)): \($0.text)\n" }.joined() : ""
    }
}

extension ParsableCommand {
    /// An unknown `--charset` is a usage error naming the closest known label (a charset a page
    /// declares that zhnews does not know stays a warning on its record).
    static func validateCharset(_ charset: String?) throws {
        guard let charset, !CharsetLabels.isKnown(charset) else { return }
        throw ValidationError("unknown charset \"\(charset)\" for --charset; did you mean \"\(CharsetLabels.closestKnown(to: charset))\"?")
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
