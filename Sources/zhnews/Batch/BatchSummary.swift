import ZhNews
import ZhNewsModel

/// Counts for the summary line a batch prints on standard error.
struct BatchSummary {
    var inputs = 0
    var articles = 0
    var errorInputs = 0
    var errorsByCode: [String: Int] = [:]
    /// Archive records passed over (not HTML responses), by WARC record type.
    var skippedRecords: [String: Int] = [:]

    mutating func count(_ lines: [OutputLine]) {
        inputs += 1
        var failed = false
        for line in lines {
            switch line {
            case .record: articles += 1
            case .error(let error):
                failed = true
                errorsByCode[error.error.code, default: 0] += 1
            }
        }
        if failed { errorInputs += 1 }
    }

    /// `zhnews: 5 inputs, 7 articles, 1 error (not-found 1), 3 archive records skipped
    /// (request 2, warcinfo 1) in 0.12 s, 41.7 pages/s`; with `interruptedBy`, it starts
    /// `zhnews: stopped by SIGINT after …`.
    func line(seconds: Double, interruptedBy signal: String? = nil) -> String {
        let rate = seconds > 0 ? Double(inputs) / seconds : 0
        var text = "zhnews: " + (signal.map { "stopped by \($0) after " } ?? "")
        text += "\(inputs) input\(inputs == 1 ? "" : "s"), \(articles) article\(articles == 1 ? "" : "s"), \(errorInputs) error\(errorInputs == 1 ? "" : "s")"
        if !errorsByCode.isEmpty {
            text += " (" + Self.counts(errorsByCode) + ")"
        }
        let skipped = skippedRecords.values.reduce(0, +)
        if skipped > 0 {
            text += ", \(skipped) archive record\(skipped == 1 ? "" : "s") skipped (" + Self.counts(skippedRecords) + ")"
        }
        text += " in " + String(format: "%.2f", seconds) + " s, " + String(format: "%.1f", rate) + " pages/s"
        return text
    }

    private static func counts(_ counts: [String: Int]) -> String {
        counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
}
