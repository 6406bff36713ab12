/// A JSON value that keeps what a record's comparison needs: the order of object keys (the
/// record schema's order) and numbers as written (so a value read back prints as it was read).
///
/// ```swift
/// let record = try JSONValue(parsing: #"{"schema":1,"title":"标题"}"#)
/// record["title"]          // .string("标题")
/// record.compactJSON       // {"schema":1,"title":"标题"}
/// ```
package enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number as its JSON text (`1`, `0.5`, `-3e2`).
    case number(String)
    case string(String)
    case array([JSONValue])
    /// An object's members in the order written.
    case object([JSONMember])

    /// The member value under `key` of an object (nil for other values or an absent key).
    package subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The member keys of an object, in order (empty for other values).
    package var keys: [String] {
        guard case .object(let members) = self else { return [] }
        return members.map(\.key)
    }

    package var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    package var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The value with the member `key` replaced (or appended when absent); other values unchanged.
    package func setting(_ key: String, to value: JSONValue) -> JSONValue {
        guard case .object(var members) = self else { return self }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.append(JSONMember(key: key, value: value))
        }
        return .object(members)
    }

    /// The value without the members named in `keys`.
    package func removing(_ keys: Set<String>) -> JSONValue {
        guard case .object(let members) = self else { return self }
        return .object(members.filter { !keys.contains($0.key) })
    }
}

/// One member of a JSON object.
package struct JSONMember: Equatable, Sendable {
    package var key: String
    package var value: JSONValue

    package init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}
