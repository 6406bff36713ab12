import ZhNewsModel
import ZhNewsParser

/// Stage 3a: reads the articles out of a page's layout: headline, publish time, outlet,
/// bylines and body paragraphs. Flattened text pages go through ``TextArticleReader`` (which
/// may find several articles on a newspaper page), HTML pages through ``HTMLArticleReader``.
///
/// ```swift
/// let articles = ArticleExtractor().extract(layout)
/// ```
package struct ArticleExtractor: Sendable {
    package init() {}

    package func extract(_ layout: PageLayout) -> [ExtractedArticle] {
        extractExplained(layout).articles
    }

    /// The articles, and every line left out of them with the class and rule that left it out.
    /// Lines not classified by `classificationDeadline` are left out (rule `time-limit`), and
    /// the body ends where reading stood at `deadline`.
    package func extractExplained(
        _ layout: PageLayout, classificationDeadline: Deadline = .never, deadline: Deadline = .never
    ) -> (articles: [ExtractedArticle], removed: [ClassifiedLine]) {
        switch layout.format {
        case .text:
            return TextArticleReader(LineClassifier().classify(layout.lines, pagerAfterProse: true, deadline: classificationDeadline)).read()
        case .html:
            return HTMLArticleReader(layout: layout, classificationDeadline: classificationDeadline, deadline: deadline).read()
        }
    }
}
