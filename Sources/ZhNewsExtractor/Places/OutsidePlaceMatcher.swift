import ZhNewsModel

/// A name of ``OutsidePlaces`` found in the text and kept.
struct OutsideMatch: Sendable {
    var start: Int
    var end: Int
    /// The rows the name may denote (one once resolved).
    var rows: [Int]
    /// Hong Kong, Macau, Taiwan: several units share the name and the text does not say which.
    var ambiguous = false
}

/// Finds countries, foreign cities and Hong Kong / Macau / Taiwan units in a text (rules in
/// `Places/README.md`, "Outside the NBS gazetteer").
///
/// - Countries and cities are taken wherever ICU's dictionary agrees that the name is a word
///   (`巴西`, not `巴西利亚`'s 巴西 — the longest name wins; `朝鲜族` names a people, not a country).
/// - Hong Kong, Macau and Taiwan: the regions, their areas, cities and counties (full or short:
///   `香港`, `台北`, `新界`) are taken alone; so is a Hong Kong or Macau district by its full or
///   short name (`屯门区`, `沙田`) when no other unit and no NBS division shares it; a shared name
///   (`中正区`), a generic one (`东区`) or one an NBS division also bears (`中山区`, `大埔`) only when
///   the text names its region (any of the first kind) or writes it right after its parent
///   (`台北市中山区`); Taiwan's district and township short names (`士林`; often common words:
///   `成功`, `三重`) and a few Hong Kong ones (`中西`, `离岛`) only right after their parent.
struct OutsidePlaceMatcher {
    let table: OutsidePlaces
    let gazetteer: Gazetteer
    let guards: PlaceGuards

    private static let zu: UInt32 = 0x65CF   // 族

    func matches(in text: [UInt32], boundaries: PlaceWordBoundaries) -> [OutsideMatch] {
        struct Raw { var start: Int; var end: Int; var key: Int }
        var raw: [Raw] = []
        table.index.forEachMatch(in: text) { start, end, key in
            raw.append(Raw(start: start, end: end, key: key))
        }
        guard !raw.isEmpty else { return [] }
        // Longest first, then leftmost; a name inside a kept one is not read.
        raw.sort { ($0.end - $0.start, -$0.start) > ($1.end - $1.start, -$1.start) }
        var taken = [Bool](repeating: false, count: text.count)
        var kept: [Raw] = []
        for item in raw where (item.start..<item.end).allSatisfy({ !taken[$0] }) {
            guard boundaries.isWord(start: item.start, end: item.end) else { continue }
            for k in item.start..<item.end { taken[k] = true }
            kept.append(item)
        }
        kept.sort { $0.start < $1.start }

        var out: [OutsideMatch] = []
        var regionsNamed = Set<Int>()
        var pending: [(Raw, [(row: Int, form: OutsidePlaces.Form)])] = []
        for item in kept {
            let entries = table.entries(ofKey: item.key)
            let rows = entries.map(\.row)
            let places = rows.map { table.places[$0] }
            if places.allSatisfy({ $0.kind != .region }) {
                if item.end < text.count, text[item.end] == Self.zu, places.contains(where: { $0.kind == .country }) { continue }
                out.append(OutsideMatch(start: item.start, end: item.end, rows: [rows[0]]))
                continue
            }
            let regionEntries = entries.filter { table.places[$0.row].kind == .region }
            let regionRows = regionEntries.map(\.row)
            let sharedWithNBS = gazetteer.index.key(table.index.scalars(of: item.key)) != nil
            // Two-character district names (`东区`, `北区`) are generic: they need their region.
            let alone = !sharedWithNBS && regionRows.count == 1 && regionEntries.allSatisfy { entry in
                entry.form != .afterParent && (table.places[entry.row].level <= 2 || entry.form == .short || item.end - item.start > 2)
            }
            if alone {
                out.append(OutsideMatch(start: item.start, end: item.end, rows: regionRows))
                regionsNamed.insert(table.places[regionRows[0]].region)
            } else {
                pending.append((item, regionEntries))
            }
        }
        // Names that need their region in the text, or their parent right before them.
        for (item, entries) in pending {
            let parentBefore = out.last { $0.end == item.start && $0.rows.count == 1 }.map { $0.rows[0] }
            var chosen = entries.map(\.row).filter { row in parentBefore != nil && table.places[row].parent == parentBefore }
            if chosen.isEmpty {
                chosen = entries.filter { $0.form != .afterParent && regionsNamed.contains(table.places[$0.row].region) }.map(\.row)
            }
            guard !chosen.isEmpty else { continue }
            out.append(OutsideMatch(start: item.start, end: item.end, rows: chosen, ambiguous: chosen.count > 1))
        }
        out.sort { $0.start < $1.start }
        return out
    }

    /// A Hong Kong / Macau / Taiwan match as a place mention.
    func placeMention(_ match: OutsideMatch, surface: String) -> PlaceMention {
        let row = match.rows[0]
        let place = table.places[row]
        let kind: PlaceMention.Kind = place.level == 1 ? .province : place.level == 2 ? .prefecture : .county
        if match.ambiguous {
            return PlaceMention(text: surface, start: match.start, end: match.end, kind: kind, name: place.name, code: nil,
                                path: [], ambiguous: true, candidates: match.rows.count)
        }
        return PlaceMention(text: surface, start: match.start, end: match.end, kind: kind, name: place.name, code: place.code,
                            path: table.path(row), ambiguous: false)
    }

    /// A country or city match as a world mention.
    func worldMention(_ match: OutsideMatch, surface: String) -> WorldPlaceMention {
        let place = table.places[match.rows[0]]
        return WorldPlaceMention(text: surface, start: match.start, end: match.end, kind: place.kind == .city ? .city : .country,
                                 name: place.name, iso: place.iso)
    }

    func isRegion(_ match: OutsideMatch) -> Bool { table.places[match.rows[0]].kind == .region }
}
