import ZhNewsData

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The traditional→simplified table: the converter's hot path.
///
/// Single characters: OpenCC's `TSCharacters.txt` (first candidate), plus the ICU `Hant-Hans`
/// mappings OpenCC lacks (``ConverterLexicon/icuAdoptedPairs``). Where the two disagree OpenCC wins;
/// every such character is listed in `Data/converter/icu-opencc-overrides.tsv`, and a test proves
/// that for all other code points the table equals ICU's `Hant-Hans` output. The table is built from
/// the embedded data on first use (a few milliseconds) instead of from ICU, because opening ICU's
/// transliterator and running it over the CJK ranges takes about 100 ms at every process start.
///
/// Phrases: OpenCC's `TSPhrases.txt` plus ``ConverterLexicon/phraseAdditions``, matched longest
/// first, only at positions whose character starts some phrase (OpenCC's maximum forward matching).
///
/// ```swift
/// ScriptConversionTable.shared.convert("乾隆年間的瞭望臺")   // "乾隆年间的瞭望台"
/// ```
package final class ScriptConversionTable: @unchecked Sendable {
    /// One entry per BMP code point: the mapped code point in the low 21 bits (0 = unchanged) and flags.
    let bmp: UnsafeMutablePointer<UInt32>
    /// Mappings and flags for supplementary-plane code points (rare; looked up only for 4-byte UTF-8).
    let supplementary: [UInt32: UInt32]
    /// Phrases by first code point, longest first.
    let phrases: [UInt32: [Phrase]]
    /// The longest phrase, in code points.
    let maxPhraseLength: Int
    /// The largest growth in UTF-8 bytes of one phrase or character replacement.
    let maxGrowth: Int

    /// Milliseconds it took to build the shared table (parse, charset classes, phrases).
    package let buildMilliseconds: Double
    /// Number of code points the table changes.
    package let mappingCount: Int
    /// Number of phrase exceptions.
    package let phraseCount: Int

    struct Phrase {
        /// The code points after the first.
        let tail: [UInt32]
        /// The simplified phrase, UTF-8.
        let value: [UInt8]
    }

    static let mappedMask: UInt32 = 0x1F_FFFF
    /// The character starts at least one phrase.
    static let phraseStart: UInt32 = 1 << 21
    /// A simplified character that traditional text does not use (a conversion target outside Big5).
    static let simplifiedOnly: UInt32 = 1 << 22
    /// A traditional character that simplified text does not use (changed by the table, outside GB2312).
    static let traditionalOnly: UInt32 = 1 << 23
    /// A Han character in neither GB2312 nor Big5: implausible in news text, a damage anchor.
    static let rare: UInt32 = 1 << 24
    /// In GB2312 (common simplified charset).
    static let inGB2312: UInt32 = 1 << 25
    /// In GB2312 level 1 (the 3,755 most common characters).
    static let inGB2312Level1: UInt32 = 1 << 26
    /// In Big5 (common traditional charset).
    static let inBig5: UInt32 = 1 << 27
    /// In Big5 level 1 (the 5,401 common traditional characters).
    static let inBig5Level1: UInt32 = 1 << 28

    /// The shared table, built on first use (thread-safe).
    package static let shared = ScriptConversionTable()

    private init() {
        let start = monotonicMilliseconds()
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x10000)
        table.initialize(repeating: 0, count: 0x10000)
        var supplementary: [UInt32: UInt32] = [:]
        var count = 0

        func set(_ from: UInt32, _ to: UInt32) {
            if from < 0x10000 {
                if table[Int(from)] & Self.mappedMask == 0 { count += 1 }
                table[Int(from)] = (table[Int(from)] & ~Self.mappedMask) | to
            } else {
                if (supplementary[from] ?? 0) & Self.mappedMask == 0 { count += 1 }
                supplementary[from] = ((supplementary[from] ?? 0) & ~Self.mappedMask) | to
            }
        }

        // 1. OpenCC characters (first candidate).
        let characters = zh_data_opencc_ts_characters()
        var targets: [UInt32] = []
        forEachEntry(characters) { key, value, second in
            guard key.count == 1, var first = value.first else { return }
            // `X<TAB>X Y` with Y outside the BMP: OpenCC's own t2s tests (PR 1228/1229: 殢→𣨼,
            // 圞→𪢮, 樠→𣗊) expect Y, so the table follows the tests for these 895 entries.
            if first == key[0], let second, second.count == 1, second[0] >= 0x10000 { first = second[0] }
            guard first != key[0] else { return }
            set(key[0], first)
            targets.append(first)
        }
        // 2. ICU mappings OpenCC lacks.
        let adopted = Array(ConverterLexicon.icuAdoptedPairs.unicodeScalars)
        for index in stride(from: 0, to: adopted.count - 1, by: 2) {
            let from = adopted[index].value, to = adopted[index + 1].value
            let existing = from < 0x10000 ? table[Int(from)] & Self.mappedMask : 0
            if existing == 0 {
                set(from, to)
                targets.append(to)
            }
        }

        // 3. Charset classes.
        let charsets = CharsetTables.shared
        for cp in 0..<0x10000 {
            let member = charsets.membership[cp]
            var flags: UInt32 = 0
            if member & CharsetTables.inGB2312 != 0 { flags |= Self.inGB2312 }
            if member & CharsetTables.inGB2312Level1 != 0 { flags |= Self.inGB2312Level1 }
            if member & CharsetTables.inBig5 != 0 { flags |= Self.inBig5 }
            if member & CharsetTables.inBig5Level1 != 0 { flags |= Self.inBig5Level1 }
            if isHan(UInt32(cp)), member & (CharsetTables.inGB2312 | CharsetTables.inBig5) == 0 { flags |= Self.rare }
            if table[cp] & Self.mappedMask != 0, member & CharsetTables.inGB2312 == 0 { flags |= Self.traditionalOnly }
            table[cp] |= flags
        }
        for target in targets where target < 0x10000 {
            let entry = table[Int(target)]
            if entry & Self.mappedMask == 0, entry & Self.inBig5 == 0 { table[Int(target)] |= Self.simplifiedOnly }
        }

        // 4. Phrases: OpenCC's, then zhnews's additions (an addition replaces an OpenCC phrase with the same key).
        var byKey: [[UInt32]: [UInt8]] = [:]
        forEachEntry(zh_data_opencc_ts_phrases()) { key, value, _ in
            guard key.count >= 2 else { return }
            var bytes: [UInt8] = []
            for scalar in value { bytes.append(contentsOf: utf8Bytes(scalar)) }
            byKey[key] = bytes
        }
        for addition in ConverterLexicon.phraseAdditions {
            byKey[addition.traditional.unicodeScalars.map(\.value)] = Array(addition.simplified.utf8)
        }
        var phrases: [UInt32: [Phrase]] = [:]
        var maxLength = 1
        var maxGrowth = 1
        for (key, value) in byKey {
            phrases[key[0], default: []].append(Phrase(tail: Array(key.dropFirst()), value: value))
            maxLength = max(maxLength, key.count)
            let keyBytes = key.reduce(0) { $0 + utf8Bytes($1).count }
            maxGrowth = max(maxGrowth, value.count - keyBytes)
            if key[0] < 0x10000 {
                table[Int(key[0])] |= Self.phraseStart
            } else {
                supplementary[key[0], default: 0] |= Self.phraseStart
            }
        }
        for key in phrases.keys { phrases[key]!.sort { $0.tail.count > $1.tail.count } }

        self.bmp = table
        self.supplementary = supplementary
        self.phrases = phrases
        self.maxPhraseLength = maxLength
        self.maxGrowth = maxGrowth
        self.mappingCount = count
        self.phraseCount = byKey.count
        self.buildMilliseconds = monotonicMilliseconds() - start
    }

    /// The table's single-character mapping for `scalar` (the scalar itself when unchanged).
    package func mapping(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapped = entry(scalar.value) & Self.mappedMask
        return mapped == 0 ? scalar : Unicode.Scalar(mapped)!
    }

    /// All code points the single-character table changes.
    package var mappedScalars: [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for cp in 0..<0x10000 where bmp[cp] & Self.mappedMask != 0 { result.append(Unicode.Scalar(UInt32(cp))!) }
        for (cp, entry) in supplementary where entry & Self.mappedMask != 0 { result.append(Unicode.Scalar(cp)!) }
        return result.sorted { $0.value < $1.value }
    }

    @inline(__always)
    func entry(_ cp: UInt32) -> UInt32 {
        cp < 0x10000 ? bmp[Int(cp)] : (supplementary[cp] ?? 0)
    }

    /// Converts `text` to simplified characters (phrases longest first, then single characters).
    /// Returns the input itself when no character needs changing.
    package func convert(_ text: String) -> String {
        var text = text
        return text.withUTF8 { input in
            guard let bytes = convertUTF8(input) else { return nil as String? }
            return String(decoding: bytes, as: UTF8.self)
        } ?? text
    }

    /// Converts UTF-8 bytes (must be valid UTF-8); `nil` when nothing changes.
    func convertUTF8(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let src = input.baseAddress else { return nil }
        let n = input.count
        let table = bmp
        // Fast path: find the first character that a mapping or a phrase may change.
        var i = 0
        var first = -1
        while i < n {
            let b0 = src[i]
            if b0 < 0x80 { i += 1; continue }
            if b0 < 0xE0 { i += 2; continue }
            if b0 < 0xF0 {
                let cp = UInt32(b0 & 0x0F) << 12 | UInt32(src[i + 1] & 0x3F) << 6 | UInt32(src[i + 2] & 0x3F)
                if table[Int(cp)] & (Self.mappedMask | Self.phraseStart) != 0 { first = i; break }
                i += 3
                continue
            }
            if supplementary.isEmpty == false {
                let cp = decode4(src, i)
                if (supplementary[cp] ?? 0) & (Self.mappedMask | Self.phraseStart) != 0 { first = i; break }
            }
            i += 4
        }
        if first < 0 { return nil }

        var changed = false
        let capacity = n + n / 3 + 8 + (maxGrowth > 1 ? n * maxGrowth / 6 + maxGrowth : 0)
        var scratch = [UInt32](repeating: 0, count: maxPhraseLength)
        let result = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initializedCount in
            let out = buffer.baseAddress!
            memcpy(out, src, first)
            var o = first
            var i = first
            while i < n {
                let b0 = src[i]
                if b0 < 0x80 {
                    // Copy an ASCII run at once.
                    var j = i + 1
                    while j < n, src[j] < 0x80 { j += 1 }
                    memcpy(out + o, src + i, j - i)
                    o += j - i
                    i = j
                    continue
                }
                var cp: UInt32
                var length: Int
                var entry: UInt32
                if b0 < 0xE0 {
                    out[o] = b0; out[o + 1] = src[i + 1]
                    o += 2; i += 2
                    continue
                } else if b0 < 0xF0 {
                    cp = UInt32(b0 & 0x0F) << 12 | UInt32(src[i + 1] & 0x3F) << 6 | UInt32(src[i + 2] & 0x3F)
                    length = 3
                    entry = table[Int(cp)]
                } else {
                    cp = decode4(src, i)
                    length = 4
                    entry = supplementary.isEmpty ? 0 : (supplementary[cp] ?? 0)
                }
                if entry & Self.phraseStart != 0, let candidates = phrases[cp] {
                    // Decode the next code points once, then try the phrases longest first.
                    var available = 0
                    var k = i + length
                    while available < scratch.count - 1, k < n {
                        let b = src[k]
                        let l = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                        scratch[available] = l == 1 ? UInt32(b) : l == 2 ? (UInt32(b & 0x1F) << 6 | UInt32(src[k + 1] & 0x3F))
                            : l == 3 ? (UInt32(b & 0x0F) << 12 | UInt32(src[k + 1] & 0x3F) << 6 | UInt32(src[k + 2] & 0x3F))
                            : decode4(src, k)
                        available += 1
                        k += l
                    }
                    var matched = false
                    for phrase in candidates where phrase.tail.count <= available {
                        var equal = true
                        for t in 0..<phrase.tail.count where scratch[t] != phrase.tail[t] { equal = false; break }
                        guard equal else { continue }
                        // Advance over the key's bytes.
                        var consumed = length
                        for t in 0..<phrase.tail.count { consumed += utf8Length(phrase.tail[t]) }
                        phrase.value.withUnsafeBufferPointer { _ = memcpy(out + o, $0.baseAddress!, $0.count) }
                        o += phrase.value.count
                        i += consumed
                        changed = true
                        matched = true
                        break
                    }
                    if matched { continue }
                }
                let mapped = entry & Self.mappedMask
                if mapped != 0 {
                    o += writeUTF8(mapped, out + o)
                    changed = true
                } else {
                    for t in 0..<length { out[o + t] = src[i + t] }
                    o += length
                }
                i += length
            }
            initializedCount = o
        }
        return changed ? result : nil
    }
}

// MARK: - Helpers

@inline(__always)
func decode4(_ p: UnsafePointer<UInt8>, _ i: Int) -> UInt32 {
    UInt32(p[i] & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
}

@inline(__always)
func utf8Length(_ cp: UInt32) -> Int {
    cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
}

@inline(__always)
func writeUTF8(_ cp: UInt32, _ out: UnsafeMutablePointer<UInt8>) -> Int {
    if cp < 0x80 {
        out[0] = UInt8(cp); return 1
    } else if cp < 0x800 {
        out[0] = UInt8(0xC0 | cp >> 6); out[1] = UInt8(0x80 | cp & 0x3F); return 2
    } else if cp < 0x10000 {
        out[0] = UInt8(0xE0 | cp >> 12); out[1] = UInt8(0x80 | (cp >> 6) & 0x3F); out[2] = UInt8(0x80 | cp & 0x3F); return 3
    } else {
        out[0] = UInt8(0xF0 | cp >> 18); out[1] = UInt8(0x80 | (cp >> 12) & 0x3F)
        out[2] = UInt8(0x80 | (cp >> 6) & 0x3F); out[3] = UInt8(0x80 | cp & 0x3F); return 4
    }
}

func utf8Bytes(_ cp: UInt32) -> [UInt8] {
    var buffer: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
    return withUnsafeMutableBytes(of: &buffer) { raw in
        let p = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
        let n = writeUTF8(cp, p)
        return Array(UnsafeBufferPointer(start: p, count: n))
    }
}

/// CJK ideograph blocks (URO, Extension A, compatibility, Extensions B–H).
@inline(__always)
func isHan(_ cp: UInt32) -> Bool {
    (0x4E00...0x9FFF).contains(cp) || (0x3400...0x4DBF).contains(cp) || (0xF900...0xFAFF).contains(cp)
        || (0x20000...0x323AF).contains(cp) || cp == 0x3007
}

/// Calls `body(key, first, second)` for every `key<TAB>value[ alt…]` line of an OpenCC dictionary,
/// with the code points of the key, the first candidate and the second candidate (if any).
func forEachEntry(_ blob: zh_data_blob, _ body: ([UInt32], [UInt32], [UInt32]?) -> Void) {
    guard let bytes = blob.bytes else { return }
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: blob.count), as: UTF8.self)
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
        if line.hasPrefix("#") { continue }
        let parts = line.split(separator: "\t", maxSplits: 1)
        guard parts.count == 2 else { continue }
        let key = parts[0].unicodeScalars.map(\.value)
        let candidates = parts[1].split(separator: " ")
        let value = (candidates.first ?? "").unicodeScalars.filter { $0 != "\r" }.map(\.value)
        let second = candidates.count > 1 ? candidates[1].unicodeScalars.filter { $0 != "\r" }.map(\.value) : nil
        if key.isEmpty || value.isEmpty { continue }
        body(key, value, second)
    }
}

func monotonicMilliseconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1_000_000
}
