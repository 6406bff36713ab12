import ZhNewsModel
import ZhNewsParser

/// Reads body lines into paragraphs and bylines: credit lines and editor lines become bylines
/// (not text), the lead's credits are read but stay in the text, captions give their credits.
enum BodyReader {
    static func read(_ lines: [ClassifiedLine], into article: inout ExtractedArticle) {
        var sawLead = false
        defer {
            // `…美好生活需要。(文/图 刘玺东 易赛楠)`, `…轻松换新iPhone。(李楠)`: the closing credit.
            if let last = article.paragraphs.last { article.add(BylineParser.parseClosingCredit(last)) }
        }
        for line in lines {
            switch line.lineClass {
            case .body:
                if line.text.count <= LayoutRules.maxCreditLength, let credits = BylineParser.parseCredits(line.text) {
                    article.add(credits)
                    continue
                }
                if let credits = BylineParser.parseNameSlashOutlet(line.text) {
                    article.add(credits)
                    continue
                }
                if !sawLead, line.text.unicodeScalars.count > 20 {
                    sawLead = true
                    if let lead = BylineParser.parseLead(line.text) {
                        article.add(lead.bylines)
                        if article.outlet == nil { article.outlet = lead.outlet }
                    }
                }
                if line.text != article.title { article.paragraphs.append(line.text) }
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
