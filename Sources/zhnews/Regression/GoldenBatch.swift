import Foundation
import ZhNews
import ZhNewsBatch

/// `zhnews golden record` and `check` over a batch: pages extracted and compared with their
/// goldens in parallel, reported in input order; then the goldens whose pages are gone.
struct GoldenBatch {
    enum Mode {
        /// Write every page's golden.
        case record
        /// Compare; with `update`, also write the goldens of changed and new pages and remove
        /// those of missing ones.
        case check(update: Bool)
    }

    /// Counts for the summary line.
    struct Counts: Equatable {
        var unchanged = 0
        var changed = 0
        var new = 0
        var missing = 0
        /// Pages that gave an error record (compared like any record).
        var failed = 0

        var pages: Int { unchanged + changed + new }
        var allMatch: Bool { changed == 0 && new == 0 && missing == 0 }
    }

    let folder: GoldenFolder
    let mode: Mode
    let fields: FieldSelection
    let pipeline: Pipeline
    let parallel: Int
    /// The caller's charset for every page (`--charset`).
    var charset: String? = nil

    /// Runs over `paths`, writing the report to `report` line by line; returns the counts.
    /// Throws ``RecordWriter/Failure`` when a golden cannot be written.
    func run(paths: [String], signals: StopSignals?, report: (String) -> Void) throws -> Counts {
        let folder = folder, fields = fields, pipeline = pipeline
        let pagePaths = InputFiles.expand(paths).map(\.path).filter { !folder.holds($0) }
        let inputs = try BatchInputs(.paths(pagePaths), charset: charset, maxBytes: pipeline.options.maxBytes)
        let pool = OrderedWorkPool(workers: parallel) { (job: BatchJob) -> (BatchJob, GoldenCheck, finished: Bool) in
            let lines = pipeline.processExplained(job).lines
            return (job, GoldenCheck(page: job.id, lines: lines, goldenPath: folder.goldenPath(for: job), fields: fields), true)
        }
        // A page still running when the run is stopped is reported as interrupted, and its golden left as it was.
        let abandon = { (job: BatchJob) -> (BatchJob, GoldenCheck, finished: Bool) in
            let lines = job.interruptedResult(detail: "the run was stopped before the page finished").lines
            return (job, GoldenCheck(page: job.id, lines: lines, goldenPath: folder.goldenPath(for: job), fields: fields), false)
        }
        var counts = Counts()
        var seen: Set<String> = []
        try pool.run(inputs, shouldStop: { signals?.stopRequested ?? false }, stopGrace: ExtractCommand.stopGrace, abandon: abandon) { (job, check, finished) in
            seen.insert(folder.relativeName(for: job))
            switch check.status {
            case .unchanged: counts.unchanged += 1
            case .changed: counts.changed += 1
            case .new: counts.new += 1
            }
            if check.failed { counts.failed += 1 }
            switch mode {
            case .record:
                if finished, !check.goldenIsCurrent { try Self.write(check.goldenText, to: check.goldenPath) }
                if check.status != .unchanged || !check.goldenIsCurrent {
                    report((check.status == .new ? "new      " : "recorded ") + check.page)
                }
            case .check(let update):
                check.report.forEach(report)
                if update, finished, check.status != .unchanged { try Self.write(check.goldenText, to: check.goldenPath) }
            }
        }
        guard signals?.signal == nil else { return counts }
        for golden in folder.goldenFiles() where !seen.contains(golden.name) {
            counts.missing += 1
            switch mode {
            case .record, .check(update: true):
                try? FileManager.default.removeItem(atPath: golden.path)
                report("removed  \(golden.name)  (\(golden.path) had no page)")
            case .check(update: false):
                report(GoldenCheck.missingReport(name: golden.name, goldenPath: golden.path))
            }
        }
        return counts
    }

    /// Writes a golden under a temporary name and renames it into place.
    static func write(_ text: String, to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory.isEmpty ? "." : directory, withIntermediateDirectories: true)
        } catch {
            throw RecordWriter.Failure.cannotWrite(target: path, reason: error.localizedDescription)
        }
        try RecordWriter.writeWhole(text, to: path)
    }

    /// `zhnews golden: 40 pages: 37 unchanged, 1 changed, 1 new, 1 missing`, then how many pages
    /// gave an error record and what was written.
    static func summary(_ counts: Counts, mode: Mode, folder: GoldenFolder) -> String {
        var text = "zhnews golden: \(counts.pages) page\(counts.pages == 1 ? "" : "s"): \(counts.unchanged) unchanged, \(counts.changed) changed, \(counts.new) new, \(counts.missing) missing"
        if counts.failed > 0 { text += " (\(counts.failed) gave an error record)" }
        switch mode {
        case .record: text += "; goldens in \(folder.root) recorded"
        case .check(update: true): text += "; goldens in \(folder.root) updated"
        case .check(update: false): break
        }
        return text
    }
}
