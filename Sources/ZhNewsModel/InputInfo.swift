/// Where a record came from and how its bytes were read.
public struct InputInfo: Codable, Sendable, Hashable {
    /// The format the page was read as.
    public enum Format: String, Codable, Sendable, Hashable {
        case html
        case text
    }

    /// Which rule chose the character encoding.
    public enum EncodingSource: String, Codable, Sendable, Hashable {
        /// A byte-order mark at the start of the bytes.
        case bom
        /// The caller named the charset (for example from an HTTP header).
        case caller
        /// The page declares it (`<meta charset>`, `http-equiv`, XML declaration).
        case declared
        /// Statistical detection (ICU `ucsdet`) or a validity check.
        case detected
    }

    /// The file path as given, when the input is a file (`-` for standard input).
    public var path: String?
    /// The URL, when the input is known by one.
    public var url: String?
    /// `html` or `text`; `nil` when the input could not be read at all.
    public var format: Format?
    /// The canonical name of the encoding used to decode the bytes (e.g. `UTF-8`, `GB18030`).
    public var encoding: String?
    /// Which rule chose ``encoding``.
    public var encodingSource: EncodingSource?
    /// The 1-based index of this article within the page.
    public var part: Int
    /// How many articles the page holds.
    public var parts: Int

    enum CodingKeys: String, CodingKey {
        case path, url, format, encoding
        case encodingSource = "encoding_source"
        case part, parts
    }

    public init(
        path: String? = nil, url: String? = nil, format: Format? = nil, encoding: String? = nil,
        encodingSource: EncodingSource? = nil, part: Int = 1, parts: Int = 1
    ) {
        self.path = path
        self.url = url
        self.format = format
        self.encoding = encoding
        self.encodingSource = encodingSource
        self.part = part
        self.parts = parts
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(url, forKey: .url)
        try container.encode(format, forKey: .format)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(encodingSource, forKey: .encodingSource)
        try container.encode(part, forKey: .part)
        try container.encode(parts, forKey: .parts)
    }
}
