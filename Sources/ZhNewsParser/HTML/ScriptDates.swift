/// Finds publish times that pages render from script data (`"pubtime": "2019-09-07 19:02:26"`,
/// `ptime : '…'`): the value after a known key, when it reads as a date.
enum ScriptDates {
    /// Keys whose value is the publish time, as scripts spell them.
    static let keys = [
        "pubtime", "pubTime", "publish_time", "publishTime", "publishtime", "pubdate", "pubDate", "ptime", "newsTime",
        "newstime", "datePublished", "publishDate", "pub_time", "create_time",
    ]
    private static let matcher = PhraseMatcher(groups: [keys])
    /// Scripts longer than this are not searched (bundled libraries, not page data).
    static let maxScriptBytes = 256 * 1024

    static func find(in script: String) -> [String] {
        guard script.utf8.count <= maxScriptBytes, matcher.groups(in: script) != 0 else { return [] }
        var found: [String] = []
        for key in keys {
            var searchStart = script.startIndex
            while let range = script.range(of: key, from: searchStart) {
                searchStart = range.upperBound
                // `key"` `key'` then `:` or `=` then the quoted value.
                let tail = script[range.upperBound...].prefix(48)
                guard let separator = tail.firstIndex(where: { $0 == ":" || $0 == "=" }),
                      tail[..<separator].allSatisfy({ $0 == "\"" || $0 == "'" || $0 == " " }) else { continue }
                let value = tail[tail.index(after: separator)...].drop { $0 == " " || $0 == "\"" || $0 == "'" }
                if let time = PublishTime.parse(String(value.prefix(32))) { found.append(time) }
            }
        }
        return found
    }
}

extension String {
    /// The first occurrence of `needle` at or after `start` (byte-wise on UTF-8).
    func range(of needle: String, from start: Index) -> Range<Index>? {
        guard !needle.isEmpty else { return nil }
        var index = start
        let first = needle.utf8.first!
        while index < endIndex {
            guard let candidate = self.utf8[index...].firstIndex(of: first) else { return nil }
            if self.utf8[candidate...].starts(with: needle.utf8) {
                return candidate..<self.utf8.index(candidate, offsetBy: needle.utf8.count)
            }
            index = self.utf8.index(after: candidate)
        }
        return nil
    }
}
