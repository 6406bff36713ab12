import ZhNewsModel
import ZhNewsParser

/// Stage 3a: reads the articles out of a page's layout: headline, publish time, outlet,
/// bylines and body paragraphs. Flattened text pages go through ``TextArticleReader`` (which
/// may find several articles on a newspaper page), HTML pages through ``HTMLArticleReader``.
///
/// ```swift
/// let articles = ArticleExtractor().extract(layout)
/// ```
public struct ArticleExtractor: Sendable {
    public init() {}

    public func extract(_ layout: PageLayout) -> [ExtractedArticle] {
        extractExplained(layout).articles
    }

    /// The articles, and every line left out of them with the class and rule that left it out.
    public func extractExplained(_ layout: PageLayout) -> (articles: [ExtractedArticle], removed: [ClassifiedLine]) {
        switch layout.format {
        case .text:
            return TextArticleReader(LineClassifier().classify(layout.lines, pagerAfterProse: true)).read()
        case .html:
            return HTMLArticleReader(layout: layout).read()
        }
    }
}
