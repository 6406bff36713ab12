import ZhNewsModel

// The hot path of ``DoubleByteRepair``: flat per-script cost tables and an allocation-free line
// repair. The rules are exactly those documented on ``DoubleByteRepair``; only the mechanics differ
// (code points in a reused buffer, char boundaries as a running index instead of a dictionary, and a
// candidate without a `?` prefix abandoned at its first hard failure, which rejects it anyway).

extension DoubleByteRepair {
    /// ``cost(_:script:)`` and the cost of a shifted GBK pair, precomputed for one script.
    final class Tables: @unchecked Sendable {
        /// `cost(cp, script)` for every BMP code point.
        let cost: UnsafeMutablePointer<UInt8>
        /// Indexed `lead << 8 | trail`: 3 when the pair is invalid or not ``isCommon(_:)``, else the
        /// decoded character's ``cost(_:script:)``.
        let shifted: UnsafeMutablePointer<UInt8>
        /// Entry flags that make a character an anchor (see ``isAnchor(_:script:)``).
        let anchorMask: UInt32

        static let hans = Tables(script: .hans)
        static let hant = Tables(script: .hant)
        static let mixed = Tables(script: .mixed)

        /// Indexed `lead << 8 | trail`: the GBK decoding (0 when invalid), shared by all scripts.
        nonisolated(unsafe) static let pairs: UnsafeMutablePointer<UInt32> = {
            let charsets = CharsetTables.shared
            let table = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x10000)
            for index in 0..<0x10000 {
                table[index] = charsets.decode(lead: UInt8(index >> 8), trail: UInt8(index & 0xFF))
            }
            return table
        }()

        static func forScript(_ script: Script) -> Tables {
            switch script {
            case .hans: return hans
            case .hant: return hant
            case .mixed: return mixed
            }
        }

        private init(script: Script) {
            cost = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x10000)
            shifted = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x10000)
            for cp in 0..<UInt32(0x10000) { cost[Int(cp)] = UInt8(DoubleByteRepair.cost(cp, script: script)) }
            let pairs = Tables.pairs
            for index in 0..<0x10000 {
                let cp = pairs[index]
                shifted[index] = cp == 0 || !isCommon(cp) ? 3 : UInt8(DoubleByteRepair.cost(cp, script: script))
            }
            var mask = ScriptConversionTable.rare
            if script == .hant { mask |= ScriptConversionTable.simplifiedOnly }
            if script == .hans { mask |= ScriptConversionTable.traditionalOnly }
            anchorMask = mask
        }
    }

    /// Scratch buffers for one ``repair(_:script:)`` call, reused across its lines.
    struct Workspace {
        let script: Script
        let tables: Tables
        let conversion = ScriptConversionTable.shared
        let gbkEncode: [UInt16]

        /// The current line's code points.
        var s: UnsafeMutablePointer<UInt32>
        var capacity: Int
        var n = 0

        /// The GBK re-encoding of a candidate run (at most 64 characters).
        let bytes: UnsafeMutablePointer<UInt8>
        /// Byte offset just past each encoded character, relative to the run's start.
        let charEnd: UnsafeMutablePointer<Int>
        var encodedBytes = 0
        var encodedNext = 0
        var encodingDone = false

        /// The replacement of the candidate being evaluated and of the best one so far.
        var replacement: UnsafeMutablePointer<UInt32>
        var bestReplacement: UnsafeMutablePointer<UInt32>
        static let replacementCapacity = 192

        /// A repaired line as code points, then as UTF-8.
        var lineScalars: [UInt32] = []
        var lineBytes: [UInt8] = []

        init(script: Script) {
            self.script = script
            tables = Tables.forScript(script)
            gbkEncode = CharsetTables.shared.gbkEncode
            capacity = 1024
            s = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
            bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 160)
            charEnd = UnsafeMutablePointer<Int>.allocate(capacity: 80)
            replacement = UnsafeMutablePointer<UInt32>.allocate(capacity: Self.replacementCapacity)
            bestReplacement = UnsafeMutablePointer<UInt32>.allocate(capacity: Self.replacementCapacity)
        }

        func deallocate() {
            s.deallocate()
            bytes.deallocate()
            charEnd.deallocate()
            replacement.deallocate()
            bestReplacement.deallocate()
        }

        /// Decodes one line of valid UTF-8 into ``s``.
        mutating func load(_ p: UnsafePointer<UInt8>, count: Int) {
            if count > capacity {
                s.deallocate()
                capacity = count
                s = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
            }
            var i = 0, k = 0
            while i < count {
                let b0 = p[i]
                if b0 < 0x80 {
                    s[k] = UInt32(b0); i += 1
                } else if b0 < 0xE0 {
                    s[k] = UInt32(b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F); i += 2
                } else if b0 < 0xF0 {
                    s[k] = UInt32(b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F); i += 3
                } else {
                    s[k] = decode4(p, i); i += 4
                }
                k += 1
            }
            n = k
        }

        @inline(__always)
        func cost(_ cp: UInt32) -> Int {
            cp < 0x10000 ? Int(tables.cost[Int(cp)]) : DoubleByteRepair.cost(cp, script: script)
        }

        @inline(__always)
        func isAnchor(_ cp: UInt32) -> Bool {
            let entry = cp < 0x10000 ? conversion.bmp[Int(cp)] : conversion.entry(cp)
            return entry & tables.anchorMask != 0
        }

        /// Re-encodes the next character of the run starting at `start`; false when the run ends
        /// (end of line, 64 characters, or a character GBK lacks).
        @inline(__always)
        mutating func encodeNext(start: Int) -> Bool {
            if encodingDone { return false }
            let k = encodedNext
            if k >= n || k - start >= 64 { encodingDone = true; return false }
            let cp = s[k]
            if cp < 0x80 {
                bytes[encodedBytes] = UInt8(cp); encodedBytes += 1
            } else {
                guard cp < 0x10000 else { encodingDone = true; return false }
                let pair = gbkEncode[Int(cp)]
                guard pair != 0 else { encodingDone = true; return false }
                bytes[encodedBytes] = UInt8(pair >> 8); bytes[encodedBytes + 1] = UInt8(pair & 0xFF)
                encodedBytes += 2
            }
            charEnd[k - start] = encodedBytes
            encodedNext = k + 1
            return true
        }

        struct Candidate {
            var start: Int          // first replaced scalar (the `?` when there is a prefix)
            var end: Int            // one past the last replaced scalar
            var count: Int          // replacement length
            var lost: Int
            var gain: Int
        }

        /// Decodes the run from `start` shifted by one byte into ``replacement``; returns a candidate
        /// when it is clearly better (the rules of the original `evaluate`).
        mutating func evaluate(start: Int, prefixStart: Int, lead: Int) -> Candidate? {
            encodedBytes = 0
            encodedNext = start
            encodingDone = false
            guard encodeNext(start: start), s[start] >= 0x80 else { return nil }
            let hasPrefix = prefixStart < start
            var count = 0
            var shiftedCost = 0
            var lost = 0
            if hasPrefix { replacement[count] = 0xFFFD; count += 1; lost += 1; shiftedCost += 1 }   // the `?`
            if lead >= 0 {
                let cp = CharsetTables.shared.decode(lead: UInt8(lead), trail: bytes[0])
                if cp == 0 || !isCommon(cp) {
                    replacement[count] = 0xFFFD; count += 1; lost += 1; shiftedCost += 3
                } else {
                    replacement[count] = cp; count += 1; shiftedCost += DoubleByteRepair.cost(cp, script: script)
                }
            } else {
                replacement[count] = 0xFFFD; count += 1; lost += 1; shiftedCost += 1
            }
            let shiftedTable = tables.shifted
            let pairs = Tables.pairs
            var pos = 1
            var end = -1
            var boundary = 0      // index of the first encoded character not known to end before `pos`
            while true {
                while encodedBytes <= pos + 1, encodeNext(start: start) {}
                if pos >= encodedBytes { break }
                let b = bytes[pos]
                if b < 0x80 {
                    replacement[count] = UInt32(b); count += 1; pos += 1
                } else if pos + 1 < encodedBytes {
                    let index = Int(b) << 8 | Int(bytes[pos + 1])
                    let c = Int(shiftedTable[index])
                    if c >= 3 {
                        if !hasPrefix { return nil }        // a hard failure rejects an unprefixed run
                        replacement[count] = 0xFFFD; lost += 1
                    } else {
                        replacement[count] = pairs[index]
                    }
                    count += 1
                    shiftedCost += c
                    pos += 2
                } else {
                    if !hasPrefix { return nil }
                    replacement[count] = 0xFFFD; count += 1; lost += 1; shiftedCost += 3; pos += 1
                }
                let encodedCount = encodedNext - start
                while boundary < encodedCount, charEnd[boundary] < pos { boundary += 1 }
                if boundary < encodedCount, charEnd[boundary] == pos { end = start + boundary + 1; break }
            }
            if end < 0 {
                // Ran to the end of what could be re-encoded: only valid at the end of the line.
                guard encodedNext == n else { return nil }
                end = n
            }
            var damagedCost = 0
            for index in start..<end { damagedCost += cost(s[index]) }
            if hasPrefix {
                damagedCost += 2
                guard damagedCost >= 5, shiftedCost + 2 <= damagedCost else { return nil }
            } else {
                guard damagedCost >= 6, shiftedCost * 3 <= damagedCost else { return nil }
            }
            return Candidate(start: prefixStart, end: end, count: count, lost: lost, gain: damagedCost - shiftedCost)
        }

        /// Repairs the loaded line; on success the UTF-8 of the repaired line is in ``lineBytes``.
        mutating func repairLine() -> (runs: Int, lost: Int)? {
            var runs = 0, lost = 0
            var i = 0
            var copied = 0
            while i < n {
                let c = s[i]
                let anchorHere: Bool
                if c >= 0x80 {
                    anchorHere = isAnchor(c)
                } else if c == 0x3F, i + 1 < n {
                    anchorHere = s[i + 1] >= 0x80 || isLeadPunctuation(s[i + 1])
                } else {
                    anchorHere = false
                }
                guard anchorHere else { i += 1; continue }
                // The anchor's stretch of double-byte characters.
                var anchor = i
                if c == 0x3F { anchor = i + (s[i + 1] >= 0x80 ? 1 : 2) }
                guard anchor < n, s[anchor] >= 0x80 else { i += 1; continue }
                var stretch = anchor
                while stretch > copied, anchor - stretch < 12, s[stretch - 1] >= 0x80, s[stretch - 1] != 0xFFFD { stretch -= 1 }
                var best: Candidate?
                for start in stretch...anchor {
                    // A `?` (and a high-bit-stripped lead byte) right before the stretch.
                    var prefixStart = start
                    var lead = -1
                    if start == stretch {
                        if start >= 2, s[start - 2] == 0x3F, isLeadPunctuation(s[start - 1]), start - 2 >= copied {
                            prefixStart = start - 2
                            lead = Int(UInt8(s[start - 1]) | 0x80)
                        } else if start >= 1, s[start - 1] == 0x3F, start - 1 >= copied {
                            prefixStart = start - 1
                        }
                    }
                    if let candidate = evaluate(start: start, prefixStart: prefixStart, lead: lead),
                       candidate.gain > (best?.gain ?? 0) {
                        best = candidate
                        swap(&replacement, &bestReplacement)
                    }
                }
                guard let repair = best else { i = anchor + 1; continue }
                if runs == 0 { lineScalars.removeAll(keepingCapacity: true) }
                lineScalars.append(contentsOf: UnsafeBufferPointer(start: s + copied, count: repair.start - copied))
                lineScalars.append(contentsOf: UnsafeBufferPointer(start: bestReplacement, count: repair.count))
                copied = repair.end
                i = repair.end
                runs += 1
                lost += repair.lost
            }
            if runs == 0 { return nil }
            lineScalars.append(contentsOf: UnsafeBufferPointer(start: s + copied, count: n - copied))
            lineBytes.removeAll(keepingCapacity: true)
            var buffer: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
            withUnsafeMutableBytes(of: &buffer) { raw in
                let p = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
                for cp in lineScalars {
                    let length = writeUTF8(cp, p)
                    lineBytes.append(contentsOf: UnsafeBufferPointer(start: p, count: length))
                }
            }
            return (runs, lost)
        }
    }
}
