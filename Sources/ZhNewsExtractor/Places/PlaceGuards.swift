/// Checks that keep names of institutions, facilities and common words from being read as places.
///
/// - `湖北汽车工业学院`, `十堰市妇幼保健院`, `东风公司`: a division (or a chain of them) followed in the
///   same run of characters by an institution suffix names the institution, not the place;
/// - `清河大桥`, `龙湾隧道`: a short name followed by a facility word is not the division;
/// - `和县` in `区和县`: a two-character official name inside a longer word is not matched.
struct PlaceGuards: Sendable {
    static let shared = PlaceGuards()

    private let institutions: [[UInt32]]
    private let institutionFalseNext: [[UInt32]: Set<UInt32>]
    private let facilities: [[UInt32]]
    private let countyOnlyFacilities: Set<[UInt32]>
    private let stopShort: Set<[UInt32]>
    private let boundaryChars: Set<UInt32>
    private let de = PlaceNames.scalars("的")[0]

    init() {
        institutions = PlaceLexicon.institutionSuffixes.map(PlaceNames.scalars)
        var falseNext: [[UInt32]: Set<UInt32>] = [:]
        for (word, next) in PlaceLexicon.institutionFalseNext {
            falseNext[PlaceNames.scalars(word)] = Set(next.flatMap { $0.unicodeScalars.map(\.value) })
        }
        institutionFalseNext = falseNext
        facilities = PlaceLexicon.facilityNext.map(PlaceNames.scalars)
        countyOnlyFacilities = Set(PlaceLexicon.facilityNextForCounties.map(PlaceNames.scalars))
        stopShort = Set(PlaceLexicon.stopShortNames.map(PlaceNames.scalars))
        boundaryChars = Set(PlaceLexicon.cutWords.filter { $0.count == 1 }.map { $0.unicodeScalars.first!.value })
    }

    @inline(__always)
    private func matches(_ word: [UInt32], in text: [UInt32], at position: Int) -> Bool {
        guard position >= 0, position + word.count <= text.count else { return false }
        for k in 0..<word.count where text[position + k] != word[k] { return false }
        return true
    }

    /// True when an institution suffix ends within the window after `end`, in the same run of Han
    /// characters and before any `的`.
    func institutionFollows(_ text: [UInt32], after end: Int) -> Bool {
        var limit = end
        while limit < text.count, limit - end < PlaceLexicon.institutionWindow, PlacePatterns.isHan(text[limit]), text[limit] != de {
            limit += 1
        }
        guard limit > end else { return false }
        for position in end..<limit {
            for word in institutions where position + word.count <= limit && matches(word, in: text, at: position) {
                let next = position + word.count
                if let falseNext = institutionFalseNext[word], next < text.count, falseNext.contains(text[next]) { continue }
                return true
            }
        }
        return false
    }

    /// True when a facility word follows `end` directly (`清河大桥`, `龙湾方向`).
    /// After a province or prefecture short name (`upperLevel`), `方向` and `人` are a direction and
    /// its people (`往北京方向`, `长春人`): the name stays.
    func facilityFollows(_ text: [UInt32], after end: Int, upperLevel: Bool = false) -> Bool {
        facilities.contains { matches($0, in: text, at: end) && !(upperLevel && countyOnlyFacilities.contains($0)) }
    }

    /// True when a short name is a listed common word or nickname (`江城`, `东风`).
    func isStopShortName(_ key: ArraySlice<UInt32>) -> Bool { stopShort.contains(Array(key)) }

    /// True when a name starting at `start` does not continue a word: the text starts there, or the
    /// character before is not Han, or it is a one-character cut word (`在`, `的`, `至` …).
    func isLeftBoundary(_ text: [UInt32], at start: Int, previousEnd: Int) -> Bool {
        start == 0 || start == previousEnd || !PlacePatterns.isHan(text[start - 1]) || boundaryChars.contains(text[start - 1])
    }
}
