import ZhNewsRules

/// Finds the values pages render their publish time from in script data
/// (`"pubtime": "2019-09-07 19:02:26"`, `ptime : '…'`): the text after a known key
/// (``ScriptTimeKeys``), as printed. Reading them as times is the extractor's work.
enum ScriptTimeValues {
    private static let matcher = PhraseMatcher(groups: [ScriptTimeKeys.keys])
    /// Scripts longer than this are not searched (bundled libraries, not page data).
    static let maxScriptBytes = 256 * 1024
    /// Values kept per page.
    static let maxValues = 8
    /// Characters kept of each value (a date and time with its zone fits).
    static let maxValueLength = 32

    static func find(in script: String) -> [String] {
        guard script.utf8.count <= maxScriptBytes, matcher.groups(in: script) != 0 else { return [] }
        var found: [String] = []
        var script = script
        script.withUTF8 { bytes in
            for key in keyBytes {
                var searchStart = 0
                while let start = bytes.firstRange(of: key, from: searchStart) {
                    searchStart = start + key.count
                    // `key"` `key'` then `:` or `=` then the quoted value.
                    let tail = bytes[searchStart..<min(searchStart + 48, bytes.count)]
                    guard let separator = tail.firstIndex(where: { $0 == 0x3A || $0 == 0x3D }),
                          tail[..<separator].allSatisfy({ $0 == 0x22 || $0 == 0x27 || $0 == 0x20 }) else { continue }
                    let value = tail[(separator + 1)...].drop { $0 == 0x20 || $0 == 0x22 || $0 == 0x27 }
                    let text = String(decoding: UnsafeBufferPointer(rebasing: value), as: UTF8.self)
                    let printed = text.prefix(maxValueLength)
                    if printed.contains(where: \.isNumber) { found.append(String(printed)) }
                }
            }
        }
        return found
    }

    private static let keyBytes = ScriptTimeKeys.keys.map { Array($0.utf8) }
}

extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first occurrence of `needle` at or after `start`.
    func firstRange(of needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= count else { return nil }
        var index = start
        let last = count - needle.count
        while index <= last {
            guard let candidate = self[index...last].firstIndex(of: first) else { return nil }
            var matches = true
            for offset in 1..<needle.count where self[candidate + offset] != needle[offset] {
                matches = false
                break
            }
            if matches { return candidate }
            index = candidate + 1
        }
        return nil
    }
}
