import Foundation

/// A readable difference between two JSON Lines texts: per record, per field, and for `text`
/// per paragraph, so a golden failure says what changed rather than "line 3 differs".
package enum RecordDiff {
    package static func describe(expected: String, actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        var report: [String] = []
        if expectedLines.count != actualLines.count {
            report.append("record count: expected \(expectedLines.count), got \(actualLines.count)")
        }
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let old = index < expectedLines.count ? object(expectedLines[index]) : [:]
            let new = index < actualLines.count ? object(actualLines[index]) : [:]
            let keys = (Array(old.keys) + Array(new.keys.filter { old[$0] == nil })).sorted()
            for key in keys {
                let before = old[key].map(render) ?? "(absent)"
                let after = new[key].map(render) ?? "(absent)"
                guard before != after else { continue }
                if key == "text", let oldText = old[key] as? String, let newText = new[key] as? String {
                    report.append("record \(index + 1) text:")
                    report += paragraphDiff(oldText, newText).map { "    " + $0 }
                } else {
                    report.append("record \(index + 1) \(key):\n    - \(before)\n    + \(after)")
                }
            }
        }
        return report.joined(separator: "\n")
    }

    private static func object(_ line: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? ["(unparsable)": line]
    }

    private static func render(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject(value) || value is String || value is NSNumber || value is NSNull else {
            return String(describing: value)
        }
        if let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes]) {
            return String(decoding: data, as: UTF8.self)
        }
        return String(describing: value)
    }

    /// A line diff (longest common subsequence) of two texts' paragraphs.
    package static func paragraphDiff(_ old: String, _ new: String) -> [String] {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                i += 1
                j += 1
            } else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] {
                out.append("+ " + b[j])
                j += 1
            } else {
                out.append("- " + a[i])
                i += 1
            }
        }
        return out
    }
}
