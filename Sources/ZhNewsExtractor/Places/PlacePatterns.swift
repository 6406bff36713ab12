import ZhNewsModel

/// A community, village, compound, road or address found by its suffix (not by the gazetteer).
struct PatternMatch: Sendable {
    var start: Int
    var end: Int
    var kind: PlaceMention.Kind
    /// The stem is a common word that is also a name (`和谐小区`): kept only when anchored.
    var weak: Bool
}

/// Finds names by their suffix: `…小区`, `…苑`, `…路`, `…巷`, `…社区`, `…村`, `民主路727-8-1号`, `28号楼`.
///
/// The name is the run of Han characters before the suffix, cut after the rightmost cut word
/// (`走进`, `的`, `至` …) and never across the end of a division name (`凯旋社区|永光新村小区`).
/// A run that is longer than a name can be and has no cut word is rejected rather than cut short,
/// so names come out whole (`西城佳苑小区`, never `城佳苑小区`).
struct PlacePatterns: Sendable {
    static let shared = PlacePatterns()

    private struct Suffix {
        let scalars: [UInt32]
        let kind: PlaceLexicon.SuffixKind
        let falseNext: Set<UInt32>
        let endings1: Set<UInt32>
        let endings2: Set<[UInt32]>
    }

    private let suffixesByFirst: [UInt32: [Suffix]]
    /// One bit per BMP scalar that starts a suffix: most characters are ruled out without hashing.
    private let suffixFirstBits: [UInt64]
    /// Cut words that never occur inside names (`的`, `在`, `该`): the stem always starts after them.
    private let hardCuts: [[UInt32]]
    /// Cut words that may begin a name (`和` in `和谐`): they cut only when 2+ characters remain.
    private let softCuts: [[UInt32]]
    /// ``hardCuts`` and ``softCuts`` together, built once (not per match).
    private let allCuts: [[UInt32]]
    private let stopStems: Set<[UInt32]>
    private let weakStems: Set<[UInt32]>
    private let hao = PlaceNames.scalars("号")
    private let addressTails = [PlaceNames.scalars("号楼"), PlaceNames.scalars("号院")]

    static let softCutWords: Set<String> = ["和", "同", "向", "进", "出", "入", "与", "及", "经", "于", "由", "之", "如", "随", "往", "跟", "至", "并", "而", "且", "即", "就", "也", "还", "又", "所", "每", "其", "我", "他", "她", "你", "以"]

    init() {
        var byFirst: [UInt32: [Suffix]] = [:]
        for (text, kind) in PlaceLexicon.suffixes {
            let endings = PlaceLexicon.genericEndings[text] ?? []
            let suffix = Suffix(
                scalars: PlaceNames.scalars(text), kind: kind,
                falseNext: Set((PlaceLexicon.suffixFalseNext[text] ?? []).flatMap { $0.unicodeScalars.map(\.value) }),
                endings1: Set(endings.filter { $0.count == 1 }.map { $0.unicodeScalars.first!.value }),
                endings2: Set(endings.filter { $0.count == 2 }.map { PlaceNames.scalars(String($0)) })
            )
            byFirst[suffix.scalars[0], default: []].append(suffix)
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.scalars.count > $1.scalars.count } }
        suffixesByFirst = byFirst
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for first in byFirst.keys where first < 0x10000 { bits[Int(first >> 6)] |= 1 << UInt64(first & 63) }
        suffixFirstBits = bits
        let cuts = PlaceLexicon.cutWords.map(PlaceNames.scalars).sorted { $0.count > $1.count }
        hardCuts = cuts.filter { !Self.softCutWords.contains(String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init)))) }
        softCuts = cuts.filter { Self.softCutWords.contains(String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init)))) }
        allCuts = hardCuts + softCuts
        stopStems = Set(PlaceLexicon.stopStems.map(PlaceNames.scalars))
        weakStems = Set(PlaceLexicon.weakStems.map(PlaceNames.scalars))
    }

    static func isHan(_ s: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(s) || (0x3400...0x4DBF).contains(s) || (0x20000...0x2EBEF).contains(s) || s == 0x3007
    }

    static func isDigit(_ s: UInt32) -> Bool { (0x30...0x39).contains(s) || (0xFF10...0xFF19).contains(s) }

    @inline(__always)
    private func matches(_ word: [UInt32], in text: [UInt32], at position: Int) -> Bool {
        guard position >= 0, position + word.count <= text.count else { return false }
        for k in 0..<word.count where text[position + k] != word[k] { return false }
        return true
    }

    private func mayStartSuffix(_ scalar: UInt32) -> Bool {
        scalar >= 0x10000 || suffixFirstBits[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0
    }

    /// Pattern matches in `text`. `bounds[i]` is true where a division name ends at `i`: a stem
    /// never reaches back across it.
    func scan(_ text: [UInt32], bounds: [Bool]) -> [PatternMatch] {
        var out: [PatternMatch] = []
        let count = text.count
        var i = 0
        while i < count {
            let first = text[i]
            if mayStartSuffix(first), let candidates = suffixesByFirst[first] {
                for suffix in candidates where matches(suffix.scalars, in: text, at: i) {
                    if let match = match(suffix, at: i, in: text, bounds: bounds) { out.append(match) }
                }
            }
            if Self.isDigit(first), i == 0 || !Self.isDigit(text[i - 1]) {
                if let address = standaloneAddress(at: i, in: text) { out.append(address) }
            }
            i += 1
        }
        return out
    }

    private func match(_ suffix: Suffix, at position: Int, in text: [UInt32], bounds: [Bool]) -> PatternMatch? {
        let end = position + suffix.scalars.count
        // The run of Han characters before the suffix, back to a division end or a non-Han character.
        let maxRun = 12
        var start = position
        while start > 0, position - start < maxRun, Self.isHan(text[start - 1]), !bounds[start] { start -= 1 }
        let runCapped = position - start == maxRun && start > 0 && Self.isHan(text[start - 1]) && !bounds[start]
        // A cut word right before the suffix leaves no name (`该小区`, `的小区`, `进入小区`).
        for word in allCuts where word.count <= position - start && matches(word, in: text, at: position - word.count) {
            return nil
        }
        var stemStart = start
        var cut = false
        var cutWord: [UInt32] = []
        // The rightmost hard cut.
        search: for p in stride(from: position - 1, through: start, by: -1) {
            for word in hardCuts where p + word.count <= position && matches(word, in: text, at: p) {
                stemStart = p + word.count
                cut = true
                cutWord = word
                break search
            }
        }
        // A soft cut to the right of it, when it leaves 2 or more characters.
        soft: for p in stride(from: position - 3, through: stemStart, by: -1) {
            for word in softCuts where p + word.count <= position - 2 && matches(word, in: text, at: p) {
                stemStart = p + word.count
                cut = true
                cutWord = word
                break soft
            }
        }
        if !cut && runCapped { return nil }
        let stemLength = position - stemStart
        guard stemLength >= 2, stemLength <= (PlaceLexicon.longestStem[suffix.kind] ?? 5) else { return nil }
        let stem = Array(text[stemStart..<position])
        // The word the suffix makes with the last stem characters (`道路`, `农村`, `美食街`).
        if suffix.endings1.contains(stem[stem.count - 1]) { return nil }
        if suffix.endings2.contains(Array(stem.suffix(2))) { return nil }
        if stopStems.contains(stem) { return nil }
        for length in 2...min(4, stem.count) {
            for from in 0...(stem.count - length) where stopStems.contains(Array(stem[from..<(from + length)])) { return nil }
        }
        // The character after the suffix: `街道`, `路径`, `村民` are other words.
        if end < text.count, suffix.falseNext.contains(text[end]) {
            let rangeEnd = suffix.kind == .road && text[end] == 0x6BB5 && cutWord == PlaceNames.scalars("至")   // 五一路段 after 至
            if !rangeEnd { return nil }
        }
        var kind: PlaceMention.Kind
        switch suffix.kind {
        case .compound: kind = .compound
        case .road: kind = .road
        case .community: kind = .community
        case .village: kind = .village
        }
        var matchEnd = end
        if suffix.kind == .road, let addressEnd = houseNumberEnd(after: end, in: text) {
            matchEnd = addressEnd
            kind = .address
        }
        return PatternMatch(start: stemStart, end: matchEnd, kind: kind, weak: suffix.kind != .road && weakStems.contains(stem))
    }

    /// `727-8-1号` right after a road: the end of the number.
    private func houseNumberEnd(after position: Int, in text: [UInt32]) -> Int? {
        var i = position
        guard i < text.count, Self.isDigit(text[i]) else { return nil }
        while i < text.count {
            if Self.isDigit(text[i]) { i += 1; continue }
            if [0x2D, 0xFF0D, 0x2014, 0x2013, 0x4E4B].contains(text[i]), i + 1 < text.count, Self.isDigit(text[i + 1]) { i += 1; continue }
            break
        }
        guard matches(hao, in: text, at: i) else { return nil }
        i += 1
        if i < text.count, text[i] == 0x9662 || text[i] == 0x697C { i += 1 }   // 院 楼
        return i
    }

    /// `28号楼`, `3号院` on their own.
    private func standaloneAddress(at position: Int, in text: [UInt32]) -> PatternMatch? {
        var i = position
        while i < text.count, Self.isDigit(text[i]) { i += 1 }
        guard i - position <= 4 else { return nil }
        for tail in addressTails where matches(tail, in: text, at: i) {
            return PatternMatch(start: position, end: i + tail.count, kind: .address, weak: false)
        }
        return nil
    }
}
