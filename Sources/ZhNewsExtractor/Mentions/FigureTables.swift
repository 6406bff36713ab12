import ZhNewsModel

/// ``FigureLexicon`` compiled into lookup tables, once per process.
enum FigureTables {
    struct UnitInfo: Sendable {
        /// The unit as reported (`％` reported as `%`).
        let name: String
        let kind: FigureLexicon.UnitKind
    }

    static let units = WordTable(FigureLexicon.units.map { ($0.word, UnitInfo(name: $0.reportedAs ?? $0.word, kind: $0.kind)) })
    /// Unit words matched backwards (a hyphen after a unit is a range connector, not a minus sign).
    static let unitEnds = SuffixTable(FigureLexicon.units.map { ($0.word, true) })
    static let arabicOnlyUnits = WordTable(FigureLexicon.arabicOnlyUnits.map { ($0.word, $0.decimalsOnly) })
    static let perUnits = WordTable(FigureLexicon.perUnits.map { ($0.word, true) })
    static let negativeWords = SuffixTable(FigureLexicon.negativeWords.map { ($0.word, true) })
    static let notNegativeBefore = Set(FigureLexicon.notNegativeBefore.compactMap { $0.word.unicodeScalars.first })
    static let openingQuotes = Set(FigureLexicon.sloganQuotes.compactMap { $0.word.unicodeScalars.first })
    static let closingQuotes = Set(FigureLexicon.sloganQuotes.compactMap { $0.word.unicodeScalars.last })
    static let approximatePrefixes = Set(FigureLexicon.approximatePrefixes.compactMap { $0.word.unicodeScalars.first })
    static let notUnitWords = WordTable(FigureLexicon.notUnitWords.map { ($0.word, true) })
    static let nonFigureWords = WordTable(FigureLexicon.nonFigureWords.map { ($0.word, true) })
    static let prefixQualifiers = SuffixTable(FigureLexicon.qualifiers.filter { $0.position == .prefix }.map { ($0.word, $0.qualifier) })
    static let infixQualifiers = WordTable(FigureLexicon.qualifiers.filter { $0.position == .infix }.map { ($0.word, $0.qualifier) })
    static let suffixQualifiers = WordTable(FigureLexicon.qualifiers.filter { $0.position == .suffix }.map { ($0.word, $0.qualifier) })
    static let falseQualifiers = SuffixTable(FigureLexicon.falseQualifiers.map { ($0.word, true) })
    static let multipliers = WordTable(FigureLexicon.multipliers.map { ($0.word, $0.value) })
    static let blockingPredecessors = SuffixTable(FigureLexicon.blockingPredecessors.map { ($0.word, true) })
    static let relativeDateFollowers = WordTable(FigureLexicon.relativeDateFollowers.map { ($0.word, true) })
    static let addressUnits = Set(FigureLexicon.addressUnits.map(\.word))
    static let rangeConnectors = WordTable(FigureLexicon.rangeConnectors.map { ($0.word, true) })
    static let notAboutAfterShangxia = Set(FigureLexicon.notAboutAfterShangxia.compactMap { $0.word.unicodeScalars.first })
}
