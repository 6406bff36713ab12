/// China's official divisions (NBS 统计用区划代码, levels 1–4 nationwide, level 5 for Hubei) with
/// their short and former names, indexed for matching in text.
///
/// Loaded once, on first use of ``shared``: the tables are copied out of the embedded precomputed
/// index (`Data/gazetteer/index.bin`, see ``GazetteerIndexFile``) when its header matches the
/// embedded TSVs, else built from the TSV bytes (no Foundation parsing). Everything is immutable
/// afterwards, so the instance is shared freely across threads.
package final class Gazetteer: Sendable {
    package static let shared = Gazetteer()

    /// How a text key names a division.
    enum MatchKind: Int32, Sendable {
        /// The official name as NBS prints it (`界牌社区居民委员会`, `红卫街道`).
        case official = 0
        /// A normalised form of it (`界牌社区`, `周家沟社区`, `…街道` for `…办事处`).
        case normalized = 1
        /// A short name (`十堰`, `湖北`).
        case short = 2
        /// A former name (`襄樊` → 襄阳市).
        case former = 3
    }

    /// Where the tables came from.
    package enum Source: String, Sendable {
        /// The precomputed index (`Data/gazetteer/index.bin`), checked against the TSVs.
        case index
        /// Built from the TSVs (the index is missing or does not match them).
        case tsv
    }

    /// Every array the gazetteer holds: what the builder makes and `index.bin` stores.
    struct Tables {
        var codes: [UInt64]
        var levels: [UInt8]
        var parents: [Int32]
        var namePool: [UInt32]
        var nameStart: [Int32]
        var nameLength: [UInt8]
        var officialCount: Int
        var index: NameIndex
    }

    /// Units in row order: levels 1–4 (sorted by code), then the Hubei level-5 rows (sorted).
    let codes: [UInt64]
    let levels: [UInt8]
    let parents: [Int32]                    // -1 for provinces
    /// Display names (normalised: `界牌社区`, not `界牌社区居民委员会`) in one scalar pool.
    private let namePool: [UInt32]
    private let nameStart: [Int32]
    private let nameLength: [UInt8]
    private let officialCount: Int          // rows of levels 1–4 (binary-searchable by code)
    let index: NameIndex

    /// Where the tables came from (`.tsv` means the embedded index is stale or missing).
    package let source: Source
    /// Time spent loading (checking and copying the index, or building), in milliseconds.
    package let loadMilliseconds: Double
    /// The part of ``loadMilliseconds`` spent checking the index's header against the TSVs.
    package let indexCheckMilliseconds: Double

    package var unitCount: Int { codes.count }
    package var keyCount: Int { index.keyCount }
    /// Approximate heap bytes held by the tables.
    package var byteCount: Int {
        codes.count * 8 + levels.count + parents.count * 4 + namePool.count * 4 + nameStart.count * 5 + index.byteCount
    }

    /// The tables as held (for writing `index.bin`).
    var tables: Tables {
        Tables(codes: codes, levels: levels, parents: parents, namePool: namePool, nameStart: nameStart,
               nameLength: nameLength, officialCount: officialCount, index: index)
    }

    /// The embedded data: the precomputed index when it matches the embedded TSVs, else the TSVs.
    convenience init() {
        self.init(sources: .embedded, index: GazetteerIndexFile.embedded)
    }

    /// Loads from `index` when its header matches `sources`; builds from `sources` otherwise (or
    /// when `index` is nil).
    init(sources: GazetteerSources, index indexFile: UnsafeRawBufferPointer?) {
        let clock = ContinuousClock()
        let started = clock.now
        let matches = indexFile.map { GazetteerIndexFile.headerMismatch($0, sources: sources) == nil } ?? false
        let checked = clock.now
        let tables: Tables
        if matches, let indexFile, let read = GazetteerIndexFile.read(indexFile, sources: sources, headerChecked: true) {
            tables = read
            source = .index
        } else {
            tables = Self.build(sources)
            source = .tsv
        }
        codes = tables.codes
        levels = tables.levels
        parents = tables.parents
        namePool = tables.namePool
        nameStart = tables.nameStart
        nameLength = tables.nameLength
        officialCount = tables.officialCount
        index = tables.index
        loadMilliseconds = Self.milliseconds(clock.now - started)
        indexCheckMilliseconds = Self.milliseconds(checked - started)
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    /// The tables built from the TSV rows.
    static func build(_ sources: GazetteerSources) -> Tables {
        var builder = Builder(capacity: 72_500)
        TSV.rows(sources.divisions) { fields in builder.addDivision(fields) }
        builder.officialCount = builder.codes.count
        TSV.rows(sources.villages) { fields in builder.addDivision(fields) }
        TSV.rows(sources.aliases) { fields in builder.addAlias(fields) }
        return Tables(codes: builder.codes, levels: builder.levels, parents: builder.parents, namePool: builder.namePool,
                      nameStart: builder.nameStart, nameLength: builder.nameLength, officialCount: builder.officialCount,
                      index: builder.index)
    }

    // MARK: Lookups

    /// The unit of a 12-digit code (levels 1–4 by binary search, level 5 by scan of its town).
    package func unit(code: String) -> Int? {
        guard code.utf8.count == 12, let value = UInt64(code) else { return nil }
        return unit(code: value)
    }

    func unit(code: UInt64) -> Int? {
        if let unit = Self.search(codes, code, in: 0..<officialCount) { return unit }
        return Self.search(codes, code, in: officialCount..<codes.count)
    }

    private static func search(_ codes: [UInt64], _ code: UInt64, in range: Range<Int>) -> Int? {
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let mid = (low + high) / 2
            if codes[mid] < code { low = mid + 1 } else { high = mid }
        }
        return low < range.upperBound && codes[low] == code ? low : nil
    }

    /// The display name of a unit (normalised, simplified).
    package func name(_ unit: Int) -> String {
        let start = Int(nameStart[unit])
        var view = String.UnicodeScalarView()
        for value in namePool[start..<(start + Int(nameLength[unit]))] {
            if let scalar = Unicode.Scalar(value) { view.append(scalar) }
        }
        return String(view)
    }

    func level(_ unit: Int) -> Int { Int(levels[unit]) }

    func codeString(_ unit: Int) -> String {
        let digits = String(codes[unit])
        return String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }

    /// Names from the province down to `unit`, placeholders (`市辖区`, `省直辖县级行政区划`) left out.
    package func path(_ unit: Int) -> [String] {
        var chain: [Int] = []
        var current = unit
        while current >= 0 {
            chain.append(current)
            current = Int(parents[current])
        }
        return chain.reversed().map(name).filter { !PlaceLexicon.placeholders.contains($0) }
    }

    /// The ancestor of `unit` at `level` (or `unit` itself), if any.
    func ancestor(_ unit: Int, atLevel level: Int) -> Int? {
        var current = unit
        while current >= 0 {
            if Int(levels[current]) == level { return current }
            if Int(levels[current]) < level { return nil }
            current = Int(parents[current])
        }
        return nil
    }

    /// True when `ancestor` is `unit` or above it.
    func isAncestor(_ ancestor: Int, of unit: Int) -> Bool {
        var current = unit
        while current >= 0 {
            if current == ancestor { return true }
            if levels[current] <= levels[ancestor] { return false }
            current = Int(parents[current])
        }
        return false
    }

    /// How closely two units are related: the level of their deepest common ancestor (0 = none;
    /// 1 same province, 2 same prefecture, … ; a unit and its own descendant share the unit's level).
    func relatedness(_ a: Int, _ b: Int) -> Int {
        let digits = [0, 2, 4, 6, 9, 12]
        let depth = min(Int(levels[a]), Int(levels[b]))
        var shared = 0
        for level in 1...depth {
            let divisor = pow10(12 - digits[level])
            if codes[a] / divisor == codes[b] / divisor { shared = level } else { break }
        }
        return shared
    }

    private func pow10(_ n: Int) -> UInt64 {
        var value: UInt64 = 1
        for _ in 0..<n { value *= 10 }
        return value
    }

    /// Payloads (unit, kind) of a key found by ``NameIndex``.
    func entries(ofKey key: Int) -> [(unit: Int, kind: MatchKind)] {
        index.payloads(of: key).map { (Int($0 >> 2), MatchKind(rawValue: $0 & 3) ?? .official) }
    }
}

// MARK: - Building

extension Gazetteer {
    /// Accumulates units and keys while the TSV rows stream by.
    private struct Builder {
        var codes: [UInt64] = []
        var levels: [UInt8] = []
        var parents: [Int32] = []
        var namePool: [UInt32] = []
        var nameStart: [Int32] = []
        var nameLength: [UInt8] = []
        var officialCount = 0
        var index: NameIndex
        private var scratch: [UInt32] = []
        private let placeholderKeys: Set<[UInt32]>
        private let genericKeys: Set<[UInt32]>

        init(capacity: Int) {
            codes.reserveCapacity(capacity)
            levels.reserveCapacity(capacity)
            parents.reserveCapacity(capacity)
            nameStart.reserveCapacity(capacity)
            nameLength.reserveCapacity(capacity)
            namePool.reserveCapacity(capacity * 5)
            index = NameIndex(expectedKeys: 62_000)
            placeholderKeys = Set(PlaceLexicon.placeholders.map(PlaceNames.scalars))
            genericKeys = Set(PlaceLexicon.genericKeys.map(PlaceNames.scalars))
        }

        mutating func addDivision(_ fields: TSV.Fields) {
            guard fields.count >= 4, let code = fields.number(0), let level = fields.number(2), let parentCode = fields.number(3) else { return }
            let unit = codes.count
            var parent: Int32 = -1
            if parentCode != 0 {
                // Parents of levels 2–5 are among the level 1–4 rows, which are sorted by code.
                var low = 0, high = officialCount == 0 ? codes.count : officialCount
                while low < high {
                    let mid = (low + high) / 2
                    if codes[mid] < parentCode { low = mid + 1 } else { high = mid }
                }
                if low < codes.count, codes[low] == parentCode { parent = Int32(low) }
            }
            fields.scalars(1, into: &scratch)
            let official = scratch
            let display = PlaceNames.display(official, level: Int(level))
            codes.append(code)
            levels.append(UInt8(level))
            parents.append(parent)
            nameStart.append(Int32(namePool.count))
            nameLength.append(UInt8(min(display.count, 255)))
            namePool.append(contentsOf: display)
            if level <= 3 && placeholderKeys.contains(official) { return }
            if level == 5 {
                // Only the normalised name: the committee suffix after it is taken by the matcher
                // (`PlaceNames.committeeSuffixLength`), which keeps the index a third smaller.
                addKey(display[...], unit: unit, kind: display == official ? .official : .normalized)
                // `周家沟居委会` (no 社区 in the official name) is also written as such.
                let stripped = PlaceNames.withoutNote(official)
                if stripped != display && PlaceNames.endsWithCommunity(display) && !PlaceNames.containsCommunity(stripped) {
                    addKey(stripped[...], unit: unit, kind: .official)
                }
                return
            }
            addKey(official[...], unit: unit, kind: .official)
            for key in PlaceNames.variants(official: official, display: display, level: Int(level)) where key != official {
                addKey(key[...], unit: unit, kind: .normalized)
            }
        }

        mutating func addAlias(_ fields: TSV.Fields) {
            guard fields.count >= 3, let code = fields.number(0) else { return }
            var low = 0, high = officialCount
            while low < high {
                let mid = (low + high) / 2
                if codes[mid] < code { low = mid + 1 } else { high = mid }
            }
            guard low < officialCount, codes[low] == code else { return }
            fields.scalars(1, into: &scratch)
            let alias = scratch
            var kindScalars: [UInt32] = []
            fields.scalars(2, into: &kindScalars)
            let kind: MatchKind = kindScalars.first == UInt32(UInt8(ascii: "f")) ? .former : .short
            addKey(alias[...], unit: low, kind: kind)
        }

        private mutating func addKey(_ key: ArraySlice<UInt32>, unit: Int, kind: MatchKind) {
            guard key.count >= 2 else { return }
            if key.count <= 5 && genericKeys.contains(Array(key)) { return }
            index.insert(key, payload: Int32(unit) << 2 | kind.rawValue)
        }
    }
}

/// Streams the rows of an embedded TSV file (header skipped) without copying it.
enum TSV {
    struct Fields {
        let bytes: UnsafeBufferPointer<UInt8>
        var starts: [Int] = []
        var ends: [Int] = []
        var count: Int { starts.count }

        /// The field as an unsigned decimal number (a 12-digit code, a level).
        func number(_ field: Int) -> UInt64? {
            guard field < starts.count, starts[field] < ends[field] else { return nil }
            var value: UInt64 = 0
            for i in starts[field]..<ends[field] {
                let digit = bytes[i] &- 48
                guard digit < 10 else { return nil }
                value = value * 10 + UInt64(digit)
            }
            return value
        }

        /// The field's Unicode scalars (UTF-8 decoded by hand: the data is valid UTF-8).
        func scalars(_ field: Int, into out: inout [UInt32]) {
            out.removeAll(keepingCapacity: true)
            guard field < starts.count else { return }
            var i = starts[field]
            let end = ends[field]
            while i < end {
                let b0 = UInt32(bytes[i])
                if b0 < 0x80 {
                    out.append(b0); i += 1
                } else if b0 < 0xE0, i + 1 < end {
                    out.append((b0 & 0x1F) << 6 | UInt32(bytes[i + 1]) & 0x3F); i += 2
                } else if b0 < 0xF0, i + 2 < end {
                    out.append((b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | UInt32(bytes[i + 2]) & 0x3F); i += 3
                } else if i + 3 < end {
                    out.append((b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6
                        | UInt32(bytes[i + 3]) & 0x3F); i += 4
                } else {
                    i += 1
                }
            }
        }
    }

    static func rows(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Fields) -> Void) {
        var fields = Fields(bytes: bytes)
        fields.starts.reserveCapacity(8)
        fields.ends.reserveCapacity(8)
        var lineStart = 0
        var header = true
        let count = bytes.count
        while lineStart < count {
            var end = lineStart
            while end < count && bytes[end] != 10 { end += 1 }
            if !header {
                fields.starts.removeAll(keepingCapacity: true)
                fields.ends.removeAll(keepingCapacity: true)
                var fieldStart = lineStart
                var lineEnd = end
                if lineEnd > lineStart && bytes[lineEnd - 1] == 13 { lineEnd -= 1 }
                for i in lineStart...lineEnd where i == lineEnd || bytes[i] == 9 {
                    fields.starts.append(fieldStart)
                    fields.ends.append(i)
                    fieldStart = i + 1
                }
                if lineEnd > lineStart { body(fields) }
            }
            header = false
            lineStart = end + 1
        }
    }
}
