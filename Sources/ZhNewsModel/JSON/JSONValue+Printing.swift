/// Writing ``JSONValue`` back as text, with the escaping of the record writer (`JSONLines`):
/// quotes, backslashes and control characters escaped, everything else (Chinese, `/`) as is, so
/// a record read and written again is the same bytes.
extension JSONValue {
    /// Compact JSON, as one JSON Lines record (without the newline).
    package var compactJSON: String {
        var output = ""
        write(to: &output, spaced: false)
        return output
    }

    /// JSON on one line with a space after `:` and `,` (`{"role": "reporter", "name": "张三"}`),
    /// for reading.
    package var spacedJSON: String {
        var output = ""
        write(to: &output, spaced: true)
        return output
    }

    package func write(to output: inout String, spaced: Bool) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): Self.writeQuoted(text, to: &output)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += spaced ? ", " : "," }
                item.write(to: &output, spaced: spaced)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += spaced ? ", " : "," }
                Self.writeQuoted(member.key, to: &output)
                output += spaced ? ": " : ":"
                member.value.write(to: &output, spaced: spaced)
            }
            output += "}"
        }
    }

    /// `text` as a JSON string literal.
    package static func quoted(_ text: String) -> String {
        var output = ""
        writeQuoted(text, to: &output)
        return output
    }

    package static func writeQuoted(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: output += "\\\""
            case 0x5C: output += "\\\\"
            case 0x0A: output += "\\n"
            case 0x0D: output += "\\r"
            case 0x09: output += "\\t"
            case 0..<0x20:
                let hex = Array("0123456789abcdef")
                output += "\\u00" + String(hex[Int(scalar.value >> 4)]) + String(hex[Int(scalar.value & 15)])
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
