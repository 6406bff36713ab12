import Foundation
import ZhNewsModel

/// A ``RunDiff/Comparison`` written for people (text), for a CI comment (markdown) or for
/// programs (JSON).
enum DiffReport {
    enum Format: String, CaseIterable, Sendable {
        case text, markdown, json
    }

    static func render(_ comparison: RunDiff.Comparison, a: String, b: String, format: Format) -> String {
        switch format {
        case .text: text(comparison, a: a, b: b)
        case .markdown: markdown(comparison, a: a, b: b)
        case .json: json(comparison, a: a, b: b)
        }
    }

    /// `zhnews diff: A 67 records, B 68: 60 unchanged, 5 changed (title 2, text 3), 1 only in A, 2 only in B`
    static func summary(_ comparison: RunDiff.Comparison) -> String {
        var text = "zhnews diff: A \(comparison.recordsA) record\(comparison.recordsA == 1 ? "" : "s"), B \(comparison.recordsB): "
        text += "\(comparison.unchanged) unchanged, \(comparison.changed.count) changed"
        let fields = comparison.fieldCounts
        if !fields.isEmpty { text += " (" + fields.map { "\($0.field) \($0.records)" }.joined(separator: ", ") + ")" }
        text += ", \(comparison.onlyInA.count) only in A, \(comparison.onlyInB.count) only in B"
        if !comparison.badLines.isEmpty { text += ", \(comparison.badLines.count) unreadable line\(comparison.badLines.count == 1 ? "" : "s")" }
        return text
    }

    private static func text(_ comparison: RunDiff.Comparison, a: String, b: String) -> String {
        var lines: [String] = []
        for bad in comparison.badLines { lines.append("unreadable \(bad.file):\(bad.lineNumber): \(bad.message)") }
        for difference in comparison.changed {
            lines.append("changed  \(difference.id)")
            lines += ChangeText.lines(difference).map { "    " + $0 }
        }
        lines += comparison.onlyInA.map { "only in A  \($0)" }
        lines += comparison.onlyInB.map { "only in B  \($0)" }
        lines.append(summary(comparison))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func markdown(_ comparison: RunDiff.Comparison, a: String, b: String) -> String {
        var lines: [String] = []
        let verdict = comparison.same ? "no change" : "\(comparison.changed.count) changed, \(comparison.onlyInA.count) only in A, \(comparison.onlyInB.count) only in B"
        lines.append("### zhnews diff: \(verdict)")
        lines.append("")
        lines.append("A: `\(a)` (\(comparison.recordsA) records) · B: `\(b)` (\(comparison.recordsB) records) · \(comparison.unchanged) unchanged")
        let fields = comparison.fieldCounts
        if !fields.isEmpty {
            lines += ["", "| field | records changed |", "|---|---:|"]
            lines += fields.map { "| `\($0.field)` | \($0.records) |" }
        }
        if !comparison.onlyInA.isEmpty { lines += ["", "**Only in A:** " + comparison.onlyInA.map { "`\($0)`" }.joined(separator: ", ")] }
        if !comparison.onlyInB.isEmpty { lines += ["", "**Only in B:** " + comparison.onlyInB.map { "`\($0)`" }.joined(separator: ", ")] }
        if !comparison.badLines.isEmpty {
            lines += ["", "**Unreadable lines:** " + comparison.badLines.map { "`\($0.file):\($0.lineNumber)` \($0.message)" }.joined(separator: "; ")]
        }
        for difference in comparison.changed {
            lines += ["", "<details><summary><code>\(html(difference.id))</code>: \(difference.fields.joined(separator: ", "))</summary>", "", "```diff"]
            if case .changed(let changes) = difference.kind { lines += markdownDiffLines(changes) }
            lines += ["```", "", "</details>"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Change lines for a `diff` code block: old values on `-` lines, new ones on `+` lines.
    private static func markdownDiffLines(_ changes: [FieldChange]) -> [String] {
        var lines: [String] = []
        for change in changes {
            switch change {
            case .replaced(let field, let old, let new):
                lines += ["# \(field)", "- " + ChangeText.value(old), "+ " + ChangeText.value(new)]
            case .paragraphs(let diff):
                lines.append("# text")
                lines += diff
            case .items(let field, let added, let removed, let moved):
                lines.append("# \(field)")
                lines += removed.map { "- " + ChangeText.item($0) }
                lines += added.map { "+ " + ChangeText.item($0) }
                if moved > 0 { lines.append("  \(moved) span\(moved == 1 ? "" : "s") moved") }
            }
        }
        return lines
    }

    private static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    private static func json(_ comparison: RunDiff.Comparison, a: String, b: String) -> String {
        func number(_ value: Int) -> JSONValue { .number(String(value)) }
        func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
        let records: [JSONValue] = comparison.changed.map { difference in
            var changes: [JSONValue] = []
            if case .changed(let fieldChanges) = difference.kind {
                changes = fieldChanges.map(changeJSON)
            }
            return .object([JSONMember(key: "id", value: .string(difference.id)), JSONMember(key: "changes", value: .array(changes))])
        }
        let document = JSONValue.object([
            JSONMember(key: "a", value: .string(a)),
            JSONMember(key: "b", value: .string(b)),
            JSONMember(key: "records_a", value: number(comparison.recordsA)),
            JSONMember(key: "records_b", value: number(comparison.recordsB)),
            JSONMember(key: "unchanged", value: number(comparison.unchanged)),
            JSONMember(key: "changed", value: number(comparison.changed.count)),
            JSONMember(key: "fields", value: .object(comparison.fieldCounts.map { JSONMember(key: $0.field, value: number($0.records)) })),
            JSONMember(key: "only_in_a", value: strings(comparison.onlyInA)),
            JSONMember(key: "only_in_b", value: strings(comparison.onlyInB)),
            JSONMember(key: "unreadable_lines", value: .array(comparison.badLines.map {
                .object([JSONMember(key: "file", value: .string($0.file)), JSONMember(key: "line", value: number($0.lineNumber)), JSONMember(key: "message", value: .string($0.message))])
            })),
            JSONMember(key: "records", value: .array(records)),
        ])
        return document.compactJSON + "\n"
    }

    /// One field change as JSON: `{"field":"title","old":…,"new":…}`, `{"field":"text","diff":[…]}`,
    /// `{"field":"bylines","added":[…],"removed":[…],"moved":0}`.
    static func changeJSON(_ change: FieldChange) -> JSONValue {
        switch change {
        case .replaced(let field, let old, let new):
            return .object([JSONMember(key: "field", value: .string(field)), JSONMember(key: "old", value: old ?? .null), JSONMember(key: "new", value: new ?? .null)])
        case .paragraphs(let diff):
            return .object([JSONMember(key: "field", value: .string("text")), JSONMember(key: "diff", value: .array(diff.map(JSONValue.string)))])
        case .items(let field, let added, let removed, let moved):
            return .object([
                JSONMember(key: "field", value: .string(field)), JSONMember(key: "added", value: .array(added)),
                JSONMember(key: "removed", value: .array(removed)), JSONMember(key: "moved", value: .number(String(moved))),
            ])
        }
    }
}
