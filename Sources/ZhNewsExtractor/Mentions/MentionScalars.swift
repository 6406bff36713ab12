/// Shared scanning support for the mention extractors: the text as an array of code points,
/// character classes, and word tables compiled from the lexicons.
///
/// Offsets everywhere are indexes into `ScalarText.scalars`, i.e. Unicode code points, which are
/// the `start`/`end` offsets of the mention records.

/// The code points of a text with bounds-safe access (out of range reads as NUL).
struct ScalarText {
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        var text = text
        scalars = text.withUTF8 { ScalarText.decode($0) }
    }

    /// UTF-8 to code points in one pass (valid UTF-8 is guaranteed by `String`).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            var i = 0
            var n = 0
            let end = bytes.count
            while i < end {
                let b0 = UInt32(bytes[i])
                var v: UInt32
                if b0 < 0x80 {
                    v = b0
                    i += 1
                } else if b0 < 0xE0 {
                    v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if b0 < 0xF0 {
                    v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                buffer[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
                n += 1
            }
            count = n
        }
    }

    var count: Int { scalars.count }

    @inline(__always)
    subscript(_ index: Int) -> Unicode.Scalar {
        index >= 0 && index < scalars.count ? scalars[index] : "\u{0}"
    }

    /// The text of `start..<end`.
    func string(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// True when `word` occurs at `index`.
    @inline(__always)
    func has(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= scalars.count else { return false }
        var k = 0
        while k < word.count {
            if scalars[index + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// True when `word` ends right before `end`.
    @inline(__always)
    func has(_ word: [Unicode.Scalar], endingAt end: Int) -> Bool {
        has(word, at: end - word.count)
    }

    /// Index of the first non-space (ASCII space, tab, U+3000, NBSP) at or after `index`.
    func skipSpaces(_ index: Int) -> Int {
        var j = index
        while j < scalars.count, Scalars.isSpace(scalars[j]) { j += 1 }
        return j
    }
}

/// Character classes used by both extractors.
enum Scalars {
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value &- 0x30 < 10 }
    @inline(__always) static func digit(_ c: Unicode.Scalar) -> Int { Int(c.value &- 0x30) }
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool { (c.value | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isAlnum(_ c: Unicode.Scalar) -> Bool { isDigit(c) || isLetter(c) }
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}"
    }
    /// CJK ideographs (URO and extension A).
    @inline(__always) static func isHan(_ c: Unicode.Scalar) -> Bool {
        (c.value &- 0x4E00 < 0x5200) || (c.value &- 0x3400 < 0x19C0)
    }
    /// Ends of a clause: sentence punctuation, semicolons and line breaks.
    @inline(__always) static func isClauseEnd(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "！", "？", "；", "!", "?", ";", "\n": return true
        default: return false
        }
    }

    /// Value of a Chinese digit (〇零一二两三四五六七八九, and the financial 壹贰叁肆伍陆柒捌玖), else nil.
    @inline(__always) static func chineseDigit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "〇", "零": return 0
        case "一", "壹": return 1
        case "二", "两", "贰": return 2
        case "三", "叁": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }

    /// Value of a Chinese place character (十百千万亿, and the financial 拾佰仟), else nil.
    @inline(__always) static func chinesePlace(_ c: Unicode.Scalar) -> Double? {
        switch c {
        case "十", "拾": return 10
        case "百", "佰": return 100
        case "千", "仟": return 1_000
        case "万": return 10_000
        case "亿": return 100_000_000
        default: return nil
        }
    }

    @inline(__always) static func isChineseNumeral(_ c: Unicode.Scalar) -> Bool {
        chineseDigit(c) != nil || chinesePlace(c) != nil
    }
}

/// A set of BMP code points as a bitmap: the "may a word start here" test of a ``WordTable``.
struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var astral: Set<UInt32> = []

    init() {}

    mutating func insert(_ c: Unicode.Scalar) {
        if c.value < 0x10000 { bits[Int(c.value >> 6)] |= 1 << UInt64(c.value & 63) } else { astral.insert(c.value) }
    }

    @inline(__always) func contains(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x10000 { return bits[Int(c.value >> 6)] & (1 << UInt64(c.value & 63)) != 0 }
        return astral.contains(c.value)
    }
}

/// A set of code-point pairs as a 65,536-bit hashed bitmap: a cheap "may a two-character word
/// start here" test before a ``WordTable`` lookup (false positives possible, no false negatives).
struct ScalarPairSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    init() {}

    @inline(__always) private static func hash(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int {
        Int((a.value &* 0x9E37_79B1 ^ b.value &* 0x85EB_CA6B) >> 16 & 0xFFFF)
    }

    mutating func insert(_ a: Unicode.Scalar, _ b: Unicode.Scalar) {
        let h = Self.hash(a, b)
        bits[h >> 6] |= 1 << UInt64(h & 63)
    }

    @inline(__always) func contains(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let h = Self.hash(a, b)
        return bits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }
}

/// Words with a payload, matched longest first at a position of a ``ScalarText``.
struct WordTable<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        let word: [Unicode.Scalar]
        let payload: Payload
    }

    private(set) var starts = ScalarSet()
    /// First scalars, sorted, and the entries starting with each (longest first).
    private var keys: [UInt32] = []
    private var buckets: [[Entry]] = []

    init(_ entries: [(String, Payload)]) {
        var byFirst: [UInt32: [Entry]] = [:]
        for (word, payload) in entries {
            let scalars = Array(word.unicodeScalars)
            guard let first = scalars.first else { continue }
            starts.insert(first)
            byFirst[first.value, default: []].append(Entry(word: scalars, payload: payload))
        }
        keys = byFirst.keys.sorted()
        buckets = keys.map { key in byFirst[key]!.sorted { $0.word.count > $1.word.count } }
    }

    /// The longest entry at `index`, as (end index, payload).
    @inline(__always)
    func match(_ text: ScalarText, at index: Int) -> (end: Int, payload: Payload)? {
        let c = text[index]
        guard starts.contains(c) else { return nil }
        var lo = 0
        var hi = keys.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if keys[mid] < c.value { lo = mid + 1 } else { hi = mid }
        }
        guard lo < keys.count, keys[lo] == c.value else { return nil }
        for entry in buckets[lo] where text.has(entry.word, at: index) {
            return (index + entry.word.count, entry.payload)
        }
        return nil
    }

    /// All words, for tests.
    var words: [String] {
        buckets.flatMap { $0 }.map { String(String.UnicodeScalarView($0.word)) }
    }
}

/// Words matched backwards: the longest entry that ends right before a position.
struct SuffixTable<Payload: Sendable>: Sendable {
    private let entries: [WordTable<Payload>.Entry]
    private var ends = ScalarSet()

    init(_ list: [(String, Payload)]) {
        entries = list.map { WordTable<Payload>.Entry(word: Array($0.0.unicodeScalars), payload: $0.1) }
            .sorted { $0.word.count > $1.word.count }
        for entry in entries { if let last = entry.word.last { ends.insert(last) } }
    }

    /// The longest entry ending at `end`, as (start index, payload).
    @inline(__always)
    func match(_ text: ScalarText, endingAt end: Int) -> (start: Int, payload: Payload)? {
        guard ends.contains(text[end - 1]) else { return nil }
        for entry in entries where text.has(entry.word, endingAt: end) {
            return (end - entry.word.count, entry.payload)
        }
        return nil
    }
}

/// Per-code-point class bits for the BMP, so the scan loops skip ordinary characters with one load.
/// Code points above the BMP have no class (no digit, numeral or lexicon word starts there).
enum ScalarClasses {
    static let digit: UInt8 = 1
    static let letter: UInt8 = 2
    static let chineseNumeral: UInt8 = 4
    static let dateLead: UInt8 = 8
    static let figureIdiom: UInt8 = 16
    static let newline: UInt8 = 32

    static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for v in 0x30...0x39 { table[v] |= digit }
        for v in 0x41...0x5A { table[v] |= letter; table[v + 0x20] |= letter }
        for c in "〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟".unicodeScalars { table[Int(c.value)] |= chineseNumeral }
        table[0x0A] |= newline
        for v in 0..<0x10000 {
            guard let c = Unicode.Scalar(UInt32(v)) else { continue }
            if DateTables.leads.starts.contains(c) { table[v] |= dateLead }
            if FigureTables.nonFigureWords.starts.contains(c) { table[v] |= figureIdiom }
        }
        return table
    }()

    @inline(__always)
    static func of(_ c: Unicode.Scalar, in table: [UInt8]) -> UInt8 {
        c.value < 0x10000 ? table[Int(c.value)] : 0
    }
}
