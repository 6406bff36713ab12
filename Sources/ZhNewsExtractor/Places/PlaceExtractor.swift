import ZhNewsModel

/// A place mention with how many divisions its name matched before the text was read.
package struct PlaceHit: Sendable, Hashable {
    package var mention: PlaceMention
    /// Matched by a former name (`襄樊` → 襄阳市); the same as `mention.former`.
    package var former: Bool
    /// How many divisions the name matched before the text was used (0 for compounds, roads,
    /// addresses). `mention.candidates` counts those still possible after it, when ambiguous.
    package var candidates: Int
}

/// Place mentions in a record's text, resolved to China's official division codes (issue #7).
///
/// ```swift
/// let places = PlaceExtractor().places(in: record.text, outlet: record.outlet)
/// // 十堰市 420300000000 · 张湾区 420303000000 · 红卫街道 420303002000 · 界牌社区 420303002005 …
/// ```
///
/// One pass over the text's scalars finds every gazetteer name (``Gazetteer``), a second finds
/// suffix-built names (``PlacePatterns``); overlaps keep the longest; ``PlaceGuards`` remove
/// institutions and common words; ``PlaceResolver`` picks codes from the text and the outlet.
package struct PlaceExtractor: Sendable {
    package init() {}

    /// What one reading of a text finds.
    package struct Reading: Sendable {
        /// China's divisions (Hong Kong, Macau and Taiwan included), streets and addresses.
        package var places: [PlaceHit]
        /// Countries and major foreign cities (`world_places` of the record).
        package var world: [WorldPlaceMention]
    }

    package func places(in text: String, outlet: String?) -> [PlaceMention] {
        hits(in: text, outlet: outlet).map(\.mention)
    }

    package func hits(in text: String, outlet: String?) -> [PlaceHit] {
        read(text, outlet: outlet).places
    }

    /// Loads the tables besides the NBS gazetteer (Hong Kong / Macau / Taiwan, the world, the
    /// optional national level 5) now rather than on first use; returns the level-5 file's path
    /// when one is installed (see ``NationalVillages``).
    @discardableResult
    package static func loadOtherTables() -> String? {
        _ = OutsidePlaces.shared
        return NationalVillages.shared.path
    }

    /// Countries and major foreign cities named in `text`.
    package func worldPlaces(in text: String) -> [WorldPlaceMention] {
        read(text, outlet: nil).world
    }

    /// Places and world places in one pass.
    package func read(_ text: String, outlet: String?) -> Reading {
        let gazetteer = Gazetteer.shared
        let guards = PlaceGuards.shared
        let scalars = text.unicodeScalars.map(\.value)
        guard scalars.count >= 2 else { return Reading(places: [], world: []) }
        let outsideTable = OutsidePlaces.shared
        let boundaries = PlaceWordBoundaries(text: scalars) { word in
            gazetteer.index.key(word) != nil || outsideTable.index.key(word) != nil
        }

        // 1. Gazetteer names, longest first.
        var raw: [DivisionMention] = []
        gazetteer.index.forEachMatch(in: scalars) { start, end, key in
            if let mention = divisionMention(start: start, end: end, key: key, in: scalars, gazetteer: gazetteer, guards: guards),
               boundaries.isWord(start: start, end: end) {
                raw.append(mention)
            }
        }
        // Countries, foreign cities, Hong Kong / Macau / Taiwan: a division name inside a longer
        // (or as long) one of them is not read (`中国` is a country, `巴西利亚` no 巴西 of Brazil).
        let outsideMatcher = OutsidePlaceMatcher(table: outsideTable, gazetteer: gazetteer, guards: guards)
        var outside = outsideMatcher.matches(in: scalars, boundaries: boundaries)
        if !outside.isEmpty {
            var outsideLength = [Int](repeating: 0, count: scalars.count)
            for match in outside { for k in match.start..<match.end { outsideLength[k] = match.end - match.start } }
            var longestDivision = [Int](repeating: 0, count: scalars.count)
            for mention in raw {
                for k in mention.start..<mention.end { longestDivision[k] = max(longestDivision[k], mention.end - mention.start) }
            }
            outside.removeAll { match in (match.start..<match.end).contains { longestDivision[$0] > match.end - match.start } }
            for k in outsideLength.indices { outsideLength[k] = 0 }
            for match in outside { for k in match.start..<match.end { outsideLength[k] = match.end - match.start } }
            raw.removeAll { mention in (mention.start..<mention.end).contains { outsideLength[$0] >= mention.end - mention.start } }
            // `中国航海博物馆`: the country heads an institution's name; it is no place, and no
            // division of the same name either.
            outside.removeAll { guards.institutionFollows(scalars, after: $0.end) }
        }
        var taken = [Bool](repeating: false, count: scalars.count)
        var divisions = selectLongest(raw, span: { ($0.start, $0.end) }, official: { !$0.aliasOnly }, taken: &taken)
        // A name another gazetteer name overlaps in part (`南沙湾区块`: 南沙 and 沙湾区) is read in
        // doubt: it is not resolved on its own.
        var coverStart = [Int](repeating: Int.max, count: scalars.count + 1)
        var coverEnd = [Int](repeating: -1, count: scalars.count + 1)
        for mention in raw {
            for k in mention.start..<mention.end {
                coverStart[k] = min(coverStart[k], mention.start)
                coverEnd[k] = max(coverEnd[k], mention.end)
            }
        }
        for index in divisions.indices {
            let mention = divisions[index]
            divisions[index].contested = coverStart[mention.start] < mention.start || coverEnd[mention.end - 1] > mention.end
        }
        divisions.sort { $0.start < $1.start }
        // Two-character official names inside a word (`区和县`) are not names.
        var previousEnd = -1
        divisions = divisions.filter { mention in
            defer { previousEnd = mention.end }
            if mention.end - mention.start == 2 && !mention.aliasOnly {
                return guards.isLeftBoundary(scalars, at: mention.start, previousEnd: previousEnd)
            }
            return true
        }

        // 2. Suffix-built names, their stems bounded by official division names.
        var bounds = [Bool](repeating: false, count: scalars.count + 1)
        for mention in divisions where !mention.aliasOnly { bounds[mention.end] = true }
        for match in outside { bounds[match.end] = true }
        var patterns = PlacePatterns.shared.scan(scalars, bounds: bounds)
        patterns.removeAll { pattern in outside.contains { $0.start < pattern.end && pattern.start < $0.end } }
        // A community already named by the gazetteer keeps the gazetteer's span (`跟随凯旋社区`).
        var latestStartByEnd: [Int: Int] = [:]
        for division in divisions where !division.aliasOnly {
            latestStartByEnd[division.end] = max(latestStartByEnd[division.end] ?? Int.min, division.start)
        }
        patterns.removeAll { pattern in (latestStartByEnd[pattern.end] ?? Int.min) > pattern.start }

        // 3. Overlaps: longest wins; the gazetteer wins ties.
        var occupied = [Bool](repeating: false, count: scalars.count)
        divisions.sort { ($0.end - $0.start, $0.aliasOnly ? 0 : 1) > ($1.end - $1.start, $1.aliasOnly ? 0 : 1) }
        var keptDivisions: [DivisionMention] = []
        var keptPatterns: [PatternMatch] = []
        var di = 0, pi = 0
        patterns.sort { $0.end - $0.start > $1.end - $1.start }
        while di < divisions.count || pi < patterns.count {
            let takeDivision: Bool
            if di == divisions.count { takeDivision = false }
            else if pi == patterns.count { takeDivision = true }
            else { takeDivision = divisions[di].end - divisions[di].start >= patterns[pi].end - patterns[pi].start }
            if takeDivision {
                let m = divisions[di]; di += 1
                if (m.start..<m.end).allSatisfy({ !occupied[$0] }) {
                    for k in m.start..<m.end { occupied[k] = true }
                    keptDivisions.append(m)
                }
            } else {
                let m = patterns[pi]; pi += 1
                if (m.start..<m.end).allSatisfy({ !occupied[$0] }) {
                    for k in m.start..<m.end { occupied[k] = true }
                    keptPatterns.append(m)
                }
            }
        }
        keptDivisions.sort { $0.start < $1.start }
        keptPatterns.sort { $0.start < $1.start }

        // 4. Institutions named after a place: drop the whole chain.
        var chainStart = 0
        var guarded: [DivisionMention] = []
        for index in keptDivisions.indices {
            let isLast = index == keptDivisions.count - 1 || keptDivisions[index + 1].start != keptDivisions[index].end
            guard isLast else { continue }
            let chain = keptDivisions[chainStart...index]
            // An address chain (two names or more, each inside the one before) before an institution is
            // still an address (`广东省天河区某某医院`); a lone name heading one is the institution's
            // name, and so are names that merely stand together (`北京同仁医院`).
            if isAddressChain(chain, gazetteer) || !guards.institutionFollows(scalars, after: keptDivisions[index].end) {
                guarded += chain
            }
            chainStart = index + 1
        }

        // 5. Codes.
        let region = OutletRegion.unit(for: outlet, gazetteer: gazetteer)
        PlaceResolver(gazetteer: gazetteer).resolve(&guarded, region: region?.unit, trustedRegion: region?.fromTable ?? false)

        // 6. Output.
        let output = PlaceOutput(text: scalars, gazetteer: gazetteer)
        var places = output.hits(divisions: guarded, patterns: keptPatterns)
        var world: [WorldPlaceMention] = []
        for match in outside {
            let surface = output.string(match.start, match.end)
            if outsideMatcher.isRegion(match) {
                let mention = outsideMatcher.placeMention(match, surface: surface)
                places.append(PlaceHit(mention: mention, former: false, candidates: match.rows.count))
            } else {
                world.append(outsideMatcher.worldMention(match, surface: surface))
            }
        }
        places.sort { $0.mention.start < $1.mention.start }
        return Reading(places: places, world: world)
    }

    /// True for two names or more, each with a candidate inside a candidate of the one before.
    private func isAddressChain(_ chain: ArraySlice<DivisionMention>, _ gazetteer: Gazetteer) -> Bool {
        guard chain.count >= 2 else { return false }
        for (upper, lower) in zip(chain, chain.dropFirst()) {
            let nests = lower.candidates.contains { unit in upper.candidates.contains { $0 != unit && gazetteer.isAncestor($0, of: unit) } }
            if !nests { return false }
        }
        return true
    }

    /// A gazetteer match turned into a mention, or nil when a guard rejects it.
    private func divisionMention(
        start: Int, end: Int, key: Int, in text: [UInt32], gazetteer: Gazetteer, guards: PlaceGuards
    ) -> DivisionMention? {
        let entries = gazetteer.entries(ofKey: key)
        let aliasOnly = entries.allSatisfy { $0.kind == .short || $0.kind == .former }
        if aliasOnly {
            let keyScalars = gazetteer.index.scalars(of: key)
            let upper = entries.contains { gazetteer.level($0.unit) <= 2 }
            if guards.isStopShortName(keyScalars) || guards.facilityFollows(text, after: end, upperLevel: upper) { return nil }
        }
        var units: [Int] = []
        for entry in entries where !units.contains(entry.unit) { units.append(entry.unit) }
        // A name shared by a division and one below it (南昌市, 南昌县 for `南昌`) means the upper one.
        units = units.filter { unit in !units.contains { $0 != unit && gazetteer.isAncestor($0, of: unit) } }
        units.sort()
        let former = entries.contains { $0.kind == .former }
        let formerUnits = former ? units.filter { unit in entries.allSatisfy { $0.unit != unit || $0.kind == .former } } : []
        let keyScalars = gazetteer.index.scalars(of: key)
        let allCommunities = units.allSatisfy { gazetteer.level($0) == 5 }
        let weak = allCommunities && PlaceWeakNames.isWeak(keyScalars)
        // `界牌社区居民委员会`: the committee suffix belongs to the mention.
        let end = allCommunities ? end + PlaceNames.committeeSuffixLength(after: keyScalars, in: text, at: end) : end
        return DivisionMention(start: start, end: end, key: key, candidates: units, aliasOnly: aliasOnly, former: former, formerUnits: formerUnits, weak: weak)
    }

    private func selectLongest<T>(_ items: [T], span: (T) -> (Int, Int), official: (T) -> Bool, taken: inout [Bool]) -> [T] {
        let order = items.indices.sorted { a, b in
            let (sa, ea) = span(items[a]), (sb, eb) = span(items[b])
            if ea - sa != eb - sb { return ea - sa > eb - sb }
            if official(items[a]) != official(items[b]) { return official(items[a]) }
            return sa < sb
        }
        var out: [T] = []
        for index in order {
            let (start, end) = span(items[index])
            if (start..<end).allSatisfy({ !taken[$0] }) {
                for k in start..<end { taken[k] = true }
                out.append(items[index])
            }
        }
        return out
    }
}

/// Community and village names whose stem is a common word (`幸福社区`, `新兴社区`).
enum PlaceWeakNames {
    private static let stems: Set<[UInt32]> = Set(PlaceLexicon.weakStems.map(PlaceNames.scalars))
    private static let suffixes = [PlaceNames.scalars("社区"), PlaceNames.scalars("村")]

    static func isWeak(_ name: ArraySlice<UInt32>) -> Bool {
        let name = Array(name)
        for suffix in suffixes where PlaceNames.hasSuffix(name, suffix) {
            return stems.contains(Array(name.dropLast(suffix.count)))
        }
        return false
    }
}

/// The division an outlet reports from: the table first, then a full division name in the outlet.
enum OutletRegion {
    static func unit(for outlet: String?, gazetteer: Gazetteer) -> (unit: Int, fromTable: Bool)? {
        guard let outlet, !outlet.isEmpty else { return nil }
        for (name, code) in OutletRegions.table where outlet.hasPrefix(name) {
            return gazetteer.unit(code: code).map { ($0, true) }
        }
        let scalars = outlet.unicodeScalars.map(\.value)
        var found: Int?
        gazetteer.index.forEachMatch(in: scalars) { start, _, key in
            guard found == nil, start == 0 else { return }
            let entries = gazetteer.entries(ofKey: key).filter { $0.kind == .official && gazetteer.level($0.unit) <= 3 }
            if entries.count == 1 { found = entries[0].unit }
        }
        return found.map { ($0, false) }
    }
}
