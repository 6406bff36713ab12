/// Writes values as JSON Lines: one compact JSON object per line, keys in the order the
/// type encodes them, UTF-8, non-ASCII text not escaped, `/` not escaped.
///
/// Foundation's `JSONEncoder` on Linux writes keys in hash order; record consumers diff and
/// grep lines, so the order is part of the contract.
///
/// ```swift
/// let line = try JSONLines.line(for: record)   // "{\"schema\":1,\"id\":…}\n"
/// ```
public enum JSONLines {
    /// The value encoded as one line of JSON, newline included.
    public static func line(for value: some Encodable) throws -> String {
        try encoded(value, newline: true)
    }

    /// The value encoded as compact JSON without a trailing newline.
    public static func json(for value: some Encodable) throws -> String {
        try encoded(value, newline: false)
    }

    private static func encoded(_ value: some Encodable, newline: Bool) throws -> String {
        let encoder = OrderedJSONEncoder()
        try value.encode(to: encoder)
        encoder.close()
        if newline { encoder.output.bytes.append(0x0A) }
        return String(decoding: encoder.output.bytes, as: UTF8.self)
    }
}
