import ZhNewsModel

/// What one pass over a text found: script evidence and which later steps have work to do.
///
/// The counts are measured, not guessed: a *traditional-only* character is one the conversion table
/// changes and GB2312 (the simplified charset) lacks (後, 們, 區); a *simplified-only* character is
/// a conversion target that Big5 (the traditional charset) lacks (们, 区, 这). Characters valid in both
/// scripts (后, 干, 台, 乾, 的) count for neither.
package struct TextScan: Sendable, Hashable {
    /// Traditional-only characters.
    package var traditionalCount = 0
    /// Simplified-only characters.
    package var simplifiedCount = 0
    /// Han characters in neither GB2312 nor Big5 (damage anchors, rarely legitimate).
    package var rareCount = 0
    /// `?` followed by ASCII punctuation or a non-ASCII character: how a lost GBK byte often looks.
    package var questionMarkAnchors = 0
    /// Runs of U+FFFD.
    package var replacementRuns = 0
    /// Occurrences of 锟斤拷 (UTF-8 replacement bytes decoded as GBK).
    package var mojibakeCount = 0
    /// The text has full-width ASCII letters or digits or U+3000.
    package var hasFullWidth = false
    /// The text has an ASCII `(` after a Han character or U+FFFD (a possible pinyin reading).
    package var hasPinyinCandidate = false

    /// The script measured from the counts (see ``ScriptDetector``).
    package var script: Script { ScriptDetector.script(traditional: traditionalCount, simplified: simplifiedCount) }
}

/// Measures a text's script from the ratio of traditional-only to simplified-only characters.
///
/// With `t` traditional-only and `s` simplified-only characters: no evidence (`t + s == 0`) is
/// `.hans`; `t / (t + s) ≥ 0.8` is `.hant`; `≤ 0.2` is `.hans`; anything between is `.mixed`.
///
/// ```swift
/// ScriptDetector.detect("這是繁體字")   // .hant
/// ```
package enum ScriptDetector {
    /// The share of traditional-only characters, in percent, from which a text counts as traditional
    /// (and, mirrored, the share up to which it counts as simplified: 100 − threshold).
    package static let thresholdPercent = 80

    /// Measures the script of `text`.
    package static func detect(_ text: String) -> Script { scan(text).script }

    /// The script for the given counts of traditional-only and simplified-only characters.
    package static func script(traditional: Int, simplified: Int) -> Script {
        let total = traditional + simplified
        if total == 0 { return .hans }
        if traditional * 100 >= total * thresholdPercent { return .hant }
        if traditional * 100 <= total * (100 - thresholdPercent) { return .hans }
        return .mixed
    }

    /// One pass over the UTF-8 of `text`.
    package static func scan(_ text: String) -> TextScan {
        var text = text
        return text.withUTF8 { scan(utf8: $0) }
    }

    static func scan(utf8 input: UnsafeBufferPointer<UInt8>) -> TextScan {
        var result = TextScan()
        guard let src = input.baseAddress else { return result }
        let table = ScriptConversionTable.shared
        let bmp = table.bmp
        let n = input.count
        var traditional = 0, simplified = 0, rare = 0
        var previousWasHan = false
        var previousWasFFFD = false
        var i = 0
        while i < n {
            let b0 = src[i]
            if b0 < 0x80 {
                if b0 == 0x28, previousWasHan || previousWasFFFD { result.hasPinyinCandidate = true }
                if b0 == 0x3F, i + 1 < n {
                    let next = src[i + 1]
                    if next >= 0x80 || (next >= 0x21 && next <= 0x2F && i + 2 < n && src[i + 2] >= 0x80) {
                        result.questionMarkAnchors += 1
                    }
                }
                previousWasHan = false
                previousWasFFFD = false
                i += 1
                continue
            }
            if b0 < 0xE0 { previousWasHan = false; previousWasFFFD = false; i += 2; continue }
            if b0 < 0xF0 {
                let cp = UInt32(b0 & 0x0F) << 12 | UInt32(src[i + 1] & 0x3F) << 6 | UInt32(src[i + 2] & 0x3F)
                let entry = bmp[Int(cp)]
                if entry & (ScriptConversionTable.traditionalOnly | ScriptConversionTable.simplifiedOnly | ScriptConversionTable.rare) != 0 {
                    if entry & ScriptConversionTable.traditionalOnly != 0 { traditional += 1 }
                    if entry & ScriptConversionTable.simplifiedOnly != 0 { simplified += 1 }
                    if entry & ScriptConversionTable.rare != 0 { rare += 1 }
                }
                if cp == 0xFFFD {
                    if !previousWasFFFD { result.replacementRuns += 1 }
                    previousWasFFFD = true
                    previousWasHan = false
                } else {
                    previousWasFFFD = false
                    previousWasHan = isHan(cp)
                    if cp == 0x3000 || (cp >= 0xFF10 && cp <= 0xFF5A) { result.hasFullWidth = true }
                    // 锟斤拷 = E9 94 9F E6 96 A4 E6 8B B7
                    if cp == 0x951F, i + 9 <= n, src[i + 3] == 0xE6, src[i + 4] == 0x96, src[i + 5] == 0xA4,
                       src[i + 6] == 0xE6, src[i + 7] == 0x8B, src[i + 8] == 0xB7 {
                        result.mojibakeCount += 1
                    }
                }
                i += 3
                continue
            }
            let cp = decode4(src, i)
            previousWasHan = isHan(cp)
            previousWasFFFD = false
            i += 4
        }
        result.traditionalCount = traditional
        result.simplifiedCount = simplified
        result.rareCount = rare
        return result
    }
}
