import ZhNewsModel

/// Credits read from an article's own paragraphs, the same way for text and HTML pages.
extension ExtractedArticle {
    /// The longest first paragraph that is still read as a heading rather than the lead.
    static let leadMinimumLength = 20

    /// Adds bylines, one entry per (role, name).
    mutating func add(_ new: [Byline]) {
        for byline in new where !bylines.contains(where: { $0.role == byline.role && $0.name == byline.name }) {
            bylines.append(byline)
        }
    }

    /// Appends a body paragraph; the first substantial one is the lead, whose credits
    /// (`荆楚网(湖北日报网)讯(记者 …)`, `新华社…电（记者…）`) and outlet are read but stay in the text.
    mutating func appendParagraph(_ text: String) {
        if !hasLongParagraph(), text.unicodeScalars.count > Self.leadMinimumLength, let lead = BylineParser.parseLead(text) {
            add(lead.bylines)
            if outlet == nil { outlet = lead.outlet }
        }
        paragraphs.append(text)
    }

    /// Whether a paragraph longer than ``leadMinimumLength`` has been read (the lead). Each
    /// paragraph is measured once across calls (``shortLeadingParagraphs``).
    private mutating func hasLongParagraph() -> Bool {
        var index = min(shortLeadingParagraphs.count, paragraphs.count)
        while index < paragraphs.count, paragraphs[index].unicodeScalars.count <= Self.leadMinimumLength { index += 1 }
        shortLeadingParagraphs.count = index
        return index < paragraphs.count
    }

    /// The closing credit of the last paragraph (`…需要。(文/图 刘玺东 易赛楠)`, `…。(李楠)`).
    mutating func readClosingCredit() {
        if let last = paragraphs.last { add(BylineParser.parseClosingCredit(last)) }
    }
}
