import ZhNewsModel

/// Finds the dates and times mentioned in a record's clean `text` (issue #6).
///
/// Absolute dates (`2024年8月12日`, `2024-08-12 17:55:00`, `二〇二四年八月十二日`), partial ones
/// (`1月17日`, `12月`, `24日` after a month), relative words (`今天`, `去年`, `上月`, `两个月前`),
/// open ranges (`今年以来`), decades (`上世纪70年代`, `50年代到90年代`) and vague words (`近日`).
/// Partial and relative dates are resolved against `published`; without it their missing parts stay
/// unresolved. Value formats are documented in Mentions/README.md.
///
/// One pass over the code points; no regular expressions. Offsets are code points.
package struct DateExtractor: Sendable {
    package init() {}

    /// - Parameters:
    ///   - text: the record's clean body text.
    ///   - published: the record's ISO 8601 publish time (`2024-08-12T17:55:00+08:00`, `2024-08-12`) or nil.
    package func dates(in text: String, published: String?) -> [DateMention] {
        var scanner = DateScanner(text: ScalarText(text), anchor: published.flatMap(CivilDate.parsePublished))
        return scanner.scan()
    }
}
