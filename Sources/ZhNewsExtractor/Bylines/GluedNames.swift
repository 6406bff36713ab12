/// Splits personal names that a renderer printed without the spaces between them
/// (`w3m -dump` drops a space between two Chinese characters: `记者 段彦超 廖艳` comes out as
/// `记者段彦超廖艳`).
///
/// A run of Han characters after a credit label is cut into names of a surname (single or
/// compound, ``ChineseSurnames``) and a given name of one or two characters, and optionally a
/// credit verb at its end (`陈智整合`: `整合`, `报道`). The cut is taken only when exactly one
/// cut exists: `段彦超廖艳` is `段彦超 廖艳` (`超` is no surname), `王乐文方敏` stays unread
/// (`王乐文 方敏` or `王乐 文方敏`), and so does a run of four (`阿依古丽` is one name). Runs are short (at most ``maxRunLength`` characters), so
/// counting every cut costs a few steps.
///
/// ```swift
/// GluedNames.split("段彦超廖艳")    // ["段彦超", "廖艳"]
/// GluedNames.split("王乐文方敏")    // nil: two cuts
/// GluedNames.split("陈智整合")      // ["陈智"]
/// ```
enum GluedNames {
    /// The longest run read: three names of four characters.
    static let maxRunLength = 12
    /// Credit verbs printed right after a name (`（记者陈智整合）`, `张三报道`).
    static let trailingVerbs = ["综合报道", "整合", "综合", "整理", "编译", "报道", "采写", "撰写"]

    /// The names of a glued run (folded to simplified script), or `nil` when the run is not
    /// names only, or could be cut more than one way. A single name comes back only when a
    /// credit verb was cut off after it.
    static func split<S: StringProtocol>(_ run: S) -> [String]? {
        let text = String(run)
        var characters = Array(text)
        var cutVerb = false
        if let verb = trailingVerbs.first(where: { characters.count > $0.count && text.hasSuffix($0) }) {
            characters.removeLast(verb.count)
            cutVerb = true
        }
        // Four characters are one name unless a verb was cut off: two names of two (`王帆李明`) and
        // one name of four (`阿依古丽`, `陈冯富珍`) print alike.
        guard characters.count >= (cutVerb ? 2 : 5), characters.count <= maxRunLength,
              characters.allSatisfy({ $0.unicodeScalars.allSatisfy(PersonalNameCheck.isHan) }) else { return nil }
        // ways[i]: how many cuts the first i characters have (capped at 2), and the last name's length.
        var ways = [Int](repeating: 0, count: characters.count + 1)
        var lastLength = [Int](repeating: 0, count: characters.count + 1)
        ways[0] = 1
        for end in 2...characters.count {
            for length in 2...4 where length <= end && ways[end - length] > 0 {
                guard isName(characters[(end - length)..<end]) else { continue }
                ways[end] = min(2, ways[end] + ways[end - length])
                lastLength[end] = length
            }
        }
        guard ways[characters.count] == 1 else { return nil }
        var names: [String] = []
        var end = characters.count
        while end > 0 {
            names.append(String(characters[(end - lastLength[end])..<end]))
            end -= lastLength[end]
        }
        guard names.count >= 2 || cutVerb else { return nil }
        return names.reversed()
    }

    /// A surname and one or two characters of given name (a compound surname and one or two).
    private static func isName(_ characters: ArraySlice<Character>) -> Bool {
        let word = String(characters)
        let compound = characters.count >= 3 && ChineseSurnames.compound.contains(String(characters.prefix(2)))
        let length = compound ? characters.count - 2 : characters.count - 1
        guard (1...2).contains(length) else { return false }
        return PersonalNameCheck.isPersonalName(word)
    }
}
