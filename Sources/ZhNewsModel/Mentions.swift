/// A date or time mentioned in the text, with its span and resolved value.
///
/// `start` and `end` count Unicode code points into the record's `text` (as Python indexes strings).
public struct DateMention: Codable, Sendable, Hashable {
    /// How precise ``value`` is.
    public enum Precision: String, Codable, Sendable, Hashable {
        case minute, hour, day, month, year, decade
    }

    public var text: String
    public var start: Int
    public var end: Int
    /// ISO 8601 (`2024-08-12`, `2024-08`, `2024`, `2024-08-12T17:55:00+08:00`); `nil` when unresolved.
    public var value: String?
    public var precision: Precision?
    /// True when the value was resolved against the publish date.
    public var relative: Bool
    /// Start and end of a range (`今年以来`, `50年代到90年代`), when the mention is one.
    public var range: DateRange?

    public init(
        text: String, start: Int, end: Int, value: String?, precision: Precision?,
        relative: Bool, range: DateRange? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.precision = precision
        self.relative = relative
        self.range = range
    }
}

/// An interval of dates; either end may be open (`nil`).
public struct DateRange: Codable, Sendable, Hashable {
    public var from: String?
    public var to: String?

    public init(from: String?, to: String?) {
        self.from = from
        self.to = to
    }
}

/// A place mentioned in the text: an administrative division (with its official code) or a
/// community, compound, road or address.
public struct PlaceMention: Codable, Sendable, Hashable {
    /// What sort of place a mention names.
    public enum Kind: String, Codable, Sendable, Hashable {
        case province, prefecture, county, township, community, village, compound, road, address
    }

    public var text: String
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The official full name (simplified).
    public var name: String
    /// The 12-digit NBS code, or `nil` when unknown or ambiguous.
    public var code: String?
    /// Names from the province down to this place.
    public var path: [String]
    /// True when several divisions share the name and the document does not say which.
    public var ambiguous: Bool
    /// True when the text names the division by a former name (`襄樊` → 襄阳市).
    public var former: Bool
    /// How many divisions the name may still denote when ``ambiguous`` (2 or more); `nil` otherwise.
    public var candidates: Int?

    public init(
        text: String, start: Int, end: Int, kind: Kind, name: String, code: String?,
        path: [String], ambiguous: Bool, former: Bool = false, candidates: Int? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.name = name
        self.code = code
        self.path = path
        self.ambiguous = ambiguous
        self.former = former
        self.candidates = candidates
    }
}

/// A country or a major city outside China named in the text (the record's `world_places`):
/// kept apart from `places`, which holds China's divisions and streets only.
public struct WorldPlaceMention: Codable, Sendable, Hashable {
    /// What sort of place a world mention names.
    public enum Kind: String, Codable, Sendable, Hashable {
        /// A sovereign state (`巴西`, `美利坚合众国`, and `中国` itself).
        case country
        /// A capital or large city abroad (`巴黎`, `圣保罗`); `iso` is its country's.
        case city
    }

    public var text: String
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The usual Chinese name (`美国` for `美利坚合众国`).
    public var name: String
    /// ISO 3166-1 alpha-2 code of the country (of the city's country for a city): `BR`, `FR`.
    public var iso: String

    public init(text: String, start: Int, end: Int, kind: Kind, name: String, iso: String) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.name = name
        self.iso = iso
    }
}

/// A numeric figure in the text: a value with its unit and qualifier (余, 近, 约 …).
public struct FigureMention: Codable, Sendable, Hashable {
    /// How the printed number relates to the true one.
    public enum Qualifier: String, Codable, Sendable, Hashable {
        case exact, over, under, about
    }

    public var text: String
    public var start: Int
    public var end: Int
    /// The number with 万/亿 folded in.
    public var value: Double
    /// The unit as printed (simplified), without the multiplier.
    public var unit: String?
    public var qualifier: Qualifier
    public var min: Double?
    public var max: Double?

    public init(
        text: String, start: Int, end: Int, value: Double, unit: String?,
        qualifier: Qualifier, min: Double? = nil, max: Double? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.min = min
        self.max = max
    }
}

// Explicit encoders: absent values are written as `null`, never omitted (the record contract
// keeps every key on every line; synthesized `Encodable` would skip nil optionals).

extension DateMention {
    enum CodingKeys: String, CodingKey { case text, start, end, value, precision, relative, range }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(value, forKey: .value)
        try container.encode(precision, forKey: .precision)
        try container.encode(relative, forKey: .relative)
        try container.encode(range, forKey: .range)
    }
}

extension DateRange {
    enum CodingKeys: String, CodingKey { case from, to }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
    }
}

extension PlaceMention {
    enum CodingKeys: String, CodingKey { case text, start, end, kind, name, code, path, ambiguous, former, candidates }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(kind, forKey: .kind)
        try container.encode(name, forKey: .name)
        try container.encode(code, forKey: .code)
        try container.encode(path, forKey: .path)
        try container.encode(ambiguous, forKey: .ambiguous)
        try container.encode(former, forKey: .former)
        try container.encode(candidates, forKey: .candidates)
    }

    /// Reads records written before `former` and `candidates` existed as well (absent: false, null).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try container.decode(String.self, forKey: .text),
            start: try container.decode(Int.self, forKey: .start),
            end: try container.decode(Int.self, forKey: .end),
            kind: try container.decode(Kind.self, forKey: .kind),
            name: try container.decode(String.self, forKey: .name),
            code: try container.decodeIfPresent(String.self, forKey: .code),
            path: try container.decode([String].self, forKey: .path),
            ambiguous: try container.decode(Bool.self, forKey: .ambiguous),
            former: try container.decodeIfPresent(Bool.self, forKey: .former) ?? false,
            candidates: try container.decodeIfPresent(Int.self, forKey: .candidates))
    }
}

extension FigureMention {
    enum CodingKeys: String, CodingKey { case text, start, end, value, unit, qualifier, min, max }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(value, forKey: .value)
        try container.encode(unit, forKey: .unit)
        try container.encode(qualifier, forKey: .qualifier)
        try container.encode(min, forKey: .min)
        try container.encode(max, forKey: .max)
    }
}
