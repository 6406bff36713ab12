import ZhNewsModel

/// Turns resolved division mentions and pattern matches into ``PlaceHit``s, in text order.
///
/// A community, village, compound, road or address written right after a division or community
/// (`红卫街道界牌社区`, `凯旋社区永光新村小区`, `南昌路社区的和谐小区`) is attached to it: its path is the
/// anchor's path plus its own name. A pattern name whose stem is a common word (`和谐小区`) is kept
/// only when it is attached somewhere in the text.
struct PlaceOutput {
    let text: [UInt32]
    let gazetteer: Gazetteer

    private static let de: UInt32 = 0x7684   // 的
    private static let newline: UInt32 = 0x0A

    func string(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        for value in text[start..<end] { if let scalar = Unicode.Scalar(value) { view.append(scalar) } }
        return String(view)
    }

    private func kind(level: Int, name: String) -> PlaceMention.Kind {
        switch level {
        case 1: return .province
        case 2: return .prefecture
        case 3: return .county
        case 4: return .township
        default: return name.hasSuffix("村") ? .village : .community
        }
    }

    func hits(divisions: [DivisionMention], patterns: [PatternMatch]) -> [PlaceHit] {
        struct Item { var start: Int; var end: Int; var hit: PlaceHit; var canAnchor: Bool; var weak: Bool }
        var items: [Item] = []
        for mention in divisions {
            let surface = string(mention.start, mention.end)
            let levels = mention.candidates.map { gazetteer.level($0) }
            let level = levels.min() ?? 5
            switch mention.status {
            case .resolved:
                guard let unit = mention.unit else { continue }
                let name = gazetteer.name(unit)
                let placeMention = PlaceMention(
                    text: surface, start: mention.start, end: mention.end, kind: kind(level: gazetteer.level(unit), name: name),
                    name: name, code: gazetteer.codeString(unit), path: gazetteer.path(unit), ambiguous: false,
                    former: mention.namedByFormerName, candidates: nil)
                items.append(Item(start: mention.start, end: mention.end,
                                  hit: PlaceHit(mention: placeMention, former: placeMention.former, candidates: mention.candidateCount),
                                  canAnchor: gazetteer.level(unit) >= 4, weak: false))
            case .ambiguous, .unplaced, .uncorroborated:
                let names = Set(mention.candidates.map { gazetteer.name($0) })
                let name = names.count == 1 ? names.first! : surface
                let ambiguous = mention.status != .uncorroborated && mention.candidates.count > 1
                let placeMention = PlaceMention(
                    text: surface, start: mention.start, end: mention.end, kind: kind(level: level, name: name),
                    name: name, code: nil, path: [], ambiguous: ambiguous,
                    former: mention.namedByFormerName, candidates: ambiguous ? mention.candidates.count : nil)
                items.append(Item(start: mention.start, end: mention.end,
                                  hit: PlaceHit(mention: placeMention, former: placeMention.former, candidates: mention.candidateCount),
                                  canAnchor: mention.status == .unplaced, weak: false))
            case .pending, .dropped:
                continue
            }
        }
        for pattern in patterns {
            let surface = string(pattern.start, pattern.end)
            let placeMention = PlaceMention(
                text: surface, start: pattern.start, end: pattern.end, kind: pattern.kind, name: surface, code: nil, path: [], ambiguous: false)
            items.append(Item(start: pattern.start, end: pattern.end, hit: PlaceHit(mention: placeMention, former: false, candidates: 0),
                              canAnchor: pattern.kind == .community || pattern.kind == .village || pattern.kind == .compound,
                              weak: pattern.weak))
        }
        items.sort { $0.start < $1.start }

        // Villages and communities of every province (when `divisions-l5.tsv` is installed): a name
        // found by suffix right after a township or county, or after a township named earlier in
        // the same paragraph, takes the code of the one unit of that name under it.
        let villages = NationalVillages.shared
        if villages.isAvailable {
            var lastTownship: Int?
            for index in items.indices {
                let mention = items[index].hit.mention
                if mention.kind == .township, mention.code != nil { lastTownship = index; continue }
                if let township = lastTownship, text[items[township].end..<mention.start].contains(Self.newline) { lastTownship = nil }
                guard mention.code == nil, !mention.ambiguous, mention.kind == .village || mention.kind == .community,
                      items[index].hit.candidates == 0 else { continue }
                var anchors: [Int] = []
                if index > 0 {
                    let previous = items[index - 1]
                    let start = items[index].start
                    if previous.end == start || (previous.end == start - 1 && text[previous.end] == Self.de) { anchors.append(index - 1) }
                }
                if let township = lastTownship { anchors.append(township) }
                for anchor in anchors {
                    let parent = items[anchor].hit.mention
                    guard let code = parent.code.flatMap({ UInt64($0) }) else { continue }
                    let span: UInt64 = parent.kind == .township ? 1_000 : parent.kind == .county ? 1_000_000 : 0
                    guard span > 0, let found = villages.unit(named: PlaceNames.scalars(mention.name), codes: (code + 1)..<(code + span)) else { continue }
                    var name = String.UnicodeScalarView()
                    for value in found.name { if let scalar = Unicode.Scalar(value) { name.append(scalar) } }
                    let digits = String(found.code)
                    items[index].hit.mention.code = String(repeating: "0", count: max(0, 12 - digits.count)) + digits
                    items[index].hit.mention.name = String(name)
                    items[index].hit.mention.path = parent.path + [String(name)]
                    break
                }
            }
        }

        // Attach pattern names to the place written right before them.
        var anchoredPaths: [String: [String]] = [:]
        var anchored = [Bool](repeating: false, count: items.count)
        for index in items.indices.dropFirst() where items[index].hit.mention.code == nil && !items[index].hit.mention.ambiguous {
            let previous = items[index - 1]
            let start = items[index].start
            let adjacent = previous.end == start || (previous.end == start - 1 && text[previous.end] == Self.de)
            guard adjacent, previous.canAnchor else { continue }
            anchored[index] = true
            let name = items[index].hit.mention.name
            if !previous.hit.mention.path.isEmpty {
                items[index].hit.mention.path = previous.hit.mention.path + [name]
            }
            if anchoredPaths[items[index].hit.mention.text]?.isEmpty ?? true {
                anchoredPaths[items[index].hit.mention.text] = items[index].hit.mention.path
            }
        }
        var out: [PlaceHit] = []
        for (index, item) in items.enumerated() {
            var hit = item.hit
            if hit.candidates == 0, !anchored[index] {
                if let path = anchoredPaths[hit.mention.text] {
                    hit.mention.path = path
                } else if item.weak {
                    continue
                }
            }
            // A village or community with no parent in its chain: level-5 names are massively
            // shared across the country, so it stays ambiguous, without a code.
            if hit.mention.code == nil, hit.mention.path.isEmpty, hit.mention.kind == .village || hit.mention.kind == .community {
                hit.mention.ambiguous = true
            }
            out.append(hit)
        }
        return out
    }
}
