import ArgumentParser
import Foundation
import ZhNews
import ZhNewsBatch
import ZhNewsModel

/// The options of every command that extracts pages (`extract`, `golden`, `score`): how many
/// at once, and the pipeline's options. The same values give the same records as `extract`.
struct ExtractionOptions: ParsableArguments {
    @Option(help: "Pages processed at once (default: the machine's cores; at most \(OrderedWorkPool<BatchJob, ProcessedInput>.maximumWorkers), and no more threads than inputs in flight). The output is the same for every value.")
    var parallel: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Script of the output text: simplified (convert traditional) or keep.")
    var script: ScriptChoice = .simplified

    @Option(help: "Charset of the input bytes, as an HTTP header would give it (tried before the page's own declaration).")
    var charset: String?

    @Option(help: "Inputs larger than this many bytes give a too-large error record.")
    var maxBytes: Int = PipelineOptions.defaultMaxBytes

    @Option(help: ArgumentHelp("Seconds one page may take, parsing included: a page cut short gives a record of what was read, with a time-limit warning (or a time-limit error record when nothing was read).", valueName: "seconds"))
    var timeLimit: Double = PipelineOptions.defaultTimeLimit

    func validate() throws {
        if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1") }
        if parallel < 1 { throw ValidationError("--parallel must be at least 1") }
        if !(timeLimit > 0) { throw ValidationError("--time-limit must be a positive number of seconds") }
        try ExtractCommand.validateCharset(charset)
    }

    var pipeline: Pipeline {
        Pipeline(options: PipelineOptions(outputScript: script.outputScript, maxBytes: maxBytes, timeLimit: timeLimit))
    }
}
