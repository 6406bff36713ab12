import ArgumentParser
import Foundation
import ZhNews
import ZhNewsBatch
import ZhNewsConverter
import ZhNewsModel

/// `zhnews score --gold DIR RECORDS.jsonl | PAGE…`: scores against gold records.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score records (or pages, extracted first) against gold files: body, title, date, authors.",
        discussion: """
            Gold files are <dir>/<page id>.json with title, published, authors and body (a list \
            of paragraphs); a page's id is its file name without the page extension, and the \
            page's first record is scored. Measures (scripts folded to simplified first): body \
            precision, recall and F1 over the letters and digits; title exact after collapsing \
            white space; date; date and time at the gold's precision; author set F1 (记者, 通讯员, \
            作者 … : editors and the outlet are not authors). Per page, per family (the id up to \
            its first -) and macro-averaged. A page that gives an error record is scored as empty.

            Exit status: 0 when scored; 1 when an input has no gold or cannot be read (reported; \
            the others are scored); 2 for usage errors.

            Examples:
              zhnews score --gold ../shared/data/devset/gold ../shared/data/devset/pages
              zhnews extract pages/ > r.jsonl && zhnews score --gold gold/ --json r.jsonl
            """
    )

    @Option(help: ArgumentHelp("The folder of gold files.", valueName: "dir"))
    var gold: String

    @Argument(help: "JSON Lines files of records (.jsonl), or pages and folders of pages to extract first.")
    var inputs: [String] = []

    @Flag(help: "Print per family and overall only.")
    var quiet = false

    @Flag(help: "Print the scores as JSON (per page, per family, overall).")
    var json = false

    @OptionGroup var extraction: ExtractionOptions

    private var readsRecords: Bool { inputs.allSatisfy { $0.hasSuffix(".jsonl") } }

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name the records (.jsonl) or pages to score") }
        if !readsRecords, inputs.contains(where: { $0.hasSuffix(".jsonl") }) {
            throw ValidationError("give records (.jsonl) or pages, not both")
        }
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: gold, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw ValidationError("no gold folder at \(gold)")
        }
    }

    func run() throws {
        var problems: [String] = []
        let scores = readsRecords ? try scoreRecords(problems: &problems) : try scorePages(problems: &problems)
        for problem in problems { FileHandle.standardError.write(Data("zhnews score: \(problem)\n".utf8)) }
        let unused = goldPagesWithoutInput(scored: Set(scores.map(\.page)))
        if !unused.isEmpty {
            let names = unused.prefix(5).joined(separator: ", ") + (unused.count > 5 ? ", …" : "")
            FileHandle.standardError.write(Data("zhnews score: note: \(unused.count) gold file\(unused.count == 1 ? "" : "s") without a page among the inputs (not scored): \(names)\n".utf8))
        }
        let table = ScoreTable(pages: scores)
        let text = json ? table.json() : table.text(quiet: quiet)
        FileHandle.standardOutput.write(Data(text.utf8))
        if !problems.isEmpty { throw ExitCode(1) }
    }

    /// The page ids of gold files that no input scored, sorted.
    private func goldPagesWithoutInput(scored: Set<String>) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: gold)) ?? []
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(".json".count)) }.filter { !scored.contains($0) }.sorted()
    }

    /// Extracts the pages in parallel and scores each page's first record.
    private func scorePages(problems: inout [String]) throws -> [PageScore] {
        let inputs = try BatchInputs(.paths(inputs), charset: extraction.charset, maxBytes: extraction.maxBytes)
        let pipeline = extraction.pipeline, gold = gold
        let pool = OrderedWorkPool(workers: extraction.parallel) { (job: BatchJob) -> Swift.Result<PageScore, PageScore.GoldError> in
            let first = pipeline.processExplained(job).lines.first
            let record = first.flatMap { (try? JSONLines.json(for: $0)).flatMap { try? JSONValue(parsing: $0) } }
            do {
                return .success(try PageScore(recordID: job.id, record: record, goldDirectory: gold))
            } catch let error as PageScore.GoldError {
                return .failure(error)
            } catch {
                return .failure(PageScore.GoldError(description: "\(error)"))
            }
        }
        var scores: [PageScore] = []
        var found: [String] = []
        try pool.run(inputs) { result in
            switch result {
            case .success(let score): scores.append(score)
            case .failure(let error): found.append("\(error) (not scored)")
            }
        }
        problems += found
        return scores
    }

    /// Reads records (the first of each page), parsed on the pool's workers, and scores them.
    private func scoreRecords(problems: inout [String]) throws -> [PageScore] {
        var firstRecords: [(id: String, record: JSONValue)] = []
        var seen: Set<String> = []
        for file in inputs {
            guard let reader = file == "-" ? LineReader(descriptor: 0) : LineReader(path: file) else {
                problems.append("cannot open \(file)")
                continue
            }
            let pool = OrderedWorkPool(workers: extraction.parallel) { (line: NumberedLine) -> (Int, JSONValue?) in
                (line.number, try? JSONValue(parsing: line.text))
            }
            try pool.run(NumberedLines(reader: reader)) { number, record in
                guard let record, let id = record["id"]?.stringValue else {
                    problems.append("\(file):\(number): not a record")
                    return
                }
                if seen.insert(PageScore.pageName(ofRecordID: id).page).inserted { firstRecords.append((id, record)) }
            }
        }
        var scores: [PageScore] = []
        for (id, record) in firstRecords {
            do {
                scores.append(try PageScore(recordID: id, record: record, goldDirectory: gold))
            } catch {
                problems.append("\(error) (not scored)")
            }
        }
        return scores
    }
}
