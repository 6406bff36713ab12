import ZhNewsModel

/// What changed in one field of a record.
enum FieldChange: Equatable, Sendable {
    /// A value replaced (title, published, outlet, input…); nil for a field one side lacks.
    case replaced(field: String, old: JSONValue?, new: JSONValue?)
    /// The paragraphs of `text`: the lines of a unified diff (``ParagraphDiff``).
    case paragraphs(diff: [String])
    /// Items of a list (bylines, mentions, warnings) added and removed; `moved` counts items that
    /// stayed but whose span changed (text inserted before them), when nothing else did.
    case items(field: String, added: [JSONValue], removed: [JSONValue], moved: Int)

    /// The record field the change is in.
    var field: String {
        switch self {
        case .replaced(let field, _, _): field
        case .paragraphs: "text"
        case .items(let field, _, _, _): field
        }
    }
}

/// How one record compares with its expected form.
struct RecordDifference: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// Both sides hold the record, with these changes.
        case changed([FieldChange])
        /// Only the new output holds it.
        case added
        /// Only the expected records hold it.
        case removed
    }

    /// The record's id (from whichever side has it).
    var id: String
    /// 1-based position among the page's records, when a page has several (nil otherwise).
    var position: Int?
    var kind: Kind

    /// The fields that differ (every field for an added or removed record: none listed).
    var fields: [String] {
        if case .changed(let changes) = kind { return changes.map(\.field) }
        return []
    }
}

/// Field-by-field comparison of records (JSON values in schema order): the one comparison of
/// `zhnews golden check`, `zhnews diff` and the project's golden tests.
enum RecordComparison {
    /// Spans, left out when telling whether a list item is the same item moved.
    static let spanKeys: Set<String> = ["start", "end"]

    /// The changes from `old` to `new` in the selected fields, in schema order; empty when equal.
    static func changes(old: JSONValue, new: JSONValue, fields: FieldSelection = .all) -> [FieldChange] {
        let keys = old.keys + new.keys.filter { old[$0] == nil }
        var changes: [FieldChange] = []
        for key in keys where fields.includes(key) {
            let before = old[key], after = new[key]
            guard before != after else { continue }
            if key == GoldenFormat.paragraphKey, before?.stringValue != nil || after?.stringValue != nil,
               before == nil || before?.stringValue != nil, after == nil || after?.stringValue != nil {
                // A text one side lacks (an error record) diffs as no paragraphs.
                let split = { (text: String?) in text.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } ?? [] }
                changes.append(.paragraphs(diff: ParagraphDiff.lines(old: split(before?.stringValue), new: split(after?.stringValue))))
            } else if let oldItems = before?.arrayValue, let newItems = after?.arrayValue {
                changes.append(itemChange(field: key, old: oldItems, new: newItems))
            } else {
                changes.append(.replaced(field: key, old: before, new: after))
            }
        }
        return changes
    }

    /// Items added and removed as multisets (order kept), an item compared without its span; when
    /// none was, the items whose span moved.
    static func itemChange(field: String, old: [JSONValue], new: [JSONValue]) -> FieldChange {
        let identity = { (item: JSONValue) in item.removing(spanKeys).compactJSON }
        var remaining: [String: Int] = [:]
        for item in new { remaining[identity(item), default: 0] += 1 }
        var removed: [JSONValue] = []
        for item in old {
            let key = identity(item)
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
            } else {
                removed.append(item)
            }
        }
        var present: [String: Int] = [:]
        for item in old { present[identity(item), default: 0] += 1 }
        var added: [JSONValue] = []
        for item in new {
            let key = identity(item)
            if let count = present[key], count > 0 {
                present[key] = count - 1
            } else {
                added.append(item)
            }
        }
        var moved = 0
        if added.isEmpty, removed.isEmpty {
            moved = zip(old, new).filter { $0 != $1 }.count
        }
        return .items(field: field, added: added, removed: removed, moved: moved)
    }

    /// One page's (or run's) records compared by position: the records that differ.
    static func differences(old: [JSONValue], new: [JSONValue], fields: FieldSelection = .all) -> [RecordDifference] {
        let several = max(old.count, new.count) > 1
        var differences: [RecordDifference] = []
        for index in 0..<max(old.count, new.count) {
            let position = several ? index + 1 : nil
            switch (index < old.count ? old[index] : nil, index < new.count ? new[index] : nil) {
            case (let before?, let after?):
                let changes = changes(old: before, new: after, fields: fields)
                if !changes.isEmpty {
                    differences.append(RecordDifference(id: after["id"]?.stringValue ?? "", position: position, kind: .changed(changes)))
                }
            case (let before?, nil):
                differences.append(RecordDifference(id: before["id"]?.stringValue ?? "", position: position, kind: .removed))
            case (nil, let after?):
                differences.append(RecordDifference(id: after["id"]?.stringValue ?? "", position: position, kind: .added))
            case (nil, nil):
                break
            }
        }
        return differences
    }
}
