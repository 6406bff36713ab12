/// Finds the charset a page declares in its first bytes: `<meta charset>`, an `http-equiv`
/// Content-Type, or an XML declaration.
enum CharsetDeclaration {
    /// How many leading bytes are searched (HTML5 asks for the declaration within 1024; real
    /// portals put long scripts first, so more is read).
    static let searchLimit = 8192

    /// The declared label (as written, e.g. `gb2312`), or `nil`.
    static func find(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(searchLimit)
        // Work on lowercased ASCII; non-ASCII bytes cannot be part of a label.
        let lower = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if lower.starts(with: Array("<?xml".utf8)), let end = lower.firstIndex(of: UInt8(ascii: ">")) {
            if let label = value(after: Array("encoding".utf8), in: lower[..<end]) { return label }
        }
        var searchStart = lower.startIndex
        let meta = Array("<meta".utf8)
        while let metaStart = firstRange(of: meta, in: lower, from: searchStart) {
            let tagEnd = lower[metaStart...].firstIndex(of: UInt8(ascii: ">")) ?? lower.endIndex
            if let label = value(after: Array("charset".utf8), in: lower[metaStart..<tagEnd]) { return label }
            searchStart = tagEnd
        }
        return nil
    }

    /// The token after `name`, optional spaces, `=`, optional quote.
    private static func value(after name: [UInt8], in bytes: ArraySlice<UInt8>) -> String? {
        var from = bytes.startIndex
        while let start = firstRange(of: name, in: bytes, from: from) {
            var index = start + name.count
            while index < bytes.endIndex, bytes[index] == 0x20 { index += 1 }
            guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "=") else {
                from = start + 1
                continue
            }
            index += 1
            while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x22 || bytes[index] == 0x27 { index += 1 }
            var end = index
            while end < bytes.endIndex, isLabelByte(bytes[end]) { end += 1 }
            if end > index { return String(decoding: bytes[index..<end], as: UTF8.self) }
            from = start + 1
        }
        return nil
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x3A
    }

    /// The index where `needle` first occurs in `haystack` at or after `from`.
    private static func firstRange(of needle: [UInt8], in haystack: ArraySlice<UInt8>, from: Int) -> Int? {
        guard let first = needle.first, haystack.endIndex - from >= needle.count else { return nil }
        var index = max(from, haystack.startIndex)
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func firstRange(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        firstRange(of: needle, in: haystack[...], from: from)
    }
}
