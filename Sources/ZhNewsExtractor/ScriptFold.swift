import ZhNewsData
import ZhNewsModel

/// Reading in either script: `記者` and `记者` are the same label, whatever `--script` says. The
/// one character fold of the project: bylines, info lines and outlets read through it, and the
/// pipeline folds a whole layout with it under `--script keep` (`ScriptFoldedView`).
///
/// The lexicons are written in simplified script. A line is folded character by character
/// (traditional → first simplified form in OpenCC's `TSCharacters`, embedded in `ZhNewsData`), read,
/// and the names and labels found are given back as the page printed them: the fold keeps the
/// number of characters, so a name's place in the folded line is its place in the original.
///
/// ```swift
/// ScriptFold.fold("〔記者吳柏軒／台北報導〕")   // "〔记者吴柏轩／台北报导〕"
/// ```
package enum ScriptFold {
    /// Traditional → simplified, single code points only (first candidate).
    static let table: [Unicode.Scalar: Unicode.Scalar] = {
        let blob = zh_data_opencc_ts_characters()
        guard let base = blob.bytes, blob.count > 0 else { return [:] }
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        table.reserveCapacity(4096)
        let text = String(decoding: UnsafeBufferPointer(start: base, count: blob.count), as: UTF8.self)
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            // `key<TAB>value[ value…]`: one scalar each side is all the fold needs.
            let scalars = Array(String(decoding: line, as: UTF8.self).unicodeScalars.prefix(3))
            guard scalars.count == 3, scalars[1] == "\t", scalars[2] != " " else { continue }
            table[scalars[0]] = scalars[2]
        }
        return table
    }()

    /// Simplified → every traditional code point folded to it (`记` → `記`).
    static let unfold: [Unicode.Scalar: [Unicode.Scalar]] = {
        var inverse: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        for (traditional, simplified) in table { inverse[simplified, default: []].append(traditional) }
        return inverse
    }()

    /// Every spelling of a simplified phrase in either script (`记者` → `记者`, `記者`), at most `limit`.
    static func spellings(of phrase: String, limit: Int = 64) -> [String] {
        var results = [""]
        for scalar in phrase.unicodeScalars {
            let options = [scalar] + (unfold[scalar] ?? []).sorted { $0.value < $1.value }
            results = Array(results.flatMap { prefix in options.map { prefix + String($0) } }.prefix(limit))
        }
        return results
    }

    /// The text with every traditional character replaced by its simplified form; same character
    /// count (only whole CJK code points are replaced, so no grapheme boundary moves).
    package static func fold(_ text: String) -> String {
        // Simplified and Latin text passes through without a copy.
        guard text.unicodeScalars.contains(where: { fold($0) != $0 }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(fold(scalar)) }
        return String(scalars)
    }

    /// One code point folded (itself when it has no simplified form).
    package static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value < 0x2E80 ? scalar : table[scalar] ?? scalar
    }

    /// Reads `text` folded, then gives names and labels back in the page's own script.
    static func reading(_ text: String, _ read: (String) -> [Byline]) -> [Byline] {
        let folded = fold(text)
        let bylines = read(folded)
        guard folded != text, !bylines.isEmpty else { return bylines }
        let original = Array(text)
        let foldedCharacters = Array(folded)
        return bylines.map { byline in
            var restored = byline
            restored.name = span(of: byline.name, in: foldedCharacters, original: original)
            restored.label = span(of: byline.label, in: foldedCharacters, original: original)
            return restored
        }
    }

    /// `piece` as the original text prints it, where the folded text holds it; else `piece` itself.
    static func span(of piece: String, in folded: [Character], original: [Character]) -> String {
        let needle = Array(piece)
        guard !needle.isEmpty, needle.count <= folded.count else { return piece }
        var start = 0
        while start + needle.count <= folded.count {
            if folded[start] == needle[0], folded[start..<(start + needle.count)].elementsEqual(needle) {
                return String(original[start..<(start + needle.count)])
            }
            start += 1
        }
        return piece
    }
}
