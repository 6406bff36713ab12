/// Removes converter-inserted pinyin: a parenthesised single pinyin syllable with a tone mark (or ü)
/// directly after a Han character, as some sites' traditional-script converters print it:
/// `社區(qū)` → `社區`, `創(chuàng)新` → `創新`.
///
/// Nothing else is touched: `(湖北日报网)`, `(记者 张三)`, `(2024)`, `(GDP)`, `(ABC)`, toneless
/// `(qu)`, and a journalist's reading aid in full-width parentheses `郧（yún）阳` stay. A syllable after
/// U+FFFD is removed too, because the repaired damaged runs put U+FFFD where the Han character was lost.
///
/// ```swift
/// ConverterPinyinRemover.remove("環(huán)境").text   // "環境"
/// ```
package enum ConverterPinyinRemover {
    /// Removes the syllables; returns the text and how many were removed.
    package static func remove(_ text: String) -> (text: String, removed: Int) {
        var text = text
        return text.withUTF8 { input in
            guard let (bytes, count) = remove(utf8: input) else { return nil as (String, Int)? }
            return (String(decoding: bytes, as: UTF8.self), count)
        } ?? (text, 0)
    }

    /// `nil` when nothing is removed.
    static func remove(utf8 input: UnsafeBufferPointer<UInt8>) -> ([UInt8], Int)? {
        guard let src = input.baseAddress else { return nil }
        let n = input.count
        var out: [UInt8] = []
        var copiedUpTo = 0
        var removed = 0
        var i = 0
        while i < n {
            guard src[i] == 0x28, followsHanOrReplacement(src, i) else { i += 1; continue }
            guard let end = syllableEnd(src, n, i + 1) else { i += 1; continue }
            if out.isEmpty { out.reserveCapacity(n) }
            out.append(contentsOf: UnsafeBufferPointer(start: src + copiedUpTo, count: i - copiedUpTo))
            removed += 1
            i = end + 1
            copiedUpTo = i
        }
        if removed == 0 { return nil }
        out.append(contentsOf: UnsafeBufferPointer(start: src + copiedUpTo, count: n - copiedUpTo))
        return (out, removed)
    }

    /// The character before `i` is a Han ideograph or U+FFFD.
    private static func followsHanOrReplacement(_ src: UnsafePointer<UInt8>, _ i: Int) -> Bool {
        if i >= 3, src[i - 3] & 0xF0 == 0xE0 {
            let cp = UInt32(src[i - 3] & 0x0F) << 12 | UInt32(src[i - 2] & 0x3F) << 6 | UInt32(src[i - 1] & 0x3F)
            return cp == 0xFFFD || isHan(cp)
        }
        if i >= 4, src[i - 4] & 0xF8 == 0xF0 { return isHan(decode4(src, i - 4)) }
        return false
    }

    /// Parses one pinyin syllable with exactly one marked vowel from `start`; returns the index of
    /// the closing `)`, or `nil`.
    private static func syllableEnd(_ src: UnsafePointer<UInt8>, _ n: Int, _ start: Int) -> Int? {
        var key: UInt64 = 0          // the syllable's base letters packed one byte each
        var count = 0
        var marked = 0
        var i = start
        while i < n {
            let b = src[i]
            if b == 0x29 { break }
            guard count < 6 else { return nil }
            if b >= 0x61, b <= 0x7A {
                key = key << 8 | UInt64(b)
                count += 1
                i += 1
                continue
            }
            let cp: UInt32
            if b & 0xE0 == 0xC0, i + 1 < n {
                cp = UInt32(b & 0x1F) << 6 | UInt32(src[i + 1] & 0x3F); i += 2
            } else if b & 0xF0 == 0xE0, i + 2 < n {
                cp = UInt32(b & 0x0F) << 12 | UInt32(src[i + 1] & 0x3F) << 6 | UInt32(src[i + 2] & 0x3F); i += 3
            } else {
                return nil
            }
            guard let base = markedVowels[cp] else { return nil }
            key = key << 8 | UInt64(base.asciiValue!)
            count += 1
            marked += 1
        }
        guard i < n, src[i] == 0x29, marked == 1, count > 0 else { return nil }
        return syllables.contains(key) ? i : nil
    }

    /// Every syllable shape accepted by ``isSyllable(_:)``, packed as in `syllableEnd`.
    private static let syllables: Set<UInt64> = {
        var result: Set<UInt64> = []
        var candidates = Array(finals)
        for initial in initials { for final in finals { candidates.append(initial + final) } }
        for candidate in candidates where isSyllable(candidate) && candidate.utf8.count <= 6 {
            result.insert(candidate.utf8.reduce(0) { $0 << 8 | UInt64($1) })
        }
        return result
    }()

    /// Tone-marked vowels and ü (plus the syllabic nasals ń ň ǹ ḿ), by code point, with their base letter
    /// (`v` for ü).
    static let markedVowels: [UInt32: Character] = {
        var table: [UInt32: Character] = [:]
        let groups: [(String, Character)] = [
            ("āáǎà", "a"), ("ēéěè", "e"), ("īíǐì", "i"), ("ōóǒò", "o"), ("ūúǔù", "u"),
            ("ǖǘǚǜü", "v"), ("ńňǹ", "n"), ("ḿ", "m"), ("ê", "e"),
        ]
        for (marks, base) in groups { for scalar in marks.unicodeScalars { table[scalar.value] = base } }
        return table
    }()

    private static let initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"]
    private static let finals: Set<String> = [
        "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er",
        "ia", "ie", "iao", "iu", "iou", "ian", "in", "iang", "ing", "iong",
        "ua", "uo", "uai", "ui", "uei", "uan", "un", "uen", "uang", "ueng",
        "ve", "ue", "van", "vn", "n", "ng", "m",
    ]

    /// A plain syllable shape check: optional initial, then a standard final (ü written `v`).
    static func isSyllable(_ letters: String) -> Bool {
        if finals.contains(letters) { return true }
        for initial in initials where letters.hasPrefix(initial) {
            let rest = String(letters.dropFirst(initial.count))
            if !rest.isEmpty, finals.contains(rest), rest != "n", rest != "ng", rest != "m" { return true }
        }
        return false
    }
}
