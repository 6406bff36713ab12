import ZhNewsData

/// Places the NBS gazetteer does not hold: countries and major foreign cities
/// (`Data/gazetteer/world.tsv`, ISO 3166-1 alpha-2) and the divisions of Hong Kong, Macau and
/// Taiwan (`Data/gazetteer/hk-mo-tw.tsv`, names only, GB/T 2260 codes for the three regions).
///
/// Both small tables are read from the embedded TSVs on first use (well under a millisecond) into
/// one ``NameIndex``; every key's payload is a row number. Immutable afterwards.
final class OutsidePlaces: Sendable {
    static let shared = OutsidePlaces()

    /// One row: a country, a foreign city, or a Hong Kong / Macau / Taiwan unit.
    struct Place: Sendable {
        enum Kind: Sendable, Equatable { case country, city, region }
        var kind: Kind
        var name: String
        /// ISO 3166-1 alpha-2 (countries and cities); empty for regions.
        var iso: String
        /// Regions: 1 region, 2 area / city / county, 3 district / township.
        var level: Int
        /// Regions: the row of the unit above, -1 for the three regions.
        var parent: Int
        /// Regions: the GB/T 2260 code (12 digits) of the three regions, else nil.
        var code: String?
        /// Regions: the row of the region (level 1) this unit belongs to.
        var region: Int
    }

    /// How a key names its row.
    enum Form: Int32, Sendable {
        /// The full name (`沙田区`, `台北市`, `巴西`).
        case full = 0
        /// A short or other written form (`沙田`, `台北`, `氹仔`; `美利坚合众国` counts as full).
        case short = 1
        /// A short form read only right after its parent's name (`台北市士林`, not a lone `成功`).
        case afterParent = 2
    }

    let places: [Place]
    let index: NameIndex

    init() {
        var places: [Place] = []
        var index = NameIndex(expectedKeys: 1_500)
        func add(_ key: String, row: Int, form: Form) {
            let scalars = PlaceNames.scalars(key)
            guard scalars.count >= 2 else { return }
            index.insert(scalars[...], payload: Int32(row) << 2 | form.rawValue)
        }
        Self.rows(zh_data_gazetteer_world()) { fields in
            guard fields.count >= 3 else { return }
            let kind: Place.Kind = fields[1] == "city" ? .city : .country
            let row = places.count
            places.append(Place(kind: kind, name: fields[2], iso: fields[0], level: 0, parent: -1, code: nil, region: -1))
            add(fields[2], row: row, form: .full)
            for form in (fields.count > 3 ? fields[3] : "").split(separator: "|") { add(String(form), row: row, form: .full) }
        }
        var rowByName: [String: Int] = [:]
        Self.rows(zh_data_gazetteer_hk_mo_tw()) { fields in
            guard fields.count >= 4, let level = Int(fields[1]) else { return }
            let row = places.count
            let parent = fields[2].isEmpty ? -1 : rowByName[fields[2]] ?? -1
            let region = parent < 0 ? row : places[parent].region
            places.append(Place(kind: .region, name: fields[0], iso: "", level: level, parent: parent,
                                code: fields[3].isEmpty ? nil : fields[3], region: region))
            if level <= 2 { rowByName[fields[0]] = row }
            add(fields[0], row: row, form: .full)
            for form in (fields.count > 4 ? fields[4] : "").split(separator: "|") { add(String(form), row: row, form: .short) }
            for form in (fields.count > 5 ? fields[5] : "").split(separator: "|") { add(String(form), row: row, form: .afterParent) }
        }
        self.places = places
        self.index = index
    }

    /// The rows and forms of a key found by ``index``.
    func entries(ofKey key: Int) -> [(row: Int, form: Form)] {
        index.payloads(of: key).map { (Int($0 >> 2), Form(rawValue: $0 & 3) ?? .full) }
    }

    /// Names from the region down to `row` (Hong Kong, Macau, Taiwan).
    func path(_ row: Int) -> [String] {
        var names: [String] = []
        var current = row
        while current >= 0 {
            names.append(places[current].name)
            current = places[current].parent
        }
        return names.reversed()
    }

    /// The rows of an embedded TSV (header skipped) as string fields.
    private static func rows(_ blob: zh_data_blob, _ body: ([String]) -> Void) {
        let bytes = UnsafeBufferPointer(start: blob.bytes, count: blob.count)
        TSV.rows(bytes) { fields in
            var strings: [String] = []
            var scratch: [UInt32] = []
            for k in 0..<fields.count {
                fields.scalars(k, into: &scratch)
                var view = String.UnicodeScalarView()
                for value in scratch { if let scalar = Unicode.Scalar(value) { view.append(scalar) } }
                strings.append(String(view))
            }
            body(strings)
        }
    }
}
