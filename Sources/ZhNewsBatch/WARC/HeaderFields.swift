/// Named header fields as read from a WARC record header or an HTTP response header, in order.
/// Names compare case-insensitively; values are trimmed and folded continuation lines joined.
struct HeaderFields: Sendable, Hashable {
    struct Field: Sendable, Hashable {
        var name: String
        var value: String
    }

    private(set) var fields: [Field] = []

    /// Parses header lines (each with or without its CR LF or LF). A line starting with a space or
    /// tab continues the previous field; a line without a colon is ignored.
    init(lines: [[UInt8]]) {
        for line in lines {
            let text = String(decoding: Self.trimmingLineEnd(line), as: UTF8.self)
            if let first = text.utf8.first, first == 0x20 || first == 0x09 {
                if !fields.isEmpty {
                    fields[fields.count - 1].value += " " + Self.trimmed(text)
                }
                continue
            }
            guard let colon = text.firstIndex(of: ":") else { continue }
            let name = Self.trimmed(String(text[..<colon]))
            guard !name.isEmpty else { continue }
            fields.append(Field(name: name, value: Self.trimmed(String(text[text.index(after: colon)...]))))
        }
    }

    /// The value of the first field with this name (case-insensitive), or `nil`.
    subscript(name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }?.value
    }

    /// Every value of the fields with this name, in order.
    func values(_ name: String) -> [String] {
        let wanted = name.lowercased()
        return fields.filter { $0.name.lowercased() == wanted }.map(\.value)
    }

    /// A field's value as a non-negative decimal integer; `nil` when absent, not all digits, or
    /// too large for `Int` (checked, never traps).
    func nonNegativeInteger(_ name: String) -> Int? {
        guard let value = self[name] else { return nil }
        return Self.decimal(value)
    }

    /// A non-negative decimal number of ASCII digits, or `nil` (also on overflow).
    static func decimal(_ text: String) -> Int? {
        guard !text.isEmpty else { return nil }
        var result = 0
        for byte in text.utf8 {
            guard (0x30...0x39).contains(byte) else { return nil }
            let (shifted, overflowA) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = shifted.addingReportingOverflow(Int(byte - 0x30))
            guard !overflowA && !overflowB else { return nil }
            result = sum
        }
        return result
    }

    /// The comma-separated tokens of every field with this name, lowercased and trimmed.
    func tokens(_ name: String) -> [String] {
        values(name).flatMap { $0.split(separator: ",") }.map { Self.trimmed(String($0)).lowercased() }.filter { !$0.isEmpty }
    }

    /// A line without its final LF and CR.
    static func trimmingLineEnd(_ line: [UInt8]) -> ArraySlice<UInt8> {
        var slice = line[...]
        if slice.last == 0x0A { slice = slice.dropLast() }
        if slice.last == 0x0D { slice = slice.dropLast() }
        return slice
    }

    /// Whether a line holds nothing but its line end.
    static func isBlank(_ line: [UInt8]) -> Bool {
        trimmingLineEnd(line).isEmpty
    }

    static func trimmed(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }
}
