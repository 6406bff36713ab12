import ZhNewsModel

/// Repairs runs of GBK text that an upstream decoder read one byte off.
///
/// When a GBK stream loses (or gains) a byte, every following pair is decoded across character
/// boundaries until a single-byte ASCII character puts the decoder back in step. The result is a run
/// of characters that are implausible in news text: rare characters (趧, 衈), characters of the
/// other script (闭诖 in a traditional page), ASCII letters between Han characters, and often a `?`
/// where the decoder gave up, as in seed 001: `?!痹趧P旋社區` for `！”在凱旋社區`.
///
/// The repair re-encodes a suspicious run to GBK, drops its first byte (whose partner is lost) and
/// decodes the rest shifted by one until the two decodings meet again. It keeps the shifted decoding
/// only when it is clearly more plausible (see ``cost(_:script:)``), and writes U+FFFD where bytes are
/// lost: for the dropped byte, for a `?` marker, and for shifted pairs that are invalid or rare. An ASCII
/// punctuation character right after a `?` is read as a GBK lead byte that lost its high bit
/// (`!` = 0x21 → 0xA1), so `?!痹` repairs to `\u{FFFD}”在`.
///
/// Correct text is never touched: its shifted decoding is always less plausible than the text itself.
package enum DoubleByteRepair {
    /// The result of a repair pass.
    package struct Result: Sendable, Hashable {
        /// The repaired text (the input when `runs == 0`).
        package var text: String
        /// Damaged runs repaired.
        package var runs: Int
        /// U+FFFD written for lost bytes.
        package var lost: Int
    }

    /// Repairs damaged runs in `text`, whose measured script is `script` (it decides which characters
    /// are implausible).
    ///
    /// Lines without an anchor are skipped by a byte-level check; the others are decoded into a scratch
    /// buffer of code points (reused across lines) and repaired without further allocation.
    package static func repair(_ text: String, script: Script) -> Result {
        var text = text
        return text.withUTF8 { input -> Result? in
            guard let src = input.baseAddress else { return nil }
            let n = input.count
            var work = Workspace(script: script)
            defer { work.deallocate() }
            var out: [UInt8] = []
            var copiedUpTo = 0
            var runs = 0, lost = 0
            var lineStart = 0
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n, src[lineEnd] != 0x0A { lineEnd += 1 }
                if lineHasAnchor(src, lineStart, lineEnd, script: script) {
                    work.load(src + lineStart, count: lineEnd - lineStart)
                    if let repaired = work.repairLine() {
                        runs += repaired.runs
                        lost += repaired.lost
                        if out.isEmpty { out.reserveCapacity(n + 64) }
                        out.append(contentsOf: UnsafeBufferPointer(start: src + copiedUpTo, count: lineStart - copiedUpTo))
                        out.append(contentsOf: work.lineBytes)
                        copiedUpTo = lineEnd
                    }
                }
                lineStart = lineEnd + 1
            }
            if runs == 0 { return nil }
            out.append(contentsOf: UnsafeBufferPointer(start: src + copiedUpTo, count: n - copiedUpTo))
            return Result(text: String(decoding: out, as: UTF8.self), runs: runs, lost: lost)
        } ?? Result(text: text, runs: 0, lost: 0)
    }

    /// A quick byte-level check: does the line hold an anchor (see ``isAnchor(_:script:)``) or a `?`
    /// before non-ASCII text?
    static func lineHasAnchor(_ src: UnsafePointer<UInt8>, _ start: Int, _ end: Int, script: Script) -> Bool {
        let table = ScriptConversionTable.shared
        var mask = ScriptConversionTable.rare
        if script == .hant { mask |= ScriptConversionTable.simplifiedOnly }
        if script == .hans { mask |= ScriptConversionTable.traditionalOnly }
        var i = start
        while i < end {
            let b0 = src[i]
            if b0 < 0x80 {
                if b0 == 0x3F, i + 1 < end, src[i + 1] >= 0x80 || (src[i + 1] >= 0x21 && src[i + 1] <= 0x7E && i + 2 < end && src[i + 2] >= 0x80) {
                    return true
                }
                i += 1
            } else if b0 < 0xE0 {
                i += 2
            } else if b0 < 0xF0 {
                let cp = UInt32(b0 & 0x0F) << 12 | UInt32(src[i + 1] & 0x3F) << 6 | UInt32(src[i + 2] & 0x3F)
                if table.bmp[Int(cp)] & mask != 0 { return true }
                i += 3
            } else {
                if table.entry(decode4(src, i)) & mask != 0 { return true }
                i += 4
            }
        }
        return false
    }

    /// A character that may mark a damaged run.
    static func isAnchor(_ cp: UInt32, script: Script) -> Bool {
        let entry = ScriptConversionTable.shared.entry(cp)
        if entry & ScriptConversionTable.rare != 0 { return true }
        switch script {
        case .hant: return entry & ScriptConversionTable.simplifiedOnly != 0
        case .hans: return entry & ScriptConversionTable.traditionalOnly != 0
        case .mixed: return false
        }
    }

    /// How implausible one character is inside a run of double-byte text in a `script` page:
    /// 0 common (GB2312 level 1 or Big5 level 1 as fits the script), 1 uncommon (level 2),
    /// 2 wrong script, ASCII between Han characters or a symbol, 3 rare (in neither charset) or invalid.
    package static func cost(_ cp: UInt32, script: Script) -> Int {
        if cp < 0x80 { return 2 }
        if cp == 0xFFFD || cp == 0 { return 3 }
        if (0x3000...0x303F).contains(cp) || (0xFF01...0xFF5E).contains(cp) || (0x2010...0x2027).contains(cp) { return 0 }
        let entry = ScriptConversionTable.shared.entry(cp)
        guard isHan(cp) else { return 2 }
        if entry & ScriptConversionTable.rare != 0 { return 3 }
        let big5 = entry & ScriptConversionTable.inBig5 != 0
        let big5Level1 = entry & ScriptConversionTable.inBig5Level1 != 0
        let level1 = entry & ScriptConversionTable.inGB2312Level1 != 0
        let gb2312 = entry & ScriptConversionTable.inGB2312 != 0
        switch script {
        case .hant: return big5Level1 ? 0 : big5 ? 1 : 2
        case .hans: return level1 ? 0 : gb2312 ? 1 : 2
        case .mixed: return big5Level1 || level1 ? 0 : 1
        }
    }

    /// A character a shifted decoding may plausibly produce: common in either script, or punctuation.
    static func isCommon(_ cp: UInt32) -> Bool {
        if (0x3000...0x303F).contains(cp) || (0xFF01...0xFF5E).contains(cp) || (0x2010...0x2027).contains(cp) { return true }
        let entry = ScriptConversionTable.shared.entry(cp)
        return entry & (ScriptConversionTable.inBig5Level1 | ScriptConversionTable.inGB2312Level1) != 0
    }

    /// ASCII punctuation whose byte with the high bit set is a GBK lead byte (0xA1–0xAF…).
    static func isLeadPunctuation(_ cp: UInt32) -> Bool {
        (0x21...0x2F).contains(cp) || (0x3A...0x40).contains(cp) || (0x5B...0x60).contains(cp) || (0x7B...0x7E).contains(cp)
    }
}
