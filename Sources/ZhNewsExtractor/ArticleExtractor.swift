import ZhNewsModel
import ZhNewsParser

/// Stage 3a: reads the article out of a page's classified lines: headline, publish time,
/// outlet, bylines and body paragraphs.
///
/// ```swift
/// let lines = LineClassifier().classify(layout.lines)
/// let articles = ArticleExtractor().extract(lines: lines, layout: layout)
/// ```
public struct ArticleExtractor: Sendable {
    /// How many lines above the body an info line or headline may stand.
    static let headerWindow = 12

    public init() {}

    public func extract(lines: [ClassifiedLine], layout: PageLayout) -> [ExtractedArticle] {
        extractExplained(lines: lines, layout: layout).articles
    }

    /// The articles, and every line left out of them with the rule that left it out.
    public func extractExplained(lines: [ClassifiedLine], layout: PageLayout) -> (articles: [ExtractedArticle], removed: [ClassifiedLine]) {
        switch layout.format {
        case .text:
            return TextArticleReader(lines).read()
        case .html:
            var article = ExtractedArticle()
            let bodyRange = layout.articleLines ?? lines.indices
            let header = max(0, bodyRange.lowerBound - Self.headerWindow)..<bodyRange.lowerBound
            readInfoLines(lines, in: header, into: &article)
            article.title = TitleChooser.choose(layout.metadata)
            if let time = MetadataTime.published(layout.metadata) { article.published = time }
            readBody(lines, in: bodyRange, into: &article)
            let removed = lines.indices.filter { !bodyRange.contains($0) || lines[$0].lineClass != .body }.map { lines[$0] }
            return ([article], removed)
        }
    }

    /// Consecutive info lines from the first one in `range`.
    private func readInfoLines(_ lines: [ClassifiedLine], in range: Range<Int>, into article: inout ExtractedArticle) {
        guard let first = range.first(where: { lines[$0].lineClass == .infoLine }) else { return }
        for index in first..<range.upperBound where lines[index].lineClass == .infoLine || lines[index].lineClass == .blank {
            let info = InfoLine(lines[index].text)
            if article.published == nil { article.published = info.published }
            if article.outlet == nil { article.outlet = info.outlet }
            for byline in info.bylines { add(byline, to: &article) }
        }
    }

    private func readBody(_ lines: [ClassifiedLine], in range: Range<Int>, into article: inout ExtractedArticle) {
        for index in range {
            let line = lines[index]
            switch line.lineClass {
            case .body:
                if line.text.count <= 60, let credits = BylineParser.parseCredits(line.text) {
                    for byline in credits { add(byline, to: &article) }
                    continue
                }
                if article.paragraphs.isEmpty, let lead = BylineParser.parseLead(line.text) {
                    for byline in lead.bylines { add(byline, to: &article) }
                    if article.outlet == nil { article.outlet = lead.outlet }
                }
                if line.text != article.title { article.paragraphs.append(line.text) }
            case .editorLine:
                for byline in BylineParser.parseEditorLine(line.text) { add(byline, to: &article) }
            case .caption:
                for byline in BylineParser.parseCaptionCredit(line.text) { add(byline, to: &article) }
            default:
                continue
            }
        }
    }

    private func add(_ byline: Byline, to article: inout ExtractedArticle) {
        article.add([byline])
    }
}
