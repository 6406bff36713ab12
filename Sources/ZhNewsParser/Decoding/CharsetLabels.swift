/// Charset labels given on the command line (`--charset`): a label zhnews cannot decode is a
/// usage error there, named with the closest known label (a label declared by a page stays a
/// warning on its record).
///
/// ```swift
/// CharsetLabels.isKnown("gbk")            // true
/// CharsetLabels.closestKnown(to: "gbkk")  // "gbk"
/// ```
package enum CharsetLabels {
    /// Whether the decoder can use the label (zhnews's own aliases or any ICU knows).
    package static func isKnown(_ label: String) -> Bool {
        CharsetName.decoderName(for: label) != nil
    }

    /// The known label nearest to `label` by edit distance (ASCII case ignored), among the
    /// labels pages and servers commonly write.
    package static func closestKnown(to label: String) -> String {
        let key = Array(label.trimmingASCIIWhitespaceAndQuotes().lowercased().utf8)
        var best = (label: "utf-8", distance: Int.max)
        for candidate in suggestions {
            let distance = editDistance(key, Array(candidate.utf8))
            if distance < best.distance { best = (candidate, distance) }
        }
        return best.label
    }

    /// Data: the labels suggested, the common ones first (ties go to the earlier).
    static let suggestions = ["utf-8", "gbk", "gb2312", "gb18030", "big5", "big5-hkscs", "utf-16", "iso-8859-1", "windows-1252", "shift_jis", "euc-jp", "euc-kr"]
        + (CharsetName.gbFamily.union(CharsetName.big5Family).union(CharsetName.utf8Labels)).sorted()

    /// Levenshtein distance, one row at a time.
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
