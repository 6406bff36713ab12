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
        var article = ExtractedArticle()
        let bodyRange: Range<Int>
        switch layout.format {
        case .html:
            bodyRange = layout.articleLines ?? lines.indices
            let header = max(0, bodyRange.lowerBound - Self.headerWindow)..<bodyRange.lowerBound
            readInfoLines(lines, in: header, into: &article)
            article.title = TitleChooser.choose(layout.metadata)
            if let time = MetadataTime.published(layout.metadata) { article.published = time }
        case .text:
            let infoIndex = lines.prefix(Self.headerWindow * 3).firstIndex { $0.lineClass == .infoLine }
            if let infoIndex {
                readInfoLines(lines, in: infoIndex..<lines.count, into: &article)
                article.title = headline(before: infoIndex, in: lines)
                let bodyStart = lines[infoIndex...].firstIndex { $0.lineClass != .infoLine && $0.lineClass != .blank } ?? lines.count
                bodyRange = bodyStart..<lines.count
            } else {
                bodyRange = lines.indices
            }
        }
        readBody(lines, in: bodyRange, into: &article)
        return [article]
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

    /// The nearest body line above the info line, when it reads like a headline.
    private func headline(before index: Int, in lines: [ClassifiedLine]) -> String? {
        guard let candidate = lines[..<index].last(where: { $0.lineClass != .blank }), candidate.lineClass == .body else { return nil }
        return Self.looksLikeHeadline(candidate.text) ? candidate.text : nil
    }

    static func looksLikeHeadline(_ text: String) -> Bool {
        guard (4...64).contains(text.count), let last = text.last else { return false }
        return !"。！？；…：:".contains(last)
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
        if !article.bylines.contains(where: { $0.role == byline.role && $0.name == byline.name }) {
            article.bylines.append(byline)
        }
    }
}
