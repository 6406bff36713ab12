import ZhNews

/// Counts for the summary line a batch prints on standard error.
struct BatchSummary {
    var inputs = 0
    var articles = 0
    var errorInputs = 0
    var errorsByCode: [String: Int] = [:]

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

    /// `zhnews: 5 inputs, 7 articles, 1 error (not-found 1) in 0.12 s, 41.7 pages/s`
    func line(seconds: Double) -> String {
        let rate = seconds > 0 ? Double(inputs) / seconds : 0
        var text = "zhnews: \(inputs) input\(inputs == 1 ? "" : "s"), \(articles) article\(articles == 1 ? "" : "s"), \(errorInputs) error\(errorInputs == 1 ? "" : "s")"
        if !errorsByCode.isEmpty {
            text += " (" + errorsByCode.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"
        }
        text += " in " + String(format: "%.2f", seconds) + " s, " + String(format: "%.1f", rate) + " pages/s"
        return text
    }
}
