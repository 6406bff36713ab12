/// A hash index of names over Unicode scalars, matched against a text in one left-to-right pass.
///
/// Keys live in one flat scalar pool (offset + length). Two open-addressing tables are built:
/// - `prefixes`: the first two scalars of every key → a bit set of the key lengths starting with
///   them, so most text positions cost one probe and are rejected;
/// - `slots`: a key's full hash → key id (verified scalar by scalar).
/// Each key carries a singly linked list of payloads (`Int32`), e.g. division index and match kind.
struct NameIndex: Sendable {
    private(set) var pool: [UInt32] = []
    private(set) var keyStart: [Int32] = []
    private(set) var keyLength: [UInt8] = []
    private(set) var keyHead: [Int32] = []       // first payload of each key (index into payloads)
    private(set) var payloads: [Int32] = []
    private(set) var payloadNext: [Int32] = []
    private(set) var slots: [Int32]              // key id + 1; 0 = empty
    private(set) var slotMask: Int
    /// The first two scalars of keys (21 bits each) packed with a bit set of the key lengths 2…22
    /// starting with them (bits 42…62); 0 = empty.
    private(set) var prefixTable: [UInt64]
    private(set) var prefixMask: Int
    private(set) var prefixCount = 0
    private(set) var maxLength = 0

    /// Key lengths are limited to 22 scalars (the length bit set shares a word with the prefix).
    static let maxKeyLength = 22
    private static let prefixBits: UInt64 = (1 << 42) - 1

    init(expectedKeys: Int) {
        var size = 16
        while size < expectedKeys + expectedKeys / 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        slotMask = size - 1
        prefixTable = Array(repeating: 0, count: size / 2)
        prefixMask = size / 2 - 1
        pool.reserveCapacity(expectedKeys * 5)
        keyStart.reserveCapacity(expectedKeys)
        keyLength.reserveCapacity(expectedKeys)
        keyHead.reserveCapacity(expectedKeys)
        payloads.reserveCapacity(expectedKeys + expectedKeys / 4)
        payloadNext.reserveCapacity(expectedKeys + expectedKeys / 4)
    }

    /// The tables exactly as a built index holds them (read back from `Data/gazetteer/index.bin`
    /// by ``GazetteerIndexFile``; the caller has checked that their sizes agree).
    init(
        pool: [UInt32], keyStart: [Int32], keyLength: [UInt8], keyHead: [Int32], payloads: [Int32], payloadNext: [Int32],
        slots: [Int32], slotMask: Int, prefixTable: [UInt64], prefixMask: Int, prefixCount: Int, maxLength: Int
    ) {
        self.pool = pool
        self.keyStart = keyStart
        self.keyLength = keyLength
        self.keyHead = keyHead
        self.payloads = payloads
        self.payloadNext = payloadNext
        self.slots = slots
        self.slotMask = slotMask
        self.prefixTable = prefixTable
        self.prefixMask = prefixMask
        self.prefixCount = prefixCount
        self.maxLength = maxLength
    }

    var keyCount: Int { keyStart.count }

    @inline(__always)
    static func mix(_ hash: UInt64, _ scalar: UInt32) -> UInt64 {
        (hash ^ UInt64(scalar)) &* 0x100_0000_01b3
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    private static func finish(_ hash: UInt64) -> Int {
        var x = hash
        x ^= x >> 31
        x = x &* 0x7fb5_d329_728e_a185
        x ^= x >> 27
        return Int(truncatingIfNeeded: x)
    }

    /// Adds `payload` under the key `scalars` (length 2…22; other lengths are ignored).
    mutating func insert(_ scalars: ArraySlice<UInt32>, payload: Int32) {
        let length = scalars.count
        guard length >= 2, length <= Self.maxKeyLength else { return }
        var hash = Self.seed
        for s in scalars { hash = Self.mix(hash, s) }
        var slot = Self.finish(hash) & slotMask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let key = Int(entry - 1)
            if Int(keyLength[key]) == length && equal(key, scalars) {
                payloads.append(payload)
                payloadNext.append(keyHead[key])
                keyHead[key] = Int32(payloads.count - 1)
                return
            }
            slot = (slot + 1) & slotMask
        }
        if keyStart.count * 3 >= slots.count * 2 { grow(); insert(scalars, payload: payload); return }
        let key = keyStart.count
        keyStart.append(Int32(pool.count))
        keyLength.append(UInt8(length))
        pool.append(contentsOf: scalars)
        payloads.append(payload)
        payloadNext.append(-1)
        keyHead.append(Int32(payloads.count - 1))
        slots[slot] = Int32(key + 1)
        maxLength = max(maxLength, length)
        // Prefix table: the first two scalars → bit set of lengths.
        let prefix = Self.prefix(scalars[scalars.startIndex], scalars[scalars.startIndex + 1])
        if prefixCount * 3 >= prefixTable.count * 2 { growPrefixes() }
        var p = Self.finish(prefix) & prefixMask
        while prefixTable[p] != 0 && prefixTable[p] & Self.prefixBits != prefix { p = (p + 1) & prefixMask }
        if prefixTable[p] == 0 { prefixCount += 1 }
        prefixTable[p] |= prefix | 1 << UInt64(40 + length)
    }

    @inline(__always)
    private static func prefix(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 21 | UInt64(b) }

    private mutating func growPrefixes() {
        let old = prefixTable
        prefixTable = Array(repeating: 0, count: old.count * 2)
        prefixMask = prefixTable.count - 1
        for entry in old where entry != 0 {
            var p = Self.finish(entry & Self.prefixBits) & prefixMask
            while prefixTable[p] != 0 { p = (p + 1) & prefixMask }
            prefixTable[p] = entry
        }
    }

    @inline(__always)
    private func equal(_ key: Int, _ scalars: ArraySlice<UInt32>) -> Bool {
        let base = Int(keyStart[key])
        var i = scalars.startIndex
        for k in base..<(base + scalars.count) {
            if pool[k] != scalars[i] { return false }
            i += 1
        }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: 0, count: size)
        slotMask = size - 1
        for key in 0..<keyStart.count {
            var hash = Self.seed
            let start = Int(keyStart[key])
            for s in pool[start..<(start + Int(keyLength[key]))] { hash = Self.mix(hash, s) }
            var slot = Self.finish(hash) & slotMask
            while slots[slot] != 0 { slot = (slot + 1) & slotMask }
            slots[slot] = Int32(key + 1)
        }
    }

    /// The key id of exactly `scalars`, if indexed.
    func key(_ scalars: ArraySlice<UInt32>) -> Int? {
        var hash = Self.seed
        for s in scalars { hash = Self.mix(hash, s) }
        let text = Array(scalars)
        return probe(hash: hash, text: text, start: 0, length: text.count)
    }

    @inline(__always)
    private func probe(hash: UInt64, text: [UInt32], start: Int, length: Int) -> Int? {
        var slot = Self.finish(hash) & slotMask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let key = Int(entry - 1)
            if Int(keyLength[key]) == length {
                let base = Int(keyStart[key])
                var same = true
                for k in 0..<length where pool[base + k] != text[start + k] { same = false; break }
                if same { return key }
            }
            slot = (slot + 1) & slotMask
        }
    }

    /// Calls `body(start, end, key)` for every key occurring in `text`, in order of start, then length.
    func forEachMatch(in text: [UInt32], _ body: (Int, Int, Int) -> Void) {
        let count = text.count
        guard count >= 2 else { return }
        for i in 0..<(count - 1) {
            let a = text[i], b = text[i + 1]
            guard a < 0x200000, b < 0x200000 else { continue }
            let prefix = Self.prefix(a, b)
            var p = Self.finish(prefix) & prefixMask
            var lengths: UInt64 = 0
            while true {
                let entry = prefixTable[p]
                if entry == 0 { break }
                if entry & Self.prefixBits == prefix { lengths = entry >> 40; break }
                p = (p + 1) & prefixMask
            }
            if lengths == 0 { continue }
            var hash = Self.seed
            var length = 0
            let limit = min(maxLength, count - i)
            while length < limit {
                hash = Self.mix(hash, text[i + length])
                length += 1
                if lengths & (1 << UInt64(length)) != 0, let key = probe(hash: hash, text: text, start: i, length: length) {
                    body(i, i + length, key)
                }
                if lengths >> UInt64(length + 1) == 0 { break }
            }
        }
    }

    /// The payloads stored under `key`.
    func payloads(of key: Int) -> [Int32] {
        var out: [Int32] = []
        var p = keyHead[key]
        while p >= 0 {
            out.append(payloads[Int(p)])
            p = payloadNext[Int(p)]
        }
        return out
    }

    /// The scalars of `key`.
    func scalars(of key: Int) -> ArraySlice<UInt32> {
        let start = Int(keyStart[key])
        return pool[start..<(start + Int(keyLength[key]))]
    }

    /// Approximate heap bytes held.
    var byteCount: Int {
        pool.count * 4 + keyStart.count * 4 + keyLength.count + keyHead.count * 4 + payloads.count * 8
            + slots.count * 4 + prefixTable.count * 8
    }
}
