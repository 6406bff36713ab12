import ZhNewsRules
import ZhNewsModel
import ZhNewsParser

/// Reads the article of an HTML page from its layout: the container's lines are the body, the
/// lines around it hold the headline's info line, the metadata fills what the page text lacks.
///
/// - Body: the container's lines, classified on their own (a `相关新闻` box elsewhere on the page
///   must not swallow the article), minus `header`/`footer` lines and removed classes.
/// - Published: the visible info line first (above the body, then before its first paragraph,
///   then just below it), then meta tags, JSON-LD, and script data; never a date from the prose.
/// - Title: ``TitleChooser``, by agreement between `<title>`, `og:title`, `h1` and visible lines.
/// - Bylines: info lines, credit lines and leads in the body, captions; an author hint from the
///   page's `author`/`byline` elements when the text credits nobody.
struct HTMLArticleReader {
    let layout: PageLayout
    /// When reading stops (`--time-limit`): body lines not classified by `classificationDeadline`
    /// are left out, and the info lines, the body and the accounts are read until `deadline`.
    var classificationDeadline: Deadline = .never
    var deadline: Deadline = .never
    /// How many lines above the body an info line or headline may stand, and below it an info line.
    static let headerWindow = 12
    static let trailerWindow = 8
    /// Labels of a government document's date of writing or issue, printed beside its publish date.
    static let writtenDateLabels = ["成文日期", "成文时间", "印发日期", "发文日期"]
    /// How many lines above the info line are read for a headline when `<title>` names only the site.
    static let headlineLinesAboveInfo = 3
    /// How many lines before and after a headline printed far above the body a dateline may stand.
    static let headlineDatelineWindow = 3
    /// The longest line read as an info line.
    static let maxInfoLineLength = 100

    /// The article; when the chosen container gives no body text (all its lines chrome, or
    /// nothing left after classification), the whole page with its chrome lines removed is the
    /// fallback, so that a page with prose never comes back empty for a wrong container.
    func read() -> (articles: [ExtractedArticle], removed: [ClassifiedLine]) {
        let chosen = readContainer()
        guard layout.articleLines != nil, chosen.articles.allSatisfy({ $0.paragraphs.isEmpty }) else { return chosen }
        var whole = layout
        whole.articleLines = nil
        let fallback = HTMLArticleReader(layout: whole, classificationDeadline: classificationDeadline, deadline: deadline).readContainer()
        return fallback.articles.contains { !$0.paragraphs.isEmpty } ? fallback : chosen
    }

    private func readContainer() -> (articles: [ExtractedArticle], removed: [ClassifiedLine]) {
        let lines = layout.lines
        let bodyRange = layout.articleLines ?? lines.indices
        let header = max(0, bodyRange.lowerBound - Self.headerWindow)..<bodyRange.lowerBound
        let trailer = bodyRange.upperBound..<min(lines.count, bodyRange.upperBound + Self.trailerWindow)
        let classifier = LineClassifier()
        let headerLines = classifier.classify(Array(lines[header]), linkRatios: slice(layout.linkRatios, header))
        var bodyLines = classifier.classify(Array(lines[bodyRange]), linkRatios: slice(layout.linkRatios, bodyRange), deadline: classificationDeadline)
        for (offset, index) in bodyRange.enumerated() {
            if layout.chromeLines.contains(index) {
                bodyLines[offset] = ClassifiedLine(text: bodyLines[offset].text, lineClass: .outsideArticle, rule: "header-footer-or-between-parts")
            } else if layout.captionLines.contains(index) {
                bodyLines[offset] = ClassifiedLine(text: bodyLines[offset].text, lineClass: .caption, rule: "caption-element")
            }
        }

        var article = ExtractedArticle()
        let leadIndex = bodyLines.firstIndex { $0.lineClass == .body && Self.isProse($0.text) } ?? bodyLines.count
        let infoCandidates = headerLines.map(\.text) + bodyLines[..<leadIndex].map(\.text)
        readInfo(infoCandidates, labelledOnly: false, into: &article)
        let infoIndex = infoCandidates.firstIndex { $0.unicodeScalars.count <= Self.maxInfoLineLength && InfoLine($0).published != nil }
        let linesBeforeInfo = infoIndex.map { Array(infoCandidates[max(0, $0 - Self.headlineLinesAboveInfo)..<$0]) } ?? []
        article.title = TitleChooser.choose(layout.metadata, nearbyLines: headerLines.map(\.text) + bodyLines.prefix(3).map(\.text),
                                            linesBeforeInfo: linesBeforeInfo)
        // The headline anchors the dateline when a list of other headlines stands between it
        // and the body (`2018-08-02港闻` / headline / twenty teasers / body).
        if article.published == nil, let title = article.title, let titleLine = lines.firstIndex(of: title), titleLine < header.lowerBound {
            let around = max(0, titleLine - Self.headlineDatelineWindow)..<min(header.lowerBound, titleLine + Self.headlineDatelineWindow + 1)
            readInfo(Array(lines[around]), labelledOnly: false, into: &article)
        }
        if article.published == nil { readInfo(Array(lines[trailer]), labelledOnly: true, into: &article) }
        // Metadata fills a missing time too: a visible `2024年5月20日 下午2:05` gives the day, the
        // metadata the same day's time.
        if let stated = MetadataTime.published(layout.metadata) {
            if article.published == nil {
                article.published = stated
            } else if let visible = article.published, !visible.contains("T"), stated.hasPrefix(visible + "T") {
                article.published = stated
            }
        }
        for line in headerLines where line.lineClass == .body || line.lineClass == .creditLine {
            article.add(BylineParser.parseCredits(line.text) ?? BylineParser.parseNameSlashOutlet(line.text) ?? [])
        }
        // The lead photo's caption printed above the body (`…大混亂。謝志輝攝`) credits its photographer.
        for line in headerLines where line.lineClass == .caption {
            article.add(BylineParser.parseCaptionCredit(line.text))
        }
        bodyLines = Self.markFurniture(bodyLines, title: article.title)
        bodyLines = Self.markLinkLists(bodyLines, linkRatios: slice(layout.linkRatios, bodyRange))
        BodyReader.read(bodyLines, into: &article, deadline: deadline)
        // A page without article text has no headline unless it marks one: its <title> alone
        // names the site or the channel (`首页 - 荆楚网`).
        if article.paragraphs.isEmpty, layout.metadata.headings.isEmpty, layout.metadata.meta[MetaKeys.title] == nil {
            article.title = nil
        }
        // Credits printed just after the body (`【责任编辑：雷杉】`, `（编辑：周倩）`) count, up to the
        // first related list or footer line.
        for line in classifier.classify(Array(lines[trailer])) {
            if [.pager, .teaser, .copyright].contains(line.lineClass) { break }
            if line.lineClass == .editorLine { article.add(BylineParser.parseEditorLine(line.text)) }
            if line.lineClass == .body, LayoutRules.fitsCredit(line.text), BylineParser.startsLikeCredit(line.text),
               let credits = BylineParser.parseCredits(line.text) {
                article.add(credits)
            }
        }
        if article.subtitle == nil, let heading = layout.metadata.headings.first, heading == article.title {
            article.subtitle = layout.metadata.subheading
        }
        let outletHint = layout.metadata.outletHints.map { $0.trimmingPrefix("来源：").trimmingPrefix("来源:").trimmed() }.first { !$0.isEmpty }
        if article.outlet == nil { article.outlet = outletHint }
        if article.outlet == nil { article.outlet = OutletTable.knownOutlet(layout.metadata.meta[MetaKeys.siteName]) }
        if !article.bylines.contains(where: { $0.role.isWriting }) {
            article.add(columnist(title: article.title, headerLines: headerLines.map(\.text)))
        }
        if !article.bylines.contains(where: { $0.role.isWriting }) {
            article.add(BylineParser.essayAuthor(title: article.title))
        }
        if !article.bylines.contains(where: { $0.role.isWriting }) {
            article.add(accounts(infoCandidates))
        }
        if !article.bylines.contains(where: { $0.role.isWriting }) {
            article.add(AuthorHints.bylines(from: layout.metadata))
        }

        var removed: [ClassifiedLine] = []
        for index in lines.indices where !bodyRange.contains(index) {
            let rule = header.contains(index) ? "header \(headerLines[index - header.lowerBound].lineClass.rawValue)" : "outside"
            removed.append(ClassifiedLine(text: lines[index], lineClass: .outsideArticle, rule: rule))
        }
        removed += bodyLines.filter { $0.lineClass != .body || article.title == $0.text }
        return ([article], removed)
    }

    /// Takes the first publish time (and outlet, authors) from short info lines; with
    /// `labelledOnly`, only from lines that label the time (`发布日期：…`, `时间：…`).
    private func readInfo(_ lines: [String], labelledOnly: Bool, into article: inout ExtractedArticle) {
        for line in lines where !deadline.hasPassed && line.unicodeScalars.count <= Self.maxInfoLineLength && !InfoLine.isUpdateLine(line) {
            // A document's date of writing (`成文日期`) is not its publish date.
            if Self.writtenDateLabels.contains(where: line.hasPrefix) { continue }
            let info = InfoLine(line)
            if labelledOnly, !info.hasTimeLabel { continue }
            if let time = info.published {
                // A later line of the same day that also gives the time is more precise.
                if let current = article.published, !current.contains("T"), time.contains("T"), time.hasPrefix(current) {
                    article.published = time
                } else if article.published == nil {
                    article.published = time
                }
            }
            if article.outlet == nil, let outlet = info.outlet, info.published != nil || info.hasTimeLabel { article.outlet = outlet }
            if info.published != nil { article.add(info.bylines) }
        }
    }

    /// Page furniture in an HTML body: series labels anywhere, and the headline printed again
    /// at the top of the body with the heading lines right beside it (kicker, subtitle). Short
    /// lines elsewhere at the edges stay: on real pages they are content (WeChat-style lines).
    static func markFurniture(_ lines: [ClassifiedLine], title: String?) -> [ClassifiedLine] {
        var lines = lines
        let firstProse = lines.indices.first { lines[$0].lineClass == .body && isProse(lines[$0].text) } ?? lines.count
        for index in lines.indices where lines[index].lineClass == .body && TextLine.isSeriesLabel(lines[index].text) {
            lines[index] = ClassifiedLine(text: lines[index].text, lineClass: .furniture, rule: "series-label")
        }
        guard let title, let titleIndex = lines[..<firstProse].firstIndex(where: { $0.text == title }) else { return lines }
        lines[titleIndex] = ClassifiedLine(text: title, lineClass: .headline, rule: "headline-repeated")
        for neighbour in [titleIndex - 1, titleIndex + 1] where neighbour >= 0 && neighbour < firstProse {
            let text = lines[neighbour].text
            if lines[neighbour].lineClass == .body, TextLine.isHeadingLike(text), BylineParser.parseCredits(text) == nil {
                lines[neighbour] = ClassifiedLine(text: text, lineClass: .headline, rule: neighbour < titleIndex ? "kicker" : "subtitle")
            }
        }
        return lines
    }

    /// Related-story lists inside the container: runs of ``linkListMinimumRun`` or more body
    /// lines that are each a headline-length link (mostly link text, at most
    /// ``LineRules/teaserMaxLength`` characters, no `。`). A single linked line stays: it may be a
    /// sentence that links a name.
    static func markLinkLists(_ lines: [ClassifiedLine], linkRatios: [Double]) -> [ClassifiedLine] {
        guard linkRatios.count == lines.count else { return lines }
        var lines = lines
        let isListed = { (index: Int) -> Bool in
            let line = lines[index]
            return line.lineClass == .body && linkRatios[index] >= linkListRatio
                && line.text.unicodeScalars.count <= LineRules.teaserMaxLength && !line.text.contains("。")
        }
        var index = 0
        while index < lines.count {
            guard isListed(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < lines.count, isListed(end) { end += 1 }
            if end - index >= linkListMinimumRun {
                for listed in index..<end {
                    lines[listed] = ClassifiedLine(text: lines[listed].text, lineClass: .teaser, rule: "link-list")
                }
            }
            index = end
        }
        return lines
    }

    /// The share of a line's characters inside links that makes it a listed link.
    static let linkListRatio = 0.8
    /// The fewest linked lines in a row that make a list.
    static let linkListMinimumRun = 2

    /// Prose: long enough, with a clause or sentence mark.
    static func isProse(_ text: String) -> Bool {
        text.unicodeScalars.count > 20 && text.contains { $0 == "，" || $0 == "。" }
    }

    /// A columnist: the headline starts with a name and a colon (`王文：中美贸易…`) and a line
    /// above the article starts with the same name (the author box: `王文中国人民大学…`).
    private func columnist(title: String?, headerLines: [String]) -> [Byline] {
        guard let title, let colon = title.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return [] }
        let name = title[..<colon]
        guard BylineParser.isHanName(name) else { return [] }
        let boxed = headerLines.contains { $0 != title && $0.hasPrefix(name) && !$0.hasPrefix(name + "：") }
        return boxed ? [Byline(role: .author, label: "作者", name: String(name))] : []
    }

    /// A self-media account named beside the time (`华夏人文 2020-03-09 18:14`), when the words
    /// beside the date are a name rather than an outlet.
    private func accounts(_ lines: [String]) -> [Byline] {
        for line in lines where !deadline.hasPassed && line.unicodeScalars.count <= 40 && !InfoLine.isUpdateLine(line) {
            let info = InfoLine(line)
            guard info.published != nil, !info.hasTimeLabel, info.outlet == nil, let account = info.account else { continue }
            // The outlet is never a byline: `参考消息 2019年11月25日` names the source.
            let outlets = layout.metadata.outletHints
            if outlets.contains(where: { account.contains($0) || $0.contains(account) }) { return [] }
            return [Byline(role: .author, label: "作者", name: account)]
        }
        return []
    }

    private func slice(_ ratios: [Double], _ range: Range<Int>) -> [Double] {
        ratios.isEmpty ? [] : Array(ratios[range])
    }
}

extension Byline.Role {
    /// Roles that count as writing or reporting the article (not editing or photography).
    package var isWriting: Bool {
        switch self {
        case .reporter, .correspondent, .specialCorrespondent, .intern, .author: true
        default: false
        }
    }
}
