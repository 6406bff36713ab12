import ZhNewsModel

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
                    article.addCreditLine(line.text, credits)
                    continue
                }
                if let credits = BylineParser.parseNameSlashOutlet(line.text) {
                    article.add(credits)
                    continue
                }
                if line.text != article.title {
                    article.appendParagraph(line.text)
                    article.add(BylineParser.parseInlinePhotoCredits(line.text))
                }
            case .editorLine:
                article.add(BylineParser.parseEditorLine(line.text))
            case .caption:
                article.add(BylineParser.parseCaptionCredit(line.text))
            case .outsideArticle, .headline:
                continue
            default:
                // A line that is wholly a credit is one, whatever its look made of it (`编辑|张维纳 语音|徐佳`
                // read as a breadcrumb, `本文来源：… 责任编辑：…` after a pager read as a teaser).
                if LayoutRules.fitsCredit(line.text), BylineParser.startsLikeCredit(line.text) || line.text.contains(where: { $0 == "：" || $0 == ":" }),
                   let credits = BylineParser.parseCredits(line.text) {
                    article.add(credits)
                }
            }
        }
    }
}
