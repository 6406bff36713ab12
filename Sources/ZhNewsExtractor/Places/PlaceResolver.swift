/// A name found in the gazetteer, with the divisions it may denote.
struct DivisionMention: Sendable {
    enum Status: Sendable, Equatable {
        /// Not decided yet.
        case pending
        /// One division: `unit`.
        case resolved
        /// Several divisions share the name and the text does not say which.
        case ambiguous
        /// A community or village the text does not place (no code): output like a pattern match.
        case unplaced
        /// A county or township named once by a unique name that nothing else in the text (no chain,
        /// no other place in its province, no outlet region) corroborates: output without a code.
        case uncorroborated
        /// Not a place mention after all (an unsupported short name).
        case dropped
    }

    var start: Int
    var end: Int
    /// The matched key (mentions with the same key do not support each other).
    var key: Int
    var candidates: [Int]
    /// Matched by a short or former name only.
    var aliasOnly: Bool
    /// Some division is named by the key as a former name.
    var former: Bool
    /// The candidates the key names only by a former name (`襄樊` → 襄阳市).
    var formerUnits: [Int]
    /// The name is a common word as well (`幸福社区`): accepted only inside a chain.
    var weak: Bool
    var chained = false
    /// Another gazetteer name overlaps this one in part (`南沙湾区块`): the reading is in doubt.
    var contested = false
    var status = Status.pending
    var unit: Int?
    /// How many divisions the name matched before the text was used.
    var candidateCount: Int

    init(start: Int, end: Int, key: Int, candidates: [Int], aliasOnly: Bool, former: Bool, formerUnits: [Int] = [], weak: Bool) {
        self.start = start
        self.end = end
        self.key = key
        self.candidates = candidates
        self.aliasOnly = aliasOnly
        self.former = former
        self.formerUnits = formerUnits
        self.weak = weak
        self.candidateCount = candidates.count
    }

    /// True when the text names the division(s) it denotes only by a former name: the resolved
    /// unit, or every remaining candidate.
    var namedByFormerName: Bool {
        guard former else { return false }
        if let unit { return formerUnits.contains(unit) }
        return !candidates.isEmpty && candidates.allSatisfy(formerUnits.contains)
    }
}

/// Decides which division each mention denotes, from the text itself.
///
/// 1. Chains: in `十堰市张湾区红卫街道界牌社区` each name keeps only the candidates under (or over)
///    a candidate of its neighbour.
/// 2. Context: a candidate is scored by its closest relation (same province 1, prefecture 2, county 3,
///    township 4) to the other places of the text — resolved ones, and the candidates of unresolved
///    ones when they are as close as a county — and to the outlet's region. The best candidate wins
///    when it beats every other one and reaches the mention's threshold.
/// 3. Otherwise the mention is `ambiguous` (no code); short county names and communities that
///    nothing supports are dropped or left without a code.
struct PlaceResolver {
    let gazetteer: Gazetteer

    /// Support needed (closest relation) for a name that is not enough on its own.
    static let supportForCountyShortName = 2
    /// A county short name unique nationwide (`张家港`, `如皋`) needs a place in its province only.
    static let supportForUniqueCountyShortName = 1
    static let supportForCommunity = 2
    /// Support needed to choose among several divisions, by level of the candidates.
    static func supportToChoose(level: Int) -> Int { level <= 3 ? 1 : 2 }

    /// `region` is the outlet's division; `trustedRegion` is false when it was read from the outlet's
    /// own name (it then helps to choose among candidates but does not corroborate a lone name).
    func resolve(_ mentions: inout [DivisionMention], region: Int?, trustedRegion: Bool = true) {
        guard !mentions.isEmpty else { return }
        linkChains(&mentions)
        linkChains(&mentions)
        markLoneCountiesInDoubt(&mentions)
        for index in mentions.indices {
            var mention = mentions[index]
            if mention.candidates.count == 1 && (mention.chained || !needsSupport(mention) && !needsCorroboration(mention)) {
                mention.status = .resolved
                mention.unit = mention.candidates[0]
            }
            mentions[index] = mention
        }
        var changed = true
        var rounds = 0
        while changed && rounds < 4 {
            changed = false
            rounds += 1
            for index in mentions.indices where mentions[index].status == .pending {
                if let unit = choose(index, in: mentions, region: region, trustedRegion: trustedRegion) {
                    mentions[index].status = .resolved
                    mentions[index].unit = unit
                    changed = true
                }
            }
        }
        for index in mentions.indices where mentions[index].status == .pending {
            let mention = mentions[index]
            let level = minimumLevel(mention)
            if level == 5 {
                mentions[index].status = mention.weak ? .dropped : .unplaced
            } else if mention.aliasOnly && level >= 3 {
                mentions[index].status = .dropped
            } else if mention.candidates.count > 1 {
                mentions[index].status = .ambiguous
            } else if needsCorroboration(mention) {
                mentions[index].status = .uncorroborated
            } else {
                mentions[index].status = .dropped
            }
        }
    }

    private func minimumLevel(_ mention: DivisionMention) -> Int {
        mention.candidates.map { gazetteer.level($0) }.min() ?? 0
    }

    /// Names that are not enough on their own: short county names, communities and villages.
    private func needsSupport(_ mention: DivisionMention) -> Bool {
        let level = minimumLevel(mention)
        if level == 5 { return true }
        if mention.aliasOnly && level >= 3 && !mention.former { return true }
        return false
    }

    /// A unique township name standing alone: the gazetteer knows one such division, but the text
    /// may mean a place it does not hold (abroad, after 2023, fiction). A county-level name unique
    /// nationwide (`义乌市`, `格尔木市`, `浦东新区`) resolves alone: Hong Kong, Macau and Taiwan are read
    /// from their own table first (``OutsidePlaces``), and such names are distinctive.
    private func needsCorroboration(_ mention: DivisionMention) -> Bool {
        let level = minimumLevel(mention)
        return (level == 4 || level == 3 && mention.contested) && !mention.chained && !mention.aliasOnly
    }

    private func threshold(_ mention: DivisionMention) -> Int {
        let level = minimumLevel(mention)
        if mention.candidates.count == 1 && needsCorroboration(mention) { return 1 }
        if level == 5 { return mention.weak ? Int.max : Self.supportForCommunity }
        if mention.aliasOnly && level >= 3 {
            return mention.candidates.count == 1 ? Self.supportForUniqueCountyShortName : Self.supportForCountyShortName
        }
        return Self.supportToChoose(level: level)
    }

    /// A county-level name unique nationwide is read in doubt (not resolved on its own) when it has
    /// two characters only (`东区`: generic), or when the text's other unique names of levels 1–3
    /// all lie in other provinces (`临江市` on a page about 南昌: the text may mean another place).
    private func markLoneCountiesInDoubt(_ mentions: inout [DivisionMention]) {
        // (unit, key) of every unique, unchained name of levels 1–3.
        var anchors: [(unit: Int, key: Int)] = []
        for mention in mentions where mention.candidates.count == 1 && !mention.chained && gazetteer.level(mention.candidates[0]) <= 3 {
            anchors.append((mention.candidates[0], mention.key))
        }
        for index in mentions.indices {
            let (unit, key, length) = (mentions[index].candidates.first, mentions[index].key, mentions[index].end - mentions[index].start)
            guard let unit, mentions[index].candidates.count == 1, !mentions[index].chained, !mentions[index].aliasOnly,
                  gazetteer.level(unit) == 3 else { continue }
            if length <= 2 { mentions[index].contested = true; continue }
            var others = false, sameProvince = false
            for anchor in anchors where anchor.key != key {
                others = true
                if gazetteer.relatedness(anchor.unit, unit) >= 1 { sameProvince = true; break }
            }
            if others && !sameProvince { mentions[index].contested = true }
        }
    }

    /// Keeps, in adjacent names, only the candidates that nest.
    private func linkChains(_ mentions: inout [DivisionMention]) {
        for index in mentions.indices.dropFirst() where mentions[index].start == mentions[index - 1].end {
            let upper = mentions[index - 1].candidates
            let lower = mentions[index].candidates.filter { unit in
                upper.contains { $0 != unit && gazetteer.isAncestor($0, of: unit) }
            }
            guard !lower.isEmpty else { continue }
            mentions[index].candidates = lower
            mentions[index].chained = true
            mentions[index - 1].candidates = upper.filter { parent in lower.contains { gazetteer.isAncestor(parent, of: $0) } }
            mentions[index - 1].chained = true
        }
    }

    /// The candidate the context supports, if it is clear enough.
    private func choose(_ index: Int, in mentions: [DivisionMention], region: Int?, trustedRegion: Bool) -> Int? {
        let mention = mentions[index]
        let region = trustedRegion || mention.candidates.count > 1 ? region : nil
        var best = 0, bestUnit: Int? = nil, tie = false
        for candidate in mention.candidates {
            var score = 0
            if let region { score = min(gazetteer.relatedness(candidate, region), gazetteer.level(region)) }
            for (other, peer) in mentions.enumerated() where other != index && peer.key != mention.key {
                switch peer.status {
                case .resolved:
                    if let unit = peer.unit { score = max(score, gazetteer.relatedness(candidate, unit)) }
                case .pending where peer.candidates.count <= 5:
                    // Another lone name corroborates at any level; an ambiguous one only when close.
                    let needed = peer.candidates.count == 1 ? 1 : 3
                    for unit in peer.candidates {
                        let related = gazetteer.relatedness(candidate, unit)
                        if related >= needed { score = max(score, related) }
                    }
                default:
                    break
                }
            }
            if score > best {
                best = score
                bestUnit = candidate
                tie = false
            } else if score == best {
                tie = true
            }
        }
        guard let bestUnit, !tie, best >= threshold(mention) else { return nil }
        return bestUnit
    }
}
