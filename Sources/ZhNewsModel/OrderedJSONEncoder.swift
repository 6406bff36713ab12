/// An `Encoder` that writes compact JSON straight into a byte buffer as values are encoded,
/// keys in the order they come.
///
/// Containers are written as they are opened and closed when the value that opened them is
/// done (or, for nested containers, when their parent writes its next item), so no tree is
/// built. Strings are written as UTF-8 with quotes, backslashes and control characters escaped;
/// Chinese text and `/` are written as is. Whole numbers held in a `Double` are written without
/// a fraction (`3`, not `3.0`); non-finite numbers as `null`.
final class OrderedJSONEncoder: Encoder {
    /// The bytes written so far, shared by every encoder of one value.
    final class Output {
        var bytes: [UInt8] = []
        init() { bytes.reserveCapacity(8192) }
    }

    enum Opened { case none, object, array }

    let output: Output
    /// The encoder this one writes a value for, and under which key: the coding path, built
    /// only when asked for (it never is on the way to a record line).
    private let parent: OrderedJSONEncoder?
    private let key: (any CodingKey)?
    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var encoder: OrderedJSONEncoder? = self
        while let current = encoder {
            if let key = current.key { path.append(key) }
            encoder = current.parent
        }
        return path.reversed()
    }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private(set) var opened: Opened = .none
    /// Items written into the opened container.
    fileprivate var count = 0
    /// Whether anything (a scalar or a container) was written for this value.
    private var wroteValue = false
    /// A nested container of this one that is still open.
    private var pendingChild: OrderedJSONEncoder?

    init(output: Output = Output()) {
        self.output = output
        self.parent = nil
        self.key = nil
    }

    private init(parent: OrderedJSONEncoder, key: (any CodingKey)?) {
        self.output = parent.output
        self.parent = parent
        self.key = key
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        open(.object)
        return KeyedEncodingContainer(KeyedContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        open(.array)
        return UnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    private func open(_ kind: Opened) {
        guard opened == .none else { return }
        opened = kind
        wroteValue = true
        output.bytes.append(kind == .object ? UInt8(ascii: "{") : UInt8(ascii: "["))
    }

    /// Ends this value: closes its container, or writes `null` when nothing was written.
    func close() {
        closePendingChild()
        switch opened {
        case .object: output.bytes.append(UInt8(ascii: "}"))
        case .array: output.bytes.append(UInt8(ascii: "]"))
        case .none: if !wroteValue { append("null") }
        }
        opened = .none
        wroteValue = true
    }

    private func closePendingChild() {
        if let child = pendingChild {
            pendingChild = nil
            child.close()
        }
    }

    // MARK: Writing items

    /// Starts the next item of the opened container: a comma after the first, and the key.
    fileprivate func beginItem(key: String?) {
        closePendingChild()
        if count > 0 { output.bytes.append(UInt8(ascii: ",")) }
        count += 1
        if let key {
            appendQuoted(key)
            output.bytes.append(UInt8(ascii: ":"))
        }
    }

    /// Writes a scalar as this encoder's own value (a single-value container).
    fileprivate func writeScalar(_ write: () -> Void) {
        wroteValue = true
        write()
    }

    /// Encodes a value with a child encoder and closes it; strings, numbers, booleans and
    /// their optionals (most of a record's items) are written directly, without one.
    fileprivate func encodeChild<T: Encodable>(_ value: T, key: (any CodingKey)?) throws {
        if writeLeaf(value) { return }
        let child = OrderedJSONEncoder(parent: self, key: key)
        try value.encode(to: child)
        child.close()
    }

    /// Writes `value` when its type is a leaf this encoder knows, exactly as its `encode(to:)`
    /// would through a single-value container; returns whether it did.
    private func writeLeaf<T>(_ value: T) -> Bool {
        func cast<U>(_: U.Type) -> U { withUnsafePointer(to: value) { $0.withMemoryRebound(to: U.self, capacity: 1) { $0.pointee } } }
        if T.self == String.self {
            appendQuoted(cast(String.self))
        } else if T.self == String?.self {
            if let string = cast(String?.self) { appendQuoted(string) } else { append("null") }
        } else if T.self == Int.self {
            appendInteger(cast(Int.self))
        } else if T.self == Int?.self {
            if let number = cast(Int?.self) { appendInteger(number) } else { append("null") }
        } else if T.self == Double.self {
            appendNumber(cast(Double.self))
        } else if T.self == Double?.self {
            if let number = cast(Double?.self) { appendNumber(number) } else { append("null") }
        } else if T.self == Bool.self {
            append(cast(Bool.self) ? "true" : "false")
        } else if T.self == Bool?.self {
            if let flag = cast(Bool?.self) { append(flag ? "true" : "false") } else { append("null") }
        } else {
            return false
        }
        return true
    }

    /// A child encoder for a nested container, closed when this container writes its next item.
    fileprivate func nestedChild(key: (any CodingKey)?) -> OrderedJSONEncoder {
        let child = OrderedJSONEncoder(parent: self, key: key)
        pendingChild = child
        return child
    }

    // MARK: Scalars

    func append(_ text: String) {
        output.bytes.append(contentsOf: text.utf8)
    }

    func appendNumber(_ value: Double) {
        guard value.isFinite else { return append("null") }
        if value == value.rounded(), abs(value) < 1e15 { return append(String(Int64(value))) }
        append(String(value))
    }

    func appendInteger(_ value: some BinaryInteger) {
        append(String(value))
    }

    /// Appends `string` as a JSON string literal: quotes, backslashes and control characters
    /// escaped, everything else (Chinese, `/`) written as is.
    func appendQuoted(_ string: String) {
        output.bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                output.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                start = index + 1
                switch byte {
                case 0x22: output.bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: output.bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: output.bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: output.bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: output.bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    output.bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
                }
            }
            output.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
        output.bytes.append(UInt8(ascii: "\""))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: OrderedJSONEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func item(_ key: Key, _ write: (OrderedJSONEncoder) -> Void) {
        encoder.beginItem(key: key.stringValue)
        write(encoder)
    }

    mutating func encodeNil(forKey key: Key) throws { item(key) { $0.append("null") } }
    mutating func encode(_ value: Bool, forKey key: Key) throws { item(key) { $0.append(value ? "true" : "false") } }
    mutating func encode(_ value: String, forKey key: Key) throws { item(key) { $0.appendQuoted(value) } }
    mutating func encode(_ value: Double, forKey key: Key) throws { item(key) { $0.appendNumber(value) } }
    mutating func encode(_ value: Float, forKey key: Key) throws { item(key) { $0.appendNumber(Double(value)) } }
    mutating func encode(_ value: Int, forKey key: Key) throws { item(key) { $0.appendInteger(value) } }
    mutating func encode(_ value: Int8, forKey key: Key) throws { item(key) { $0.appendInteger(value) } }
    mutating func encode(_ value: Int16, forKey key: Key) throws { item(key) { $0.appendInteger(value) } }
    mutating func encode(_ value: Int32, forKey key: Key) throws { item(key) { $0.appendInteger(value) } }
    mutating func encode(_ value: Int64, forKey key: Key) throws { item(key) { $0.appendInteger(value) } }
    mutating func encode(_ value: UInt, forKey key: Key) throws { item(key) { $0.appendInteger(value) } }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { item(key) { $0.appendInteger(value) } }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { item(key) { $0.appendInteger(value) } }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { item(key) { $0.appendInteger(value) } }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { item(key) { $0.appendInteger(value) } }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        encoder.beginItem(key: key.stringValue)
        try encoder.encodeChild(value, key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        encoder.beginItem(key: key.stringValue)
        return encoder.nestedChild(key: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.beginItem(key: key.stringValue)
        return encoder.nestedChild(key: key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        encoder.beginItem(key: "super")
        return encoder.nestedChild(key: nil)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        encoder.beginItem(key: key.stringValue)
        return encoder.nestedChild(key: key)
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: OrderedJSONEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { encoder.count }

    private func item(_ write: (OrderedJSONEncoder) -> Void) {
        encoder.beginItem(key: nil)
        write(encoder)
    }

    mutating func encodeNil() throws { item { $0.append("null") } }
    mutating func encode(_ value: Bool) throws { item { $0.append(value ? "true" : "false") } }
    mutating func encode(_ value: String) throws { item { $0.appendQuoted(value) } }
    mutating func encode(_ value: Double) throws { item { $0.appendNumber(value) } }
    mutating func encode(_ value: Float) throws { item { $0.appendNumber(Double(value)) } }
    mutating func encode(_ value: Int) throws { item { $0.appendInteger(value) } }
    mutating func encode(_ value: Int8) throws { item { $0.appendInteger(value) } }
    mutating func encode(_ value: Int16) throws { item { $0.appendInteger(value) } }
    mutating func encode(_ value: Int32) throws { item { $0.appendInteger(value) } }
    mutating func encode(_ value: Int64) throws { item { $0.appendInteger(value) } }
    mutating func encode(_ value: UInt) throws { item { $0.appendInteger(value) } }
    mutating func encode(_ value: UInt8) throws { item { $0.appendInteger(value) } }
    mutating func encode(_ value: UInt16) throws { item { $0.appendInteger(value) } }
    mutating func encode(_ value: UInt32) throws { item { $0.appendInteger(value) } }
    mutating func encode(_ value: UInt64) throws { item { $0.appendInteger(value) } }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.beginItem(key: nil)
        try encoder.encodeChild(value, key: nil)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        encoder.beginItem(key: nil)
        return encoder.nestedChild(key: nil).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        encoder.beginItem(key: nil)
        return encoder.nestedChild(key: nil).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        encoder.beginItem(key: nil)
        return encoder.nestedChild(key: nil)
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let encoder: OrderedJSONEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func set(_ write: (OrderedJSONEncoder) -> Void) { encoder.writeScalar { write(encoder) } }

    mutating func encodeNil() throws { set { $0.append("null") } }
    mutating func encode(_ value: Bool) throws { set { $0.append(value ? "true" : "false") } }
    mutating func encode(_ value: String) throws { set { $0.appendQuoted(value) } }
    mutating func encode(_ value: Double) throws { set { $0.appendNumber(value) } }
    mutating func encode(_ value: Float) throws { set { $0.appendNumber(Double(value)) } }
    mutating func encode(_ value: Int) throws { set { $0.appendInteger(value) } }
    mutating func encode(_ value: Int8) throws { set { $0.appendInteger(value) } }
    mutating func encode(_ value: Int16) throws { set { $0.appendInteger(value) } }
    mutating func encode(_ value: Int32) throws { set { $0.appendInteger(value) } }
    mutating func encode(_ value: Int64) throws { set { $0.appendInteger(value) } }
    mutating func encode(_ value: UInt) throws { set { $0.appendInteger(value) } }
    mutating func encode(_ value: UInt8) throws { set { $0.appendInteger(value) } }
    mutating func encode(_ value: UInt16) throws { set { $0.appendInteger(value) } }
    mutating func encode(_ value: UInt32) throws { set { $0.appendInteger(value) } }
    mutating func encode(_ value: UInt64) throws { set { $0.appendInteger(value) } }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: encoder)
    }
}
