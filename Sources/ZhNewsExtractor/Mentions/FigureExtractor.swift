import ZhNewsModel

/// Finds the numeric figures in a record's clean `text` (issue #6): a number (Arabic, Chinese or
/// mixed, with 万/亿 folded in), its unit as printed, a qualifier (余, 近, 约 …) and a range
/// (`3至5名`, `两三个`, `三四十人`).
///
/// A number is a figure only with a unit from ``FigureLexicon/units`` (or a percent form, or
/// Arabic digits with 万/亿: `16.4亿`). Dates, times, phone and house numbers, IDs, ordinals, a bare
/// 一 and the words in ``FigureLexicon/nonFigureWords`` are not figures. Rules: Mentions/README.md.
///
/// One pass over the code points; no regular expressions. Offsets are code points.
package struct FigureExtractor: Sendable {
    package init() {}

    package func figures(in text: String) -> [FigureMention] {
        var scanner = FigureScanner(text: ScalarText(text))
        return scanner.scan()
    }
}
