/// The tags the readers treat specially, as a small integer read once per element when the
/// tree is built, so the walks test table entries instead of hashing tag names.
package enum HTMLTag: UInt8, Sendable, Hashable, CaseIterable {
    case other
    case a, p, div, br, h1, h2, h3, h4, h5, h6, li, ul, ol, dl, dt, dd, tr, td, th, table
    case section, article, blockquote, pre, main, figure, figcaption, center, hr, address, caption, tbody
    case head, script, title, meta, link
    case header, footer
    case document

    /// The kind of a lowercased tag name.
    package init(name: String) {
        self = Self.byName[name] ?? .other
    }

    /// The kind of a lowercased tag name given as UTF-8 (the tree builder's path: no string is
    /// made for the lookup).
    package init(utf8 name: UnsafeBufferPointer<UInt8>) {
        self = name.count <= PackedNameTable.maxLength
            ? Self.byPackedName.kind(of: name)
            : Self(name: String(decoding: name, as: UTF8.self))  // `blockquote`, `figcaption`
    }

    private static let byName: [String: HTMLTag] = Dictionary(
        uniqueKeysWithValues: allCases.filter { $0 != .other }.map { ($0.name, $0) }
    )
    private static let byPackedName = PackedNameTable(allCases.filter { $0 != .other && $0 != .document })

    /// The tag's name (`other` for tags not listed).
    package var name: String {
        Self.names[Int(rawValue)]
    }

    private static let names: [String] = allCases.map { $0 == .document ? "#document" : "\($0)" }

    /// Tags that start and end a line of text.
    package var isBlock: Bool { Self.blockTable[Int(rawValue)] }
    /// Elements whose text is not page text.
    package var isSkipped: Bool { Self.skippedTable[Int(rawValue)] }
    /// Elements whose lines are chrome, never body (kept for their info lines).
    package var isChrome: Bool { self == .header || self == .footer }

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

/// Tag names of up to 8 bytes packed into a `UInt64`, in an open-addressed table: a lookup is a
/// multiply, a shift and a compare or two. Longer names are not held.
private struct PackedNameTable: Sendable {
    static let maxLength = 8
    private var keys: [UInt64]
    private var kinds: [HTMLTag]
    private let shift: UInt64

    init(_ tags: [HTMLTag]) {
        var bits: UInt64 = 4
        while (1 << bits) < tags.count * 4 { bits += 1 }
        shift = 64 - bits
        keys = [UInt64](repeating: 0, count: 1 << bits)
        kinds = [HTMLTag](repeating: .other, count: 1 << bits)
        for tag in tags {
            let key = Array(tag.name.utf8).withUnsafeBufferPointer { Self.pack($0) }
            guard let key else { continue }
            var slot = slot(of: key)
            while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            kinds[slot] = tag
        }
    }

    func kind(of name: UnsafeBufferPointer<UInt8>) -> HTMLTag {
        guard let key = Self.pack(name) else { return .other }
        var slot = slot(of: key)
        while keys[slot] != 0 {
            if keys[slot] == key { return kinds[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return .other
    }

    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// 1–8 bytes, little-endian; `nil` for longer or empty names.
    private static func pack(_ name: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard !name.isEmpty, name.count <= maxLength else { return nil }
        var key: UInt64 = 0
        for (index, byte) in name.enumerated() { key |= UInt64(byte) << (8 * UInt64(index)) }
        return key
    }
}
