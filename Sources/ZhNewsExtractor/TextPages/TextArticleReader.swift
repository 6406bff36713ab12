import ZhNewsRules
import ZhNewsModel

/// Reads the articles of a flattened text page.
///
/// 1. Lines are annotated (``TextLine``): chrome, info, credits, captions, headings, prose.
/// 2. Prose that layout broke mid-sentence is rejoined with its continuation, across blank
///    lines and captions (`要` / `想做好群众工作` → `要想做好群众工作`).
/// 3. The page is split into articles where a new headline follows a tail credit (`记者 赵清`)
///    or stands apart after blank lines, when both sides hold enough prose.
/// 4. Each article's header block gives the headline, kicker and subtitle; its lines give the
///    bylines; its prose and subheads give the text; trailing slogans are furniture.
struct TextArticleReader {
    let lines: [TextLine]

    init(_ classified: [ClassifiedLine]) {
        var lines = Self.rejoin(TextLine.annotate(SplitDateLines.merge(classified)))
        Self.keepDenseRegion(&lines)
        self.lines = lines
    }

    func read() -> (articles: [ExtractedArticle], removed: [ClassifiedLine]) {
        var articles: [ExtractedArticle] = []
        var removed: [ClassifiedLine] = []
        for segment in segments() {
            var (article, dropped) = readArticle(segment)
            // Articles of one newspaper page share its date.
            if article.published == nil { article.published = articles.last?.published }
            articles.append(article)
            removed += dropped
        }
        for line in lines where line.kind == .chrome { removed.append(ClassifiedLine(text: line.text, lineClass: line.lineClass, rule: line.rule)) }
        return (articles, removed)
    }

    // MARK: - Rejoining

    /// Joins unterminated prose with the next prose line, skipping blank lines and captions.
    static func rejoin(_ lines: [TextLine]) -> [TextLine] {
        var result = lines
        var index = 0
        while index < result.count {
            guard result[index].isUnterminatedProse else {
                index += 1
                continue
            }
            var next = index + 1
            var captions = 0
            while next < result.count, result[next].kind == .blank || (result[next].kind == .caption && captions < 2) {
                if result[next].kind == .caption { captions += 1 }
                next += 1
            }
            guard next < result.count, result[next].kind == .prose || (result[next].kind == .heading && startsMidSentence(result[next].text)) else {
                index += 1
                continue
            }
            // Latin words broken across lines keep a space between them.
            if let last = result[index].text.unicodeScalars.last, let first = result[next].text.unicodeScalars.first,
               last.isASCII, first.isASCII, last.properties.isAlphabetic || last == ",", first.properties.isAlphabetic {
                result[index].text += " "
            }
            result[index].text += result[next].text
            result[index].rule = "rejoined"
            result[next].kind = .blank
            result[next].text = ""
            // The joined line may itself be unterminated: look again from the same line.
        }
        return result
    }

    /// A continuation that starts with a mark no paragraph starts with (`，…`, `口，…`).
    private static func startsMidSentence(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return LayoutRules.continuing.contains(first) || "，。、；：！？”）".contains(first)
    }

    // MARK: - Dense region

    /// Marks prose outside the page's densest run of prose (``DenseRegion``) as chrome: teaser
    /// paragraphs, comments and footers below the article, blurbs above it. Headings above the
    /// run stay for the header; credit, editor and info lines stay wherever they are. Pages whose
    /// densest run is short are left alone.
    static func keepDenseRegion(_ lines: inout [TextLine]) {
        var scores: [Int] = []
        scores.reserveCapacity(lines.count)
        for index in lines.indices {
            if lines[index].rule == "rejoined" { lines[index].features = LineFeatures(lines[index].text) }
            let line = lines[index]
            switch line.kind {
            case .blank: scores.append(0)
            case .prose, .heading, .chrome: scores.append(DenseRegion.score(line.features, isChrome: line.kind == .chrome))
            case .info where TextLine.startsArticle(info: line.text): scores.append(-LineRules.datedLineBoundaryPenalty)
            case .editor: scores.append(-LineRules.datedLineBoundaryPenalty)  // `责任编辑：…` closes an article
            default: scores.append(-LineRules.shortLinePenalty)
            }
        }
        guard let region = DenseRegion.densest(scores),
              scores[region].reduce(0, { $0 + max($1, 0) }) >= LineRules.minimumRegionWeight else { return }
        for index in lines.indices where !region.contains(index) {
            let below = index >= region.upperBound
            guard lines[index].kind == .prose || (below && lines[index].kind == .heading) else { continue }
            lines[index].kind = .chrome
            lines[index].lineClass = .outsideArticle
            lines[index].rule = below ? "below-article" : "above-article"
        }
    }

    // MARK: - Segments

    /// Article ranges. A new article may start
    /// - at a headline right after a tail credit (`记者 赵清` closes the article above);
    /// - at a headline that stands apart after blank lines;
    /// - at the last headline before a second credit block: an article that already had its
    ///   credits (`本报讯（记者 …）`) does not get another tail credit (`（记者 林晓峰）`).
    /// A split is kept only when both sides hold enough prose. A portal article page (headline
    /// over a dated info line) is one article.
    func segments() -> [Range<Int>] {
        // A portal's article page: a headline over a dated info line above the first prose. Its
        // subheads and picture credits do not start new articles (`会有破坏性的崩盘吗？`).
        let firstProse = lines.firstIndex { $0.kind == .prose } ?? lines.count
        if let info = HeaderBlock.infoLineBelowHeadline(lines, 0..<firstProse), infoBlockIsDated(endingAt: info),
           lines[..<info].contains(where: \.isStrongHeading) {
            return [0..<lines.count]
        }
        var candidates: [Int] = []
        var previousContent: Int?
        var segmentStart = 0
        var segmentHasCredits = false
        for index in lines.indices where lines[index].isContent {
            defer { previousContent = index }
            let line = lines[index]
            if let previous = previousContent {
                // A picture credit (`图/pixabay`) does not close an article: the text goes on.
                let afterTailCredit = lines[previous].kind == .credit(boxed: false) && proseBefore(previous) > 0
                    && lines[previous].credits.contains { ![.photographer, .videographer].contains($0.role) }
                let standsApart = line.kind == .heading && line.standsApart
                if (afterTailCredit && [.heading, .furniture].contains(line.kind)) || standsApart {
                    candidates.append(index)
                    segmentStart = index
                    segmentHasCredits = false
                }
            }
            switch line.kind {
            case .credit(boxed: false) where proseBefore(index) > 0:
                if segmentHasCredits, let headline = lastHeadline(in: segmentStart..<index) {
                    candidates.append(headline)
                    segmentStart = headline
                }
                segmentHasCredits = true
            case .credit:
                segmentHasCredits = true
            case .prose where !segmentHasCredits && isFirstProse(index, after: segmentStart):
                segmentHasCredits = !(BylineParser.parseLead(line.text)?.bylines.isEmpty ?? true)
            default:
                break
            }
        }
        candidates.sort()
        var starts = [0]
        for (offset, candidate) in candidates.enumerated() where candidate > starts.last! {
            let nextCandidate = offset + 1 < candidates.count ? candidates[offset + 1] : lines.count
            if prose(in: starts.last!..<candidate) >= LayoutRules.minimumArticleProse,
               prose(in: candidate..<nextCandidate) >= LayoutRules.minimumArticleProse {
                starts.append(candidate)
            }
        }
        return starts.indices.map { starts[$0]..<($0 + 1 < starts.count ? starts[$0 + 1] : lines.count) }
    }

    /// Does the block of info lines ending at `info` (`2020年09月11日 18:05` / `来源：商讯`, blank
    /// and chrome lines between) state a publish time?
    private func infoBlockIsDated(endingAt info: Int) -> Bool {
        var index = info
        while index >= 0, [.info, .blank, .chrome].contains(lines[index].kind) {
            if lines[index].kind == .info, PublishTime.range(in: lines[index].text) != nil { return true }
            index -= 1
        }
        return false
    }

    /// The last headline in `range` that has prose above and below it.
    private func lastHeadline(in range: Range<Int>) -> Int? {
        range.last { lines[$0].kind == .heading && prose(in: range.lowerBound..<$0) > 0 && prose(in: $0..<range.upperBound) > 0 }
    }

    private func isFirstProse(_ index: Int, after start: Int) -> Bool {
        !(start..<index).contains { lines[$0].kind == .prose }
    }

    private func prose(in range: Range<Int>) -> Int {
        lines[range].reduce(0) { $1.kind == .prose ? $0 + $1.text.count : $0 }
    }

    private func proseBefore(_ index: Int) -> Int {
        prose(in: max(0, index - 8)..<index)
    }

    // MARK: - One article

    private func readArticle(_ range: Range<Int>) -> (ExtractedArticle, [ClassifiedLine]) {
        var article = ExtractedArticle()
        var removed: [ClassifiedLine] = []
        let firstProse = range.first { lines[$0].kind == .prose } ?? range.upperBound
        let lastProse = range.last { lines[$0].kind == .prose } ?? range.lowerBound
        let header = HeaderBlock(lines: lines, range: range.lowerBound..<firstProse)
        article.title = header.title
        article.kicker = header.kicker
        article.subtitle = header.subtitle
        // The time is read first from the info line under the headline, then from the first info
        // line below the headline, and only then from any info line (teaser feeds above the
        // article print times of their own). `最后更新` lines never give it.
        let headlineIndex = header.consumed.max() ?? range.lowerBound
        for index in [header.infoLine].compactMap({ $0 }) + range.filter({ $0 > headlineIndex && lines[$0].kind == .info }).prefix(1)
        where article.published == nil && !InfoLine.isUpdateLine(lines[index].text) {
            article.published = InfoLine(lines[index].text).published
        }
        var captions: [String] = []
        var account: String?  // the first account named beside a date, for a page that credits nobody
        for index in range {
            let line = lines[index]
            func drop(_ rule: String, as lineClass: LineClass) { removed.append(ClassifiedLine(text: line.text, lineClass: lineClass, rule: rule)) }
            switch line.kind {
            case .blank, .chrome:
                continue
            case .info:
                let info = InfoLine(line.text)
                if account == nil, info.published != nil, !info.hasTimeLabel, info.outlet == nil { account = info.account }
                if article.published == nil { article.published = info.published }
                if article.outlet == nil { article.outlet = info.outlet }
                article.add(info.bylines)
                drop("info-line", as: .infoLine)
            case .editor:
                article.add(BylineParser.parseEditorLine(line.text))
                drop("editor-line", as: .editorLine)
            case .caption:
                article.add(BylineParser.parseCaptionCredit(line.text))
                captions.append(line.text)
                drop(line.rule, as: .caption)
            case .credit:
                article.add(line.credits)
                drop("credit-line", as: .creditLine)
            case .furniture:
                drop(line.rule, as: .furniture)
            case .heading:
                if header.consumed.contains(index) {
                    drop("headline", as: .headline)
                } else if index > lastProse {
                    drop("trailing-furniture", as: .furniture)
                } else if index < firstProse {
                    drop("poster-line", as: .furniture)
                } else if line.text == article.title {
                    drop("repeated-headline", as: .headline)
                } else {
                    article.paragraphs.append(line.text)
                }
            case .prose where line.text == article.title:
                drop("repeated-headline", as: .headline)
            case .prose:
                article.appendParagraph(line.text)
            }
        }
        article.readClosingCredit()
        // A self-media account beside the time (`冀勇庆 2015-06-25 08:46:42`) when nobody else is credited.
        if let account, !article.bylines.contains(where: { $0.role.isWriting }) {
            article.add([Byline(role: .author, label: "作者", name: account)])
        }
        if article.title == nil { article.title = HeaderBlock.titleFromRepeatedCaption(captions) }
        return (article, removed)
    }
}
