/// Full-width ASCII letters and digits to half-width (`３２７` → `327`, `ＧＤＰ` → `GDP`) and the
/// ideographic space U+3000 to a space. Chinese punctuation (，。“”（）！：) is kept as printed, never
/// rewritten to ASCII.
///
/// ```swift
/// WidthNormalizer.normalize("共３２７人")   // "共327人"
/// ```
package enum WidthNormalizer {
    /// Normalises the width of letters, digits and the ideographic space in `text`.
    package static func normalize(_ text: String) -> String {
        var text = text
        return text.withUTF8 { input in
            guard let bytes = normalize(utf8: input) else { return nil as String? }
            return String(decoding: bytes, as: UTF8.self)
        } ?? text
    }

    /// `nil` when nothing changes.
    static func normalize(utf8 input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let src = input.baseAddress else { return nil }
        let n = input.count
        var out: [UInt8] = []
        var copiedUpTo = 0
        var i = 0
        while i < n {
            let b0 = src[i]
            guard b0 == 0xEF || b0 == 0xE3, i + 2 < n else { i += 1; continue }
            let b1 = src[i + 1], b2 = src[i + 2]
            var replacement: UInt8 = 0
            if b0 == 0xE3, b1 == 0x80, b2 == 0x80 {
                replacement = 0x20                                  // U+3000
            } else if b0 == 0xEF, b1 == 0xBC, (0x90...0x99).contains(b2) || (0xA1...0xBA).contains(b2) {
                replacement = b2 - 0x60                             // U+FF10–19, FF21–3A: EF BC 80+x is U+FF00+x ↔ 0x20+x
            } else if b0 == 0xEF, b1 == 0xBD, (0x81...0x9A).contains(b2) {
                replacement = b2 - 0x20                             // U+FF41–5A: EF BD 80+x is U+FF40+x ↔ 0x60+x
            }
            if replacement == 0 { i += 1; continue }
            if out.isEmpty { out.reserveCapacity(n) }
            out.append(contentsOf: UnsafeBufferPointer(start: src + copiedUpTo, count: i - copiedUpTo))
            out.append(replacement)
            i += 3
            copiedUpTo = i
        }
        if copiedUpTo == 0 { return nil }
        out.append(contentsOf: UnsafeBufferPointer(start: src + copiedUpTo, count: n - copiedUpTo))
        return out
    }
}
