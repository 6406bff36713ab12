/// The tags the readers treat specially, as a small integer read once per element when the
/// tree is built, so the walks test table entries instead of hashing tag names.
public enum HTMLTag: UInt8, Sendable, Hashable, CaseIterable {
    case other
    case a, p, div, br, h1, h2, h3, h4, h5, h6, li, ul, ol, dl, dt, dd, tr, td, th, table
    case section, article, blockquote, pre, main, figure, figcaption, center, hr, address, caption, tbody
    case head, script, title, meta, link
    case header, footer
    case document

    /// The kind of a lowercased tag name.
    public init(name: String) {
        self = Self.byName[name] ?? .other
    }

    private static let byName: [String: HTMLTag] = Dictionary(
        uniqueKeysWithValues: allCases.filter { $0 != .other }.map { ($0.name, $0) }
    )

    /// The tag's name (`other` for tags not listed).
    public var name: String {
        self == .document ? "#document" : "\(self)"
    }

    /// Tags that start and end a line of text.
    public var isBlock: Bool { Self.blockTable[Int(rawValue)] }
    /// Elements whose text is not page text.
    public var isSkipped: Bool { Self.skippedTable[Int(rawValue)] }
    /// Elements whose lines are chrome, never body (kept for their info lines).
    public var isChrome: Bool { self == .header || self == .footer }

    static let blockTags: [HTMLTag] = [
        .p, .div, .br, .h1, .h2, .h3, .h4, .h5, .h6, .li, .ul, .ol, .dl, .dt, .dd, .tr, .td, .th, .table,
        .section, .article, .blockquote, .pre, .main, .figure, .figcaption, .center, .hr, .address, .caption, .tbody,
    ]
    static let skippedTags: [HTMLTag] = [.head, .script, .title, .meta, .link]

    private static let blockTable = table(blockTags)
    private static let skippedTable = table(skippedTags)

    private static func table(_ tags: [HTMLTag]) -> [Bool] {
        var table = [Bool](repeating: false, count: Int(UInt8.max) + 1)
        for tag in tags { table[Int(tag.rawValue)] = true }
        return table
    }
}
