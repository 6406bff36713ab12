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
public enum DoubleByteRepair {
    /// The result of a repair pass.
    public struct Result: Sendable, Hashable {
        /// The repaired text (the input when `runs == 0`).
        public var text: String
        /// Damaged runs repaired.
        public var runs: Int
        /// U+FFFD written for lost bytes.
        public var lost: Int
    }

    /// Repairs damaged runs in `text`, whose measured script is `script` (it decides which characters
    /// are implausible).
    public static func repair(_ text: String, script: Script) -> Result {
        var text = text
        return text.withUTF8 { input -> Result? in
            guard let src = input.baseAddress else { return nil }
            let n = input.count
            var out: [UInt8] = []
            var copiedUpTo = 0
            var runs = 0, lost = 0
            var lineStart = 0
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n, src[lineEnd] != 0x0A { lineEnd += 1 }
                if lineHasAnchor(src, lineStart, lineEnd, script: script) {
                    let line = String(decoding: UnsafeBufferPointer(start: src + lineStart, count: lineEnd - lineStart), as: UTF8.self)
                    if let repaired = repairLine(line.unicodeScalars.map(\.value), script: script) {
                        runs += repaired.runs
                        lost += repaired.lost
                        if out.isEmpty { out.reserveCapacity(n + 64) }
                        out.append(contentsOf: UnsafeBufferPointer(start: src + copiedUpTo, count: lineStart - copiedUpTo))
                        var scalars = String.UnicodeScalarView()
                        scalars.append(contentsOf: repaired.scalars.map { Unicode.Scalar($0)! })
                        out.append(contentsOf: String(scalars).utf8)
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
    public static func cost(_ cp: UInt32, script: Script) -> Int {
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

    struct Candidate {
        var start: Int          // first replaced scalar (the `?` when there is a prefix)
        var end: Int            // one past the last replaced scalar
        var replacement: [UInt32]
        var lost: Int
        var gain: Int
    }

    /// Repairs one line given as code points; `nil` when nothing changes.
    static func repairLine(_ s: [UInt32], script: Script) -> (scalars: [UInt32], runs: Int, lost: Int)? {
        let n = s.count
        var anchorFound = false
        for (k, cp) in s.enumerated() {
            if cp >= 0x80, isAnchor(cp, script: script) { anchorFound = true; break }
            if cp == 0x3F, k + 1 < n, s[k + 1] >= 0x80 || isLeadPunctuation(s[k + 1]) { anchorFound = true; break }
        }
        guard anchorFound else { return nil }

        var out: [UInt32] = []
        var runs = 0, lost = 0
        var i = 0
        var copied = 0
        while i < n {
            let anchorHere = (s[i] >= 0x80 && isAnchor(s[i], script: script))
                || (s[i] == 0x3F && i + 1 < n && (s[i + 1] >= 0x80 || isLeadPunctuation(s[i + 1])))
            guard anchorHere else { i += 1; continue }
            // The anchor's stretch of double-byte characters.
            var anchor = i
            if s[i] == 0x3F { anchor = i + (s[i + 1] >= 0x80 ? 1 : 2) }
            guard anchor < n, s[anchor] >= 0x80 else { i += 1; continue }
            var stretch = anchor
            while stretch > copied, anchor - stretch < 12, s[stretch - 1] >= 0x80, s[stretch - 1] != 0xFFFD { stretch -= 1 }
            var best: Candidate?
            for start in stretch...anchor {
                // A `?` (and a high-bit-stripped lead byte) right before the stretch.
                var prefixStart = start
                var lead: UInt8? = nil
                if start == stretch {
                    if start >= 2, s[start - 2] == 0x3F, isLeadPunctuation(s[start - 1]), start - 2 >= copied {
                        prefixStart = start - 2
                        lead = UInt8(s[start - 1]) | 0x80
                    } else if start >= 1, s[start - 1] == 0x3F, start - 1 >= copied {
                        prefixStart = start - 1
                    }
                }
                if let candidate = evaluate(s, start: start, prefixStart: prefixStart, lead: lead, script: script),
                   candidate.gain > (best?.gain ?? 0) {
                    best = candidate
                }
            }
            guard let repair = best else { i = anchor + 1; continue }
            out.append(contentsOf: s[copied..<repair.start])
            out.append(contentsOf: repair.replacement)
            copied = repair.end
            i = repair.end
            runs += 1
            lost += repair.lost
        }
        if runs == 0 { return nil }
        out.append(contentsOf: s[copied..<n])
        return (out, runs, lost)
    }

    /// ASCII punctuation whose byte with the high bit set is a GBK lead byte (0xA1–0xAF…).
    static func isLeadPunctuation(_ cp: UInt32) -> Bool {
        (0x21...0x2F).contains(cp) || (0x3A...0x40).contains(cp) || (0x5B...0x60).contains(cp) || (0x7B...0x7E).contains(cp)
    }

    /// Decodes the run from `start` shifted by one byte; returns a candidate when it is clearly better.
    static func evaluate(_ s: [UInt32], start: Int, prefixStart: Int, lead: UInt8?, script: Script) -> Candidate? {
        let charsets = CharsetTables.shared
        // Re-encode to GBK, remembering where each damaged character ends.
        var bytes: [UInt8] = []
        var boundaries: [Int: Int] = [:]     // byte offset → index of the scalar ending there
        var k = start
        while k < s.count, k - start < 64 {
            let cp = s[k]
            if cp < 0x80 {
                bytes.append(UInt8(cp))
            } else {
                guard cp < 0x10000, charsets.gbkEncode[Int(cp)] != 0 else { break }
                let pair = charsets.gbkEncode[Int(cp)]
                bytes.append(UInt8(pair >> 8)); bytes.append(UInt8(pair & 0xFF))
            }
            boundaries[bytes.count] = k
            k += 1
        }
        guard bytes.count >= 2, s[start] >= 0x80 else { return nil }
        let encodedEnd = k
        // Decode shifted: the first byte pairs with the guessed lead byte, or is lost.
        var replacement: [UInt32] = []
        var shiftedCost = 0
        var lost = 0
        if prefixStart < start { replacement.append(0xFFFD); lost += 1; shiftedCost += 1 }   // the `?`
        if let lead {
            let cp = charsets.decode(lead: lead, trail: bytes[0])
            if cp == 0 || !isCommon(cp) {
                replacement.append(0xFFFD); lost += 1; shiftedCost += 3
            } else {
                replacement.append(cp); shiftedCost += cost(cp, script: script)
            }
        } else {
            replacement.append(0xFFFD); lost += 1; shiftedCost += 1
        }
        var pos = 1
        var end: Int? = nil
        var hardFailures = 0
        while pos < bytes.count {
            let b = bytes[pos]
            if b < 0x80 {
                replacement.append(UInt32(b)); pos += 1
            } else if pos + 1 < bytes.count {
                let cp = charsets.decode(lead: b, trail: bytes[pos + 1])
                let c = cp == 0 || !isCommon(cp) ? 3 : cost(cp, script: script)
                if c >= 3 {
                    replacement.append(0xFFFD); lost += 1; hardFailures += 1
                } else {
                    replacement.append(cp)
                }
                shiftedCost += c
                pos += 2
            } else {
                replacement.append(0xFFFD); lost += 1; hardFailures += 1; shiftedCost += 3; pos += 1
            }
            if let index = boundaries[pos] { end = index + 1; break }
        }
        if end == nil {
            // Ran to the end of what could be re-encoded: only valid at the end of the line.
            guard encodedEnd == s.count else { return nil }
            end = s.count
        }
        let regionEnd = end!
        var damagedCost = 0
        for index in start..<regionEnd { damagedCost += cost(s[index], script: script) }
        let hasPrefix = prefixStart < start
        if hasPrefix {
            damagedCost += 2
            guard damagedCost >= 5, shiftedCost + 2 <= damagedCost else { return nil }
        } else {
            guard damagedCost >= 6, shiftedCost * 3 <= damagedCost, hardFailures == 0 else { return nil }
        }
        return Candidate(start: prefixStart, end: regionEnd, replacement: replacement, lost: lost,
                         gain: damagedCost - shiftedCost)
    }
}
