/// An `Encoder` that keeps keys in the order they are encoded and writes compact JSON.
///
/// It builds a small tree of ``JSONNode`` boxes (containers may be created before their
/// contents), then serialises it in one pass.
final class OrderedJSONEncoder: Encoder {
    let root: JSONNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(node: JSONNode = JSONNode(), codingPath: [any CodingKey] = []) {
        self.root = node
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        root.becomeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(node: root, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        root.becomeArray()
        return UnkeyedContainer(node: root, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(node: root, codingPath: codingPath)
    }
}

/// One value in the tree the encoder builds.
final class JSONNode {
    enum Content {
        case unset
        case scalar(String)  // already-serialised JSON text
        case object(keys: [String], values: [JSONNode])
        case array([JSONNode])
    }

    var content: Content = .unset

    func becomeObject() {
        if case .object = content { return }
        content = .object(keys: [], values: [])
    }

    func becomeArray() {
        if case .array = content { return }
        content = .array([])
    }

    /// The child node for `key`, created at the end when new.
    func child(forKey key: String) -> JSONNode {
        guard case .object(var keys, var values) = content else { preconditionFailure("not an object") }
        if let index = keys.firstIndex(of: key) { return values[index] }
        let node = JSONNode()
        content = .unset  // release the arrays so the appends below do not copy
        keys.append(key)
        values.append(node)
        content = .object(keys: keys, values: values)
        return node
    }

    func appendChild() -> JSONNode {
        guard case .array(var values) = content else { preconditionFailure("not an array") }
        let node = JSONNode()
        content = .unset
        values.append(node)
        content = .array(values)
        return node
    }

    var count: Int {
        switch content {
        case .array(let values): values.count
        case .object(let keys, _): keys.count
        default: 0
        }
    }

    func write(to out: inout String) {
        switch content {
        case .unset:
            out.append("null")
        case .scalar(let text):
            out.append(text)
        case .object(let keys, let values):
            out.append("{")
            for index in keys.indices {
                if index > 0 { out.append(",") }
                JSONNode.appendQuoted(keys[index], to: &out)
                out.append(":")
                values[index].write(to: &out)
            }
            out.append("}")
        case .array(let values):
            out.append("[")
            for index in values.indices {
                if index > 0 { out.append(",") }
                values[index].write(to: &out)
            }
            out.append("]")
        }
    }

    /// Appends `string` as a JSON string literal: quotes, backslashes and control
    /// characters escaped, everything else (Chinese, `/`) written as is.
    static func appendQuoted(_ string: String, to out: inout String) {
        out.append("\"")
        var needsEscape = false
        for byte in string.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            needsEscape = true
            break
        }
        if !needsEscape {
            out.append(string)
            out.append("\"")
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out.append("\"")
    }

    static func quoted(_ string: String) -> String {
        var out = ""
        appendQuoted(string, to: &out)
        return out
    }

    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    let codingPath: [any CodingKey]

    private func set(_ json: String, _ key: Key) { node.child(forKey: key.stringValue).content = .scalar(json) }

    mutating func encodeNil(forKey key: Key) throws { set("null", key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(value ? "true" : "false", key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(JSONNode.quoted(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(JSONNode.number(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { set(JSONNode.number(Double(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(String(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(String(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(String(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(String(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(String(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(String(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(String(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(String(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(String(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(String(value), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let child = node.child(forKey: key.stringValue)
        try value.encode(to: OrderedJSONEncoder(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = node.child(forKey: key.stringValue)
        child.becomeObject()
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = node.child(forKey: key.stringValue)
        child.becomeArray()
        return UnkeyedContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        OrderedJSONEncoder(node: node.child(forKey: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        OrderedJSONEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct IndexKey: CodingKey {
    var stringValue: String { String(intValue ?? 0) }
    var intValue: Int?
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var count: Int { node.count }

    private func append(_ json: String) { node.appendChild().content = .scalar(json) }

    mutating func encodeNil() throws { append("null") }
    mutating func encode(_ value: Bool) throws { append(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { append(JSONNode.quoted(value)) }
    mutating func encode(_ value: Double) throws { append(JSONNode.number(value)) }
    mutating func encode(_ value: Float) throws { append(JSONNode.number(Double(value))) }
    mutating func encode(_ value: Int) throws { append(String(value)) }
    mutating func encode(_ value: Int8) throws { append(String(value)) }
    mutating func encode(_ value: Int16) throws { append(String(value)) }
    mutating func encode(_ value: Int32) throws { append(String(value)) }
    mutating func encode(_ value: Int64) throws { append(String(value)) }
    mutating func encode(_ value: UInt) throws { append(String(value)) }
    mutating func encode(_ value: UInt8) throws { append(String(value)) }
    mutating func encode(_ value: UInt16) throws { append(String(value)) }
    mutating func encode(_ value: UInt32) throws { append(String(value)) }
    mutating func encode(_ value: UInt64) throws { append(String(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let child = node.appendChild()
        try value.encode(to: OrderedJSONEncoder(node: child, codingPath: codingPath + [IndexKey(count - 1)]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = node.appendChild()
        child.becomeObject()
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = node.appendChild()
        child.becomeArray()
        return UnkeyedContainer(node: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        OrderedJSONEncoder(node: node.appendChild(), codingPath: codingPath)
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]

    private func set(_ json: String) { node.content = .scalar(json) }

    mutating func encodeNil() throws { set("null") }
    mutating func encode(_ value: Bool) throws { set(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { set(JSONNode.quoted(value)) }
    mutating func encode(_ value: Double) throws { set(JSONNode.number(value)) }
    mutating func encode(_ value: Float) throws { set(JSONNode.number(Double(value))) }
    mutating func encode(_ value: Int) throws { set(String(value)) }
    mutating func encode(_ value: Int8) throws { set(String(value)) }
    mutating func encode(_ value: Int16) throws { set(String(value)) }
    mutating func encode(_ value: Int32) throws { set(String(value)) }
    mutating func encode(_ value: Int64) throws { set(String(value)) }
    mutating func encode(_ value: UInt) throws { set(String(value)) }
    mutating func encode(_ value: UInt8) throws { set(String(value)) }
    mutating func encode(_ value: UInt16) throws { set(String(value)) }
    mutating func encode(_ value: UInt32) throws { set(String(value)) }
    mutating func encode(_ value: UInt64) throws { set(String(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: OrderedJSONEncoder(node: node, codingPath: codingPath))
    }
}
