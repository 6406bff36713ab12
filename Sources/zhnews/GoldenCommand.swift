import ArgumentParser
import Foundation
import ZhNews
import ZhNewsModel

/// `zhnews golden record|check PATH…`: regression tests on a folder of pages.
struct GoldenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "golden",
        abstract: "Record the records of pages as goldens, and check later runs against them.",
        discussion: """
            Each page's expected records are kept in one file, the page's path below the pages' \
            folder plus .json, under a golden folder (default: golden/ in the folder holding the \
            paths named): pretty-printed, keys in schema order, text as a list of paragraphs, one \
            mention per line, so a change reads as a small diff in git. Record and check from the \
            same working directory with the same options (ids are the paths as named).

            Examples:
              zhnews golden record crawl/          # writes crawl/golden/…
              zhnews golden check crawl/           # exit 0: all match; 1: some differ
              zhnews golden check --update crawl/  # accept the new output
            """,
        subcommands: [GoldenRecordCommand.self, GoldenCheckCommand.self]
    )
}

/// The paths and golden folder of both subcommands.
struct GoldenPaths: ParsableArguments {
    @Argument(help: "Pages and folders of pages (read recursively; the golden folder itself is left out).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("The golden folder (default: golden/ in the folder holding the paths). Pages inside its parent folder are named by their path below it.", valueName: "dir"))
    var golden: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name the pages or folders to read") }
        if paths.contains("-") { throw ValidationError("goldens are kept per page file: standard input (-) cannot be read") }
        // A mistyped path would otherwise be reported as a new page and, recorded, leave a golden
        // of a `not-found` error record.
        if let missing = paths.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            throw ValidationError("no such file or folder: \(missing)")
        }
    }
}

/// `zhnews golden record PATH…`
struct GoldenRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Write every page's records into its golden file (and remove goldens of pages that are gone).",
        discussion: "Exit status: 0 when written; 2 for usage errors; 3 when a golden cannot be written."
    )

    @OptionGroup var location: GoldenPaths
    @OptionGroup var extraction: ExtractionOptions

    @Flag(help: "Print only the summary line.")
    var quiet = false

    func run() throws {
        try GoldenRun(location: location, extraction: extraction, mode: .record, fields: .all, quiet: quiet).run()
    }
}

/// `zhnews golden check PATH…`
struct GoldenCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Extract the pages again and compare with their goldens, field by field.",
        discussion: """
            For each page that differs: title and time old → new, bylines added or removed, a \
            unified diff of the paragraphs, mentions added and removed, warnings. Then a summary \
            line: pages unchanged, changed, new (no golden) and missing (a golden without its page).

            Exit status: 0 when every page matches its golden; 1 when any differs, is new or is \
            missing; 2 for usage errors; 3 when --update cannot write a golden.
            """
    )

    @OptionGroup var location: GoldenPaths
    @OptionGroup var extraction: ExtractionOptions

    @Option(help: ArgumentHelp("Compare only these fields (comma-separated: title,published,bylines).", valueName: "fields"))
    var fields: String?

    @Option(help: ArgumentHelp("Leave these fields out of the comparison (comma-separated: warnings).", valueName: "fields"))
    var ignore: String?

    @Flag(help: "Accept the new output: rewrite the goldens of changed and new pages, remove those of missing pages.")
    var update = false

    @Flag(help: "Print only the summary line.")
    var quiet = false

    func validate() throws {
        do {
            _ = try FieldSelection(fields: fields, ignore: ignore)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        let selection = try FieldSelection(fields: fields, ignore: ignore)
        try GoldenRun(location: location, extraction: extraction, mode: .check(update: update), fields: selection, quiet: quiet).run()
    }
}

/// What both subcommands do: run the batch, print the report and summary, exit with the status.
struct GoldenRun {
    let location: GoldenPaths
    let extraction: ExtractionOptions
    let mode: GoldenBatch.Mode
    let fields: FieldSelection
    let quiet: Bool

    func run() throws {
        let signals = StopSignals()
        let folder = GoldenFolder(paths: location.paths, golden: location.golden)
        let batch = GoldenBatch(folder: folder, mode: mode, fields: fields, pipeline: extraction.pipeline, parallel: extraction.parallel, charset: extraction.charset)
        let output = try? RecordWriter(path: nil, flushesEachInput: true)
        let counts: GoldenBatch.Counts
        do {
            counts = try batch.run(paths: location.paths, signals: signals) { line in
                if !quiet { try? output?.write(line + "\n") }
            }
        } catch let failure as RecordWriter.Failure {
            FileHandle.standardError.write(Data("zhnews: \(failure)\n".utf8))
            throw ExitCode(3)
        }
        try? output?.write(GoldenBatch.summary(counts, mode: mode, folder: folder) + "\n")
        try? output?.flush()
        if let signal = signals.signal { throw ExitCode(128 + signal) }
        if case .check(update: false) = mode, !counts.allMatch { throw ExitCode(1) }
    }
}
