/// One article read from one page: the record contract of schema version 1.
///
/// Records are written one per line as JSON (see ``JSONLines``), keys in the order declared
/// here, absent values as `null`. `docs/SCHEMA.md` and `docs/record.schema.json` document it.
public struct Record: Codable, Sendable, Hashable {
    /// The schema version this type writes.
    public static let schemaVersion = 1

    public var schema: Int
    /// The input's id (path as given, URL, or the caller's id), with `#n` when a page holds several articles.
    public var id: String
    public var input: InputInfo
    /// The headline, or `nil` when the page prints none.
    public var title: String?
    /// A line printed above the headline (引题), when there is one.
    public var kicker: String?
    /// A line printed below the headline (副题), when there is one.
    public var subtitle: String?
    /// ISO 8601: `2024-08-12T17:55:00+08:00` when a time is known, else `2024-08-12`.
    public var published: String?
    /// The outlet credited as 来源.
    public var outlet: String?
    public var bylines: [Byline]
    /// The script of the source text, before any conversion.
    public var script: Script
    /// The clean body: paragraphs joined by `\n`.
    public var text: String
    public var dates: [DateMention]
    public var places: [PlaceMention]
    /// Countries and major foreign cities (`world_places`): apart from `places`, which holds China's.
    public var worldPlaces: [WorldPlaceMention]
    public var figures: [FigureMention]
    public var warnings: [Warning]

    public init(
        id: String, input: InputInfo, title: String? = nil, kicker: String? = nil,
        subtitle: String? = nil, published: String? = nil, outlet: String? = nil,
        bylines: [Byline] = [], script: Script = .hans, text: String,
        dates: [DateMention] = [], places: [PlaceMention] = [], figures: [FigureMention] = [],
        warnings: [Warning] = [], worldPlaces: [WorldPlaceMention] = []
    ) {
        self.schema = Self.schemaVersion
        self.id = id
        self.input = input
        self.title = title
        self.kicker = kicker
        self.subtitle = subtitle
        self.published = published
        self.outlet = outlet
        self.bylines = bylines
        self.script = script
        self.text = text
        self.dates = dates
        self.places = places
        self.worldPlaces = worldPlaces
        self.figures = figures
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case schema, id, input, title, kicker, subtitle, published, outlet, bylines, script, text
        case dates, places
        case worldPlaces = "world_places"
        case figures, warnings
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(id, forKey: .id)
        try container.encode(input, forKey: .input)
        try container.encode(title, forKey: .title)
        try container.encode(kicker, forKey: .kicker)
        try container.encode(subtitle, forKey: .subtitle)
        try container.encode(published, forKey: .published)
        try container.encode(outlet, forKey: .outlet)
        try container.encode(bylines, forKey: .bylines)
        try container.encode(script, forKey: .script)
        try container.encode(text, forKey: .text)
        try container.encode(dates, forKey: .dates)
        try container.encode(places, forKey: .places)
        try container.encode(worldPlaces, forKey: .worldPlaces)
        try container.encode(figures, forKey: .figures)
        try container.encode(warnings, forKey: .warnings)
    }
}
