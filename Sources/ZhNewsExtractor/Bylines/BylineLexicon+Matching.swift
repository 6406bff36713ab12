import ZhNewsRules

extension BylineLexicon {
    /// Every label in either script, compiled for a one-pass "does this line hold a label?" test
    /// before any folding.
    static let labelMatcher = PhraseMatcher(groups: [labels.flatMap { ScriptFold.spellings(of: $0.label) }])
    /// Every label, indexed for "which label does this text start with?".
    static let leadingLabels = LeadingPhraseTable(labels.map { ($0.label, $0.role) })

    /// Parts that never stand in a name: see ``NeverNames/parts``.
    static var notNameParts: [String] { NeverNames.parts }
}
