import Foundation
import ZhNews
import ZhNewsExtractor
import ZhNewsModel

/// One page against its golden file: the comparison `zhnews golden` makes for every page and the
/// project's golden tests make for every fixture.
struct GoldenCheck: Sendable {
    enum Status: Sendable, Equatable {
        /// The records are the golden's (in the compared fields).
        case unchanged
        /// They differ (or the golden cannot be read: ``problem`` says why).
        case changed
        /// The page has no golden yet.
        case new
    }

    /// The page's id (its path as named).
    var page: String
    var goldenPath: String
    var status: Status
    /// The records that differ, when changed.
    var differences: [RecordDifference] = []
    /// Why the golden could not be read, when it could not.
    var problem: String?
    /// The page's records as a golden file (what `record` and `--update` write).
    var goldenText: String
    /// Whether the page gave an error record.
    var failed: Bool
    /// Whether the golden file holds exactly ``goldenText`` (all fields), so rewriting it is needless.
    var goldenIsCurrent: Bool

    /// Compares a page's output lines with the golden file at `goldenPath`.
    init(page: String, lines: [OutputLine], goldenPath: String, fields: FieldSelection = .all) {
        self.page = page
        self.goldenPath = goldenPath
        failed = lines.contains { if case .error = $0 { true } else { false } }
        let records = lines.map { line in
            (try? JSONLines.json(for: line)).flatMap { try? JSONValue(parsing: $0) } ?? .null
        }
        goldenText = GoldenFormat.document(records)
        guard let data = FileManager.default.contents(atPath: goldenPath) else {
            status = .new
            goldenIsCurrent = false
            return
        }
        let text = String(decoding: data, as: UTF8.self)
        goldenIsCurrent = text == goldenText
        do {
            let expected = try GoldenFormat.records(reading: text)
            differences = RecordComparison.differences(old: expected, new: records, fields: fields)
            status = differences.isEmpty ? .unchanged : .changed
        } catch {
            problem = "the golden cannot be read (\(error))"
            status = .changed
        }
    }

    /// The report for a page that is not unchanged: a heading line, then the changes indented.
    var report: [String] {
        switch status {
        case .unchanged: return []
        case .new: return ["new      \(page)  (no golden at \(goldenPath))"]
        case .changed:
            var lines = ["changed  \(page)"]
            if let problem { lines.append("    " + problem) }
            for difference in differences {
                lines += ChangeText.lines(difference).map { "    " + $0 }
            }
            return lines
        }
    }

    /// The report line for a golden whose page is gone.
    static func missingReport(name: String, goldenPath: String) -> String {
        "missing  \(name)  (\(goldenPath) has no page)"
    }
}
