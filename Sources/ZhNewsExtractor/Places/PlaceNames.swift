/// Normalisation of NBS names: committee suffixes, `…办事处` forms, parenthesised notes.
///
/// - level 4: `…街道办事处` / `…办事处街道` / `…办事处` → `…街道`; `…街` (吴家山街) also keys as `…街道`;
/// - level 5: `（油坊院村）` notes dropped; `…社区居民委员会` / `…社区居委会` / `…居委会` → `…社区`;
///   `…村村民委员会` / `…村委会` / `…村民委员会` → `…村`.
enum PlaceNames {
    static func scalars(_ string: String) -> [UInt32] { string.unicodeScalars.map(\.value) }

    private static let jiedao = scalars("街道")
    private static let banshichu = scalars("办事处")
    private static let jie = scalars("街")
    private static let jiedaoBanshichu = scalars("街道办事处")
    private static let banshichuJiedao = scalars("办事处街道")
    private static let shequ = scalars("社区")
    private static let cun = scalars("村")
    /// (suffix, replacement) for level 5, first match wins.
    private static let committeeRules: [([UInt32], [UInt32])] = [
        ("社区居民委员会", "社区"), ("社区居委会", "社区"), ("社区委员会", "社区"), ("村村民委员会", "村"), ("村村委会", "村"),
        ("村民委员会", "村"), ("村委会", "村"), ("居民委员会", "社区"), ("居委会", "社区"),
    ].map { (scalars($0.0), scalars($0.1)) }

    static func hasSuffix(_ name: [UInt32], _ suffix: [UInt32]) -> Bool {
        name.count >= suffix.count && name[(name.count - suffix.count)...].elementsEqual(suffix)
    }

    /// The name without a trailing parenthesised note (`镜潭居委会（油坊院村）` → `镜潭居委会`).
    static func withoutNote(_ name: [UInt32]) -> [UInt32] {
        if let open = name.firstIndex(where: { $0 == 0xFF08 || $0 == 0x28 }), open > 0 { return Array(name[..<open]) }
        return name
    }

    /// The name shown in output and paths.
    static func display(_ official: [UInt32], level: Int) -> [UInt32] {
        switch level {
        case 4:
            let name = withoutNote(official)
            if hasSuffix(name, jiedaoBanshichu) { return Array(name.dropLast(3)) }
            if hasSuffix(name, banshichuJiedao) { return Array(name.dropLast(5)) + jiedao }
            if hasSuffix(name, banshichu) && name.count > 3 { return Array(name.dropLast(3)) + jiedao }
            return name
        case 5:
            let name = withoutNote(official)
            for (suffix, replacement) in committeeRules where hasSuffix(name, suffix) && name.count > suffix.count {
                return Array(name.dropLast(suffix.count)) + replacement
            }
            return name
        default:
            return official
        }
    }

    /// Further keys a division is matched by (besides its official name).
    static func variants(official: [UInt32], display: [UInt32], level: Int) -> [[UInt32]] {
        var keys: [[UInt32]] = []
        if display != official { keys.append(display) }
        switch level {
        case 4:
            let stripped = withoutNote(official)
            if stripped != official && stripped != display { keys.append(stripped) }
            if hasSuffix(display, jie) && display.count > 2 { keys.append(display + [jiedao[1]]) }
        case 5:
            let stripped = withoutNote(official)
            if stripped != official && stripped != display { keys.append(stripped) }
        default:
            break
        }
        return keys
    }

    /// Committee words that may follow a level-5 name in text (`界牌社区` + `居民委员会`, `幸福村` + `委会`).
    private static let afterCommunity = ["居民委员会", "居委会"].map(scalars)
    private static let afterVillage = ["村民委员会", "村委会", "民委员会", "委会"].map(scalars)

    /// How many scalars of committee suffix follow a level-5 name ending at `end` in `text`.
    static func committeeSuffixLength(after name: ArraySlice<UInt32>, in text: [UInt32], at end: Int) -> Int {
        guard let last = name.last else { return 0 }
        let candidates = last == shequ[1] ? afterCommunity : last == cun[0] ? afterVillage : []
        for suffix in candidates where end + suffix.count <= text.count {
            var same = true
            for k in 0..<suffix.count where text[end + k] != suffix[k] { same = false; break }
            if same { return suffix.count }
        }
        return 0
    }

    static func containsCommunity(_ name: [UInt32]) -> Bool {
        name.count >= 2 && (0..<(name.count - 1)).contains { name[$0] == shequ[0] && name[$0 + 1] == shequ[1] }
    }

    static func endsWithCommunity(_ name: [UInt32]) -> Bool { hasSuffix(name, shequ) }
    static func endsWithVillage(_ name: [UInt32]) -> Bool { hasSuffix(name, cun) }
}
