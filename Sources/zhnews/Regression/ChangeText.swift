import ZhNewsModel

/// Changes as short lines of text for people: `title: "旧" → "新"`, `bylines: + reporter 记者 张三`,
/// a unified diff of paragraphs, `dates: - 「5月13日」5–10 2024-05-13 day`.
enum ChangeText {
    /// The lines describing one record's changes (without indentation).
    static func lines(_ changes: [FieldChange]) -> [String] {
        var lines: [String] = []
        for change in changes {
            switch change {
            case .replaced(let field, let old, let new):
                lines.append("\(field): \(value(old)) → \(value(new))")
            case .paragraphs(let diff):
                lines.append("text:")
                lines += diff.map { "  " + $0 }
            case .items(let field, let added, let removed, let moved):
                lines += removed.map { "\(field): - " + item($0) }
                lines += added.map { "\(field): + " + item($0) }
                if moved > 0 { lines.append("\(field): \(moved) span\(moved == 1 ? "" : "s") moved") }
            }
        }
        return lines
    }

    /// The lines for a record difference, under a heading naming the record when the page has several.
    static func lines(_ difference: RecordDifference) -> [String] {
        let name = difference.position.map { "record \($0) (\(difference.id))" } ?? "record \(difference.id)"
        switch difference.kind {
        case .changed(let changes):
            let body = lines(changes)
            return difference.position == nil ? body : [name + ":"] + body.map { "  " + $0 }
        case .added: return ["\(name) added"]
        case .removed: return ["\(name) removed"]
        }
    }

    /// A value on one line (`(absent)` for a field one side lacks).
    static func value(_ value: JSONValue?) -> String {
        guard let value else { return "(absent)" }
        return value.spacedJSON
    }

    /// A list item as a short line: a mention as `「text」start–end` and its other set values; a
    /// byline or warning as its values separated by spaces.
    static func item(_ item: JSONValue) -> String {
        guard case .object(let members) = item else { return item.spacedJSON }
        var parts: [String] = []
        var rest = members
        if let text = item["text"]?.stringValue, case .number(let start)? = item["start"], case .number(let end)? = item["end"] {
            parts.append("「\(text)」\(start)–\(end)")
            rest.removeAll { ["text", "start", "end"].contains($0.key) }
        }
        for member in rest {
            switch member.value {
            case .null, .bool(false): continue
            case .bool(true): parts.append(member.key)
            case .string(let text): parts.append(text)
            case .number(let number): parts.append(number)
            case .array(let values) where values.allSatisfy({ $0.stringValue != nil }):
                if !values.isEmpty { parts.append(values.compactMap(\.stringValue).joined(separator: "/")) }
            default: parts.append("\(member.key)=\(member.value.spacedJSON)")
            }
        }
        return parts.joined(separator: " ")
    }
}
