/// Normalises charset labels as pages and servers write them to the decoder zhnews uses.
///
/// GB2312 and GBK are decoded as their superset GB18030; Big5 as Big5-HKSCS (a superset that
/// ICU has), so characters outside the narrower sets are not lost.
enum CharsetName {
    /// Labels that mean "some GB encoding".
    static let gbFamily: Set<String> = [
        "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "csgb2312",
        "gb_2312-80", "iso-ir-58", "chinese", "csiso58gb231280", "x-euc-cn",
    ]
    /// Labels that mean "some Big5 encoding".
    static let big5Family: Set<String> = [
        "big5", "big-5", "cn-big5", "csbig5", "x-x-big5", "x-big5", "big5-hkscs", "big5hkscs", "cp950", "ms950", "windows-950",
    ]
    /// Labels that mean UTF-8.
    static let utf8Labels: Set<String> = ["utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"]

    /// The decoder name for a label, or `nil` when neither zhnews nor ICU knows it.
    static func decoderName(for label: String) -> String? {
        let key = label.trimmingASCIIWhitespaceAndQuotes().lowercased()
        if key.isEmpty { return nil }
        if utf8Labels.contains(key) { return "UTF-8" }
        if gbFamily.contains(key) { return "GB18030" }
        if big5Family.contains(key) { return "Big5-HKSCS" }
        return ICUCharsets.canonicalName(key)
    }

    /// True when the decoder name is a Chinese multi-byte charset worth trying on unlabelled bytes.
    static func isChineseMultiByte(_ name: String) -> Bool {
        let key = name.lowercased()
        return key.hasPrefix("gb") || key.hasPrefix("big5") || key == "euc-tw" || key.hasPrefix("iso-2022-cn")
    }
}

extension String {
    func trimmingASCIIWhitespaceAndQuotes() -> String {
        let junk: Set<Character> = [" ", "\t", "\n", "\r", "\"", "'", ";"]
        var slice = Substring(self)
        while let first = slice.first, junk.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, junk.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
