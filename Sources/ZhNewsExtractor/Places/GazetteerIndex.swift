import ZhNewsData

/// The three embedded gazetteer TSVs (`Data/gazetteer/`), as bytes.
struct GazetteerSources {
    var divisions: UnsafeBufferPointer<UInt8>
    var villages: UnsafeBufferPointer<UInt8>
    var aliases: UnsafeBufferPointer<UInt8>

    /// The TSVs compiled into the binary (static memory, never freed).
    static var embedded: GazetteerSources {
        let divisions = zh_data_gazetteer_divisions(), villages = zh_data_gazetteer_hubei_l5(), aliases = zh_data_gazetteer_aliases()
        return GazetteerSources(
            divisions: UnsafeBufferPointer(start: divisions.bytes, count: divisions.count),
            villages: UnsafeBufferPointer(start: villages.bytes, count: villages.count),
            aliases: UnsafeBufferPointer(start: aliases.bytes, count: aliases.count))
    }

    var all: [UnsafeBufferPointer<UInt8>] { [divisions, villages, aliases] }
}

/// `Data/gazetteer/index.bin`: the tables ``Gazetteer`` and ``NameIndex`` build from the TSVs,
/// precomputed, so that loading is a header check and a few copies instead of a build.
///
/// Layout (all integers little-endian; offsets in bytes):
///
/// | offset | size | field |
/// |---|---|---|
/// | 0 | 8 | magic `ZHGAZIDX` |
/// | 8 | 4 | format version (``formatVersion``) |
/// | 12 | 4 | header size (``headerSize``, 216) |
/// | 16 | 3 × 16 | per source TSV (`divisions.tsv`, `divisions-l5-hubei.tsv`, `aliases-l1-3.tsv`): byte count (u64), ``checksum(_:)`` (u64) |
/// | 64 | 8 | ``checksum(_:)`` of the builder's word lists (`PlaceLexicon.placeholders`, `.genericKeys`) |
/// | 72 | 5 × 8 | `officialCount`, `slotMask`, `prefixMask`, `prefixCount`, `maxLength` (u64) |
/// | 112 | 13 × 8 | element count of each array below (u64) |
/// | 216 | … | the arrays in this order, each zero-padded to a multiple of 8 bytes |
///
/// Arrays: `codes` u64, `levels` u8, `parents` i32, `namePool` u32, `nameStart` i32, `nameLength` u8
/// (``Gazetteer``); `pool` u32, `keyStart` i32, `keyLength` u8, `keyHead` i32, `payloads` i32,
/// `payloadNext` i32, `slots` i32 — and `prefixTable` u64 as the 14th, whose count is `prefixMask + 1`.
///
/// The file is used only when its header matches the embedded TSVs and word lists exactly and
/// every size agrees; otherwise the gazetteer is built from the TSVs, so a stale index is never
/// used (only slower). `GazetteerIndexTests` fails when the committed file differs from what the
/// TSVs build; `scripts/build-gazetteer-index` rewrites it.
enum GazetteerIndexFile {
    static let magic: [UInt8] = Array("ZHGAZIDX".utf8)
    /// Bump when the layout changes or the build rules (`Gazetteer.Builder`, `PlaceNames`) change.
    static let formatVersion: UInt32 = 1
    static let headerSize = 216
    private static let arrayCountsOffset = 112
    private static let countedArrays = 13

    /// The index compiled into the binary (empty when `Data/gazetteer/index.bin` was missing at build time).
    static var embedded: UnsafeRawBufferPointer {
        let blob = zh_data_gazetteer_index()
        return UnsafeRawBufferPointer(start: blob.bytes, count: blob.count)
    }

    // MARK: Checksum

    /// A 64-bit checksum of `bytes`: four independent multiply–rotate lanes over 8-byte words (in
    /// the style of xxHash64, not compatible with it), then the tail and the length. About
    /// 0.3 ms for the 3.2 MB of TSVs in a release build.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let p1: UInt64 = 0x9E37_79B1_85EB_CA87, p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F, p3: UInt64 = 0x1656_67B1_9E37_79F9
        @inline(__always) func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { x << r | x >> (64 - r) }
        @inline(__always) func word(_ offset: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        @inline(__always) func round(_ acc: UInt64, _ input: UInt64) -> UInt64 { rotl(acc &+ input &* p2, 31) &* p1 }
        let count = bytes.count
        var a = p1 &+ p2, b = p2, c: UInt64 = 0, d = 0 &- p1
        var i = 0
        while i + 32 <= count {
            a = round(a, word(i))
            b = round(b, word(i + 8))
            c = round(c, word(i + 16))
            d = round(d, word(i + 24))
            i += 32
        }
        var h = rotl(a, 1) &+ rotl(b, 7) &+ rotl(c, 12) &+ rotl(d, 18)
        while i + 8 <= count {
            h = rotl(h ^ round(0, word(i)), 27) &* p1 &+ p3
            i += 8
        }
        while i < count {
            h = rotl(h ^ UInt64(bytes[i]) &* p3, 11) &* p1
            i += 1
        }
        h ^= UInt64(count)
        h ^= h >> 33
        h = h &* p2
        h ^= h >> 29
        h = h &* p3
        h ^= h >> 32
        return h
    }

    /// The checksum of the word lists the builder reads besides the TSVs.
    static func lexiconChecksum() -> UInt64 {
        let text = "placeholders\n" + PlaceLexicon.placeholders.sorted().joined(separator: "\n")
            + "\ngeneric\n" + PlaceLexicon.genericKeys.sorted().joined(separator: "\n")
        return Array(text.utf8).withUnsafeBytes { checksum($0) }
    }

    // MARK: Writing

    /// The file's bytes for `tables`, built from `sources`.
    static func serialize(_ tables: Gazetteer.Tables, sources: GazetteerSources) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(6_000_000)
        out += magic
        append(formatVersion, to: &out)
        append(UInt32(headerSize), to: &out)
        for source in sources.all {
            append(UInt64(source.count), to: &out)
            append(checksum(UnsafeRawBufferPointer(source)), to: &out)
        }
        append(lexiconChecksum(), to: &out)
        let index = tables.index
        for value in [tables.officialCount, index.slotMask, index.prefixMask, index.prefixCount, index.maxLength] {
            append(UInt64(value), to: &out)
        }
        let counts = [
            tables.codes.count, tables.levels.count, tables.parents.count, tables.namePool.count, tables.nameStart.count,
            tables.nameLength.count, index.pool.count, index.keyStart.count, index.keyLength.count, index.keyHead.count,
            index.payloads.count, index.payloadNext.count, index.slots.count,
        ]
        precondition(counts.count == countedArrays && out.count == arrayCountsOffset)
        for count in counts { append(UInt64(count), to: &out) }
        precondition(out.count == headerSize)
        appendArray(tables.codes, to: &out)
        appendArray(tables.levels, to: &out)
        appendArray(tables.parents, to: &out)
        appendArray(tables.namePool, to: &out)
        appendArray(tables.nameStart, to: &out)
        appendArray(tables.nameLength, to: &out)
        appendArray(index.pool, to: &out)
        appendArray(index.keyStart, to: &out)
        appendArray(index.keyLength, to: &out)
        appendArray(index.keyHead, to: &out)
        appendArray(index.payloads, to: &out)
        appendArray(index.payloadNext, to: &out)
        appendArray(index.slots, to: &out)
        appendArray(index.prefixTable, to: &out)
        return out
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }

    private static func appendArray<T: FixedWidthInteger>(_ values: [T], to out: inout [UInt8]) {
        if 1.littleEndian == 1 {
            values.withUnsafeBytes { out.append(contentsOf: $0) }
        } else {
            for value in values { append(value, to: &out) }
        }
        while out.count % 8 != 0 { out.append(0) }
    }

    // MARK: Reading

    /// Why `file` cannot be used with `sources` (nil when its header matches them).
    static func headerMismatch(_ file: UnsafeRawBufferPointer, sources: GazetteerSources) -> String? {
        guard file.count >= headerSize else { return file.isEmpty ? "no index embedded" : "shorter than its header" }
        guard file.prefix(magic.count).elementsEqual(magic) else { return "bad magic" }
        let version: UInt32 = load(file, 8)
        guard version == formatVersion else { return "format version \(version), expected \(formatVersion)" }
        guard Int(load(file, 12) as UInt32) == headerSize else { return "header size" }
        let names = ["divisions.tsv", "divisions-l5-hubei.tsv", "aliases-l1-3.tsv"]
        for (number, source) in sources.all.enumerated() {
            let size: UInt64 = load(file, 16 + number * 16)
            guard size == UInt64(source.count) else { return "\(names[number]): \(source.count) bytes, index made from \(size)" }
        }
        for (number, source) in sources.all.enumerated() {
            guard load(file, 24 + number * 16) == checksum(UnsafeRawBufferPointer(source)) else {
                return "\(names[number]): checksum differs (edited since the index was made)"
            }
        }
        guard load(file, 64) == lexiconChecksum() else { return "PlaceLexicon placeholders or generic keys changed" }
        return nil
    }

    /// The tables in `file`, or nil when it does not match `sources` or its sizes disagree
    /// (`headerChecked`: the caller has just seen ``headerMismatch(_:sources:)`` return nil).
    static func read(_ file: UnsafeRawBufferPointer, sources: GazetteerSources, headerChecked: Bool = false) -> Gazetteer.Tables? {
        guard headerChecked || headerMismatch(file, sources: sources) == nil else { return nil }
        var scalars: [Int] = []
        for k in 0..<5 {
            let value: UInt64 = load(file, 72 + k * 8)
            guard value <= UInt64(Int32.max) else { return nil }
            scalars.append(Int(value))
        }
        let (officialCount, slotMask, prefixMask, prefixCount, maxLength) = (scalars[0], scalars[1], scalars[2], scalars[3], scalars[4])
        var counts: [Int] = []
        for k in 0..<countedArrays {
            let value: UInt64 = load(file, arrayCountsOffset + k * 8)
            guard value <= UInt64(Int32.max) else { return nil }
            counts.append(Int(value))
        }
        counts.append(prefixMask + 1)
        // Sizes that must agree: units, keys, payloads, and the two power-of-two tables.
        let units = counts[0], keys = counts[7]
        guard counts[1] == units, counts[2] == units, counts[4] == units, counts[5] == units, officialCount <= units,
              counts[8] == keys, counts[9] == keys, counts[11] == counts[10],
              counts[12] == slotMask + 1, counts[12].nonzeroBitCount == 1, counts[13].nonzeroBitCount == 1,
              keys < counts[12], prefixCount <= counts[13], maxLength <= NameIndex.maxKeyLength
        else { return nil }
        let widths = [8, 1, 4, 4, 4, 1, 4, 4, 1, 4, 4, 4, 4, 8]
        var total = headerSize
        for (count, width) in zip(counts, widths) { total += (count * width + 7) / 8 * 8 }
        guard total == file.count else { return nil }

        var offset = headerSize
        func next<T: FixedWidthInteger>(_: T.Type, _ count: Int) -> [T] {
            defer { offset += (count * MemoryLayout<T>.size + 7) / 8 * 8 }
            return copyArray(file, offset, count)
        }
        let codes = next(UInt64.self, counts[0])
        let levels = next(UInt8.self, counts[1])
        let parents = next(Int32.self, counts[2])
        let namePool = next(UInt32.self, counts[3])
        let nameStart = next(Int32.self, counts[4])
        let nameLength = next(UInt8.self, counts[5])
        let index = NameIndex(
            pool: next(UInt32.self, counts[6]), keyStart: next(Int32.self, counts[7]), keyLength: next(UInt8.self, counts[8]),
            keyHead: next(Int32.self, counts[9]), payloads: next(Int32.self, counts[10]), payloadNext: next(Int32.self, counts[11]),
            slots: next(Int32.self, counts[12]), slotMask: slotMask, prefixTable: next(UInt64.self, counts[13]), prefixMask: prefixMask,
            prefixCount: prefixCount, maxLength: maxLength)
        return Gazetteer.Tables(
            codes: codes, levels: levels, parents: parents, namePool: namePool, nameStart: nameStart, nameLength: nameLength,
            officialCount: officialCount, index: index)
    }

    /// A little-endian integer at `offset` (the embedded bytes have alignment 1).
    private static func load<T: FixedWidthInteger>(_ file: UnsafeRawBufferPointer, _ offset: Int) -> T {
        T(littleEndian: file.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    /// `count` little-endian elements at `offset`, copied (memcpy) into a new array.
    private static func copyArray<T: FixedWidthInteger>(_ file: UnsafeRawBufferPointer, _ offset: Int, _ count: Int) -> [T] {
        var array = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let byteCount = count * MemoryLayout<T>.size
            if byteCount > 0 {
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: file[offset..<(offset + byteCount)]))
            }
            initialized = count
        }
        if 1.littleEndian != 1 {
            for k in array.indices { array[k] = T(littleEndian: array[k]) }
        }
        return array
    }
}
