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

    /// How many paragraphs in all are looked at for a lead that follows long lines which are not
    /// prose (a line of hot words above `本报讯（记者叶婉）…`).
    static let leadSearchLines = 12

    /// Appends a body paragraph; the first substantial one is the lead, whose credits
    /// (`荆楚网(湖北日报网)讯(记者 …)`, `新华社…电（记者…）`) and outlet are read but stay in the text.
    /// Long lines without a clause or sentence mark before it (`热词：滚动 生活宝典 …`) are not prose
    /// and do not take the lead's place, among the first few paragraphs, while no writer is credited.
    mutating func appendParagraph(_ text: String) {
        let isLeadCandidate = !hasLongParagraph()
            || paragraphs.count < Self.leadSearchLines && !bylines.contains(where: { $0.role.isWriting })
            && !paragraphs.contains(where: { $0.unicodeScalars.count > Self.leadMinimumLength && Self.isProse($0) })
        if isLeadCandidate, text.unicodeScalars.count > Self.leadMinimumLength, let lead = BylineParser.parseLead(text) {
            add(lead.bylines)
            if outlet == nil { outlet = lead.outlet }
            if outlet == nil, !lead.bylines.isEmpty { outlet = BylineParser.creditOutlet(text) }
        }
        paragraphs.append(text)
    }

    /// Credits from a credit line; the outlet a reporter's label names (`（中央社記者…）`) when the
    /// page named none before.
    mutating func addCreditLine(_ line: String, _ credits: [Byline]) {
        add(credits)
        if outlet == nil { outlet = BylineParser.creditOutlet(line) }
    }

    /// A paragraph with a clause or sentence mark: prose, not a list of words.
    static func isProse(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "，" || $0 == "。" || $0 == "," }
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
