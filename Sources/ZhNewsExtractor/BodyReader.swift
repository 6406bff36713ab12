import ZhNewsModel
import ZhNewsParser

/// Reads the body lines of an HTML page into paragraphs and bylines: credit lines and editor
/// lines become bylines (not text), captions give their credits, leads and closing credits are
/// read by ``ExtractedArticle/appendParagraph(_:)`` and ``ExtractedArticle/readClosingCredit()``.
enum BodyReader {
    /// Stops at `deadline` (checked every 64 lines): the paragraphs read by then are the body.
    static func read(_ lines: [ClassifiedLine], into article: inout ExtractedArticle, deadline: Deadline = .never) {
        defer { article.readClosingCredit() }
        for (index, line) in lines.enumerated() {
            if index & 63 == 0, deadline.hasPassed { return }
            switch line.lineClass {
            case .body:
                if LayoutRules.fitsCredit(line.text), let credits = BylineParser.parseCredits(line.text) {
                    article.add(credits)
                    continue
                }
                if let credits = BylineParser.parseNameSlashOutlet(line.text) {
                    article.add(credits)
                    continue
                }
                if line.text != article.title { article.appendParagraph(line.text) }
            case .editorLine:
                article.add(BylineParser.parseEditorLine(line.text))
            case .caption:
                article.add(BylineParser.parseCaptionCredit(line.text))
            default:
                continue
            }
        }
    }
}
