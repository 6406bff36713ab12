import ZhNews
import ZhNewsExtractor

/// The scoring rules of the dev set's README (`../shared/data/devset/README.md`), one function
/// per measure, computed exactly as the project's Python scorer did (the same figures to the
/// last digit): scripts folded first (OpenCC `TSCharacters`, first simplified form: ``ScriptFold``).
enum DevsetMetrics {
    /// Byline roles that count as authors (editors and the outlet do not).
    static let authorRoles: Set<String> = ["reporter", "correspondent", "special-correspondent", "intern", "author"]

    /// Body precision, recall and F1 over the multiset of letters and digits (CJK included),
    /// scripts folded. An empty output scores precision 1 only against an empty gold.
    static func body(gold paragraphs: [String], text: String?) -> (precision: Double, recall: Double, f1: Double) {
        let gold = counted(paragraphs.joined()), got = counted(text ?? "")
        var overlap = 0
        for (scalar, count) in got { overlap += min(count, gold[scalar] ?? 0) }
        let goldTotal = gold.values.reduce(0, +), gotTotal = got.values.reduce(0, +)
        let precision = gotTotal > 0 ? Double(overlap) / Double(gotTotal) : (goldTotal == 0 ? 1.0 : 0.0)
        let recall = goldTotal > 0 ? Double(overlap) / Double(goldTotal) : 1.0
        return (precision, recall, f1(precision, recall))
    }

    static func f1(_ precision: Double, _ recall: Double) -> Double {
        precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall)
    }

    /// The letters and digits of a text, scripts folded, counted.
    static func counted(_ text: String) -> [Unicode.Scalar: Int] {
        var counts: [Unicode.Scalar: Int] = [:]
        for scalar in text.unicodeScalars {
            let folded = ScriptFold.fold(scalar)
            if isAlphanumeric(folded) { counts[folded, default: 0] += 1 }
        }
        return counts
    }

    /// A letter (general category L*) or a character with a numeric value: Python's `isalnum`.
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return scalar.properties.numericType != nil
        }
    }

    /// Title exact match after folding and collapsing white space.
    static func titleMatches(gold: String?, got: String?) -> Bool {
        collapse(gold) == collapse(got)
    }

    /// The titles agree once every space is dropped: a renderer that deletes the space between
    /// two Chinese characters (`w3m -dump`) cannot give the exact title, and this tells that
    /// apart from a wrong line. Reported beside the exact score, never instead of it.
    static func titleMatchesIgnoringSpaces(gold: String?, got: String?) -> Bool {
        collapse(gold).filter { $0 != " " } == collapse(got).filter { $0 != " " }
    }

    /// The text folded, runs of white space as one space, trimmed.
    static func collapse(_ text: String?) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in ScriptFold.fold(text ?? "").unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output.append(" ") }
            pendingSpace = false
            output.append(scalar)
        }
        return String(output)
    }

    /// White space as Python's `str.isspace` (and `\s`) sees it.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// A publish time's parts: `2024-05-13`, `12:03`, seconds, zone (`+08:00` or `Z`).
    struct Timestamp: Equatable {
        var date: String
        var minute: String?
        var second: String?
        var zone: String?

        /// Reads `YYYY-MM-DD[THH:MM[:SS][±HH:MM|Z]]`; nil for anything else.
        init?(_ text: String) {
            let chars = Array(text)
            func digits(_ range: Range<Int>) -> Bool { range.upperBound <= chars.count && chars[range].allSatisfy { $0.isASCII && $0.isNumber } }
            func piece(_ range: Range<Int>) -> String { String(chars[range]) }
            guard digits(0..<4), chars.count >= 10, chars[4] == "-", digits(5..<7), chars[7] == "-", digits(8..<10) else { return nil }
            date = piece(0..<10)
            var index = 10
            guard index < chars.count else { return }
            guard chars[index] == "T", digits(11..<13), chars.count > 13, chars[13] == ":", digits(14..<16) else { return nil }
            minute = piece(11..<16)
            index = 16
            if index < chars.count, chars[index] == ":" {
                guard digits(17..<19) else { return nil }
                second = piece(17..<19)
                index = 19
            }
            if index < chars.count {
                if chars[index] == "Z", index + 1 == chars.count {
                    zone = "Z"
                } else if chars[index] == "+" || chars[index] == "-", index + 6 == chars.count, digits(index + 1..<index + 3), chars[index + 3] == ":", digits(index + 4..<index + 6) {
                    zone = piece(index..<index + 6)
                } else {
                    return nil
                }
            }
        }
    }

    /// Whether the date matches (nil when the gold has none), and the date and time at the
    /// gold's precision (nil when the gold has no time): seconds when the gold states them
    /// (missing ones read as `00`), zones only when both state one.
    static func published(gold: String?, got: String?) -> (date: Bool?, dateTime: Bool?) {
        guard let gold, let expected = Timestamp(gold) else { return (nil, nil) }
        let actual = got.flatMap(Timestamp.init)
        let dateOK = actual?.date == expected.date
        guard let minute = expected.minute else { return (dateOK, nil) }
        var timeOK = dateOK && actual?.minute != nil && actual?.minute == minute
        if timeOK, let second = expected.second { timeOK = (actual?.second ?? "00") == second }
        if timeOK, let zone = expected.zone, let actualZone = actual?.zone { timeOK = zone == actualZone }
        return (dateOK, timeOK)
    }

    /// Set F1 over author names (bylines whose role is an author role), scripts folded; both
    /// empty scores 1.
    static func authors(gold: [String], bylines: [(role: String, name: String)]) -> Double {
        let names = Set(bylines.filter { authorRoles.contains($0.role) }.map { ScriptFold.fold($0.name) })
        let expected = Set(gold.map { ScriptFold.fold($0) })
        if expected.isEmpty, names.isEmpty { return 1.0 }
        let overlap = Double(expected.intersection(names).count)
        let precision = names.isEmpty ? 0.0 : overlap / Double(names.count)
        let recall = expected.isEmpty ? 0.0 : overlap / Double(expected.count)
        return f1(precision, recall)
    }
}
