import ZhNewsRules
import ZhNewsModel
import ZhNewsParser

/// A classified line of a flattened page, with what the article reader needs to know of it.
struct TextLine: Hashable {
    enum Kind: Hashable {
        case blank
        /// Chrome the classifier removed (navigation, widgets, copyright, pager, teasers).
        case chrome
        case info
        case editor
        case caption
        /// A line that is wholly a credit; `boxed` for `■文/记者 …` blocks (header style), unboxed
        /// for `记者 赵清` or `（记者 林晓峰）` (tail style).
        case credit(boxed: Bool)
        /// Series labels, slogans and lines repeated across the page.
        case furniture
        /// A short line without sentence marks: a headline or a subhead.
        case heading
        case prose
    }

    var text: String
    var lineClass: LineClass
    var rule: String
    var kind: Kind
    /// Blank lines directly above this one.
    var blanksBefore: Int
    /// More blank lines above than the page puts between paragraphs (see
    /// ``isolatingBlankLines(_:)``): the line is set apart.
    var standsApart = false
    /// Credits parsed from a credit line.
    var credits: [Byline] = []
    /// Measured length, punctuation and menu-likeness of the text.
    var features: LineFeatures = LineFeatures("")

    /// A title-like line strong enough to be the headline: a heading that is not a menu item,
    /// a bulleted list entry, a number, a line without Chinese (`Scan me!`), or a word or two
    /// (`站内`, `港闻`).
    var isStrongHeading: Bool {
        kind == .heading && !features.bulleted && !features.isMenuLike && features.cjk > 0
            && features.proseCharacters >= LayoutRules.minHeadlineCharacters
    }

    var isContent: Bool { kind != .blank && kind != .chrome }
    var isProse: Bool { kind == .prose }

    /// Prose that stops without a sentence mark: layout broke it and the next line continues it.
    var isUnterminatedProse: Bool {
        guard kind == .prose, let last = text.last else { return false }
        return !LayoutRules.sentenceFinal.contains(last)
    }

    /// A short line without sentence marks, balanced quotes, not ending in a continuing mark.
    static func isHeadingLike(_ text: String) -> Bool {
        guard LayoutRules.fits(text, within: LayoutRules.maxHeadlineLength), let last = text.last else { return false }
        if LayoutRules.continuing.contains(last) { return false }
        if LayoutRules.notePrefixes.contains(where: text.hasPrefix) { return false }
        // `（原标题：…）`, `(图)`: a line wholly in brackets is a note, not a headline.
        if let first = text.first, LayoutRules.openingBrackets.contains(first), last == "）" || last == ")" { return false }
        if text.contains(where: LayoutRules.notInHeadline.contains) { return false }
        let clauses = text.filter { LayoutRules.clauseMarks.contains($0) }.count
        if clauses > LayoutRules.maxHeadlineClauseMarks { return false }
        // `你准备好出发了吗？` after a clause is a sentence; `…啥来头?` alone may be a headline.
        if clauses > 0, LayoutRules.sentenceFinal.contains(last) { return false }
        let opening = text.filter { $0 == "“" }.count, closing = text.filter { $0 == "”" }.count
        let openParen = text.filter { $0 == "（" || $0 == "(" }.count, closeParen = text.filter { $0 == "）" || $0 == ")" }.count
        return opening == closing && openParen == closeParen
    }

    /// The looser shape of a headline that an info line right below confirms: short, no full
    /// stop or semicolon, not ending mid-clause, not a note (`一袭汉服，一架古筝，90后…`,
    /// `5月20日至31日，…封闭！`, `女童眼睛被塞几十片纸，“无法用科学解释”`).
    static func isTitleShaped(_ text: String) -> Bool {
        guard LayoutRules.fits(text, within: LayoutRules.maxAnchoredHeadlineLength), let last = text.last else { return false }
        if LayoutRules.continuing.contains(last) || text.contains(where: LayoutRules.notInHeadline.contains) { return false }
        return !LayoutRules.notePrefixes.contains(where: text.hasPrefix)
    }

    /// One sentence, short, ending in a full stop: the shape of a photo caption.
    static func isCaptionShaped(_ text: String) -> Bool {
        guard LayoutRules.fits(text, within: LayoutRules.maxCaptionLength), let last = text.last, last == "。" else { return false }
        return text.dropLast().allSatisfy { !LayoutRules.sentenceMarks.contains($0) }
    }

    static func isSeriesLabel(_ text: String) -> Bool {
        LayoutRules.fits(text, within: LayoutRules.maxHeadlineLength) && LayoutRules.seriesMarkers.contains { text.hasSuffix($0) || text.hasSuffix($0 + "之") }
    }

    /// How many blank lines set a line apart on this page: ``LayoutRules/isolatingBlankLines``
    /// where paragraphs follow each other without blanks, more where the renderer puts blank lines
    /// between paragraphs (`w3m -dump` puts one, and two around pictures): the usual gap above a
    /// paragraph plus two.
    static func isolatingBlankLines(_ lines: [ClassifiedLine]) -> Int {
        var gaps: [Int: Int] = [:]
        var blanks = 0
        for line in lines {
            if line.lineClass == .blank {
                blanks += 1
                continue
            }
            if line.lineClass == .body, LineFeatures(line.text).proseCharacters >= LayoutRules.paragraphMinLength { gaps[blanks, default: 0] += 1 }
            blanks = 0
        }
        guard let usual = gaps.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key, usual > 0 else {
            return LayoutRules.isolatingBlankLines
        }
        return max(LayoutRules.isolatingBlankLines, usual + 2)
    }

    /// Annotates classified lines: kinds, blank counts, credits, repeated lines.
    static func annotate(_ lines: [ClassifiedLine]) -> [TextLine] {
        var counts: [String: Int] = [:]
        for line in lines where line.lineClass != .blank && LayoutRules.fitsCredit(line.text) { counts[line.text, default: 0] += 1 }
        let isolating = isolatingBlankLines(lines)
        var result: [TextLine] = []
        var blanks = 0
        for line in lines {
            var item = TextLine(text: line.text, lineClass: line.lineClass, rule: line.rule, kind: .prose, blanksBefore: blanks)
            item.standsApart = blanks >= isolating
            item.features = LineFeatures(line.text)
            switch line.lineClass {
            case .blank: item.kind = .blank
            case .navigation, .widget, .copyright, .pager, .teaser, .outsideArticle: item.kind = .chrome
            case .infoLine: item.kind = .info
            case .editorLine: item.kind = .editor
            case .caption: item.kind = item.features.bulleted && item.features.proseCharacters <= LineRules.menuItemMaxLength ? .chrome : .caption
            case .creditLine: item.kind = .credit(boxed: true)
            case .headline: item.kind = .heading
            case .furniture: item.kind = .furniture
            case .body:
                if LayoutRules.fitsCredit(line.text), let credits = BylineParser.parseCredits(line.text) {
                    let boxed = line.text.first.map { BylineLexicon.blockMarks.contains($0) } ?? false
                    item.kind = .credit(boxed: boxed)
                    item.credits = credits
                } else if let credits = BylineParser.parseNameSlashOutlet(line.text) {
                    item.kind = .credit(boxed: true)  // `石佳/中国青年报` under the headline
                    item.credits = credits
                } else if item.features.isMenuLike {
                    item.kind = .chrome
                    item.lineClass = .navigation
                    item.rule = "menu-like"
                } else if item.features.bulleted, !item.features.isProseLike {
                    item.kind = .chrome
                    item.lineClass = .teaser
                    item.rule = "list-item"
                } else if isSeriesLabel(line.text) {
                    item.kind = .furniture
                    item.rule = "series-label"
                } else if (counts[line.text] ?? 0) >= LayoutRules.repeatedLineCount {
                    item.kind = .caption
                    item.rule = "repeated-line"
                } else if isHeadingLike(line.text) {
                    item.kind = .heading
                } else if item.standsApart, isCaptionShaped(line.text) {
                    item.kind = .caption
                    item.rule = "isolated-caption"
                }
            }
            blanks = item.kind == .blank ? blanks + 1 : 0
            result.append(item)
        }
        promoteHeadlinesAboveInfoLines(&result)
        return result
    }

    /// A bulleted line whose neighbours (blank lines aside) carry no bullet of the same mark: a
    /// list of one item. The line after it is looked for past blank lines only, so each run of
    /// blank lines is passed over once.
    static func isLoneBullet(_ lines: [TextLine], _ index: Int) -> Bool {
        guard lines[index].features.bulleted, let mark = lines[index].text.unicodeScalars.first else { return false }
        func sameMark(_ other: Int) -> Bool { lines[other].features.bulleted && lines[other].text.unicodeScalars.first == mark }
        var previous = index - 1
        while previous >= 0, lines[previous].kind == .blank { previous -= 1 }
        var next = index + 1
        while next < lines.count, lines[next].kind == .blank { next += 1 }
        return !(previous >= 0 && sameMark(previous)) && !(next < lines.count && sameMark(next))
    }

    /// An info line that heads an article: it states a publish time (`2019-05-17 · 苏皖城市报道`,
    /// `发布时间：01-14 17:58`); `来源：…` alone also closes articles.
    static func startsArticle(info text: String) -> Bool {
        let info = InfoLine(text)
        return info.published != nil || info.hasTimeLabel
    }

    /// A title-shaped prose or caption line just above a dated info line is the headline: the info line
    /// anchors it where the line's own shape (commas, a final `！`) leaves it in doubt.
    static func promoteHeadlinesAboveInfoLines(_ lines: inout [TextLine]) {
        var candidate: Int?
        var distance = 0
        for index in lines.indices {
            switch lines[index].kind {
            case .blank:
                continue  // renderers differ in blank lines: they do not count
            case .chrome:
                distance += 1
            case .heading where candidate != nil && lines[index].features.proseCharacters <= LayoutRules.maxAccountNameLength:
                distance += 1  // the account or author name between headline and info line (`八卦大相公`)
            case .info:
                if let found = candidate, distance <= LayoutRules.headlineAboveInfoLines, startsArticle(info: lines[index].text) {
                    lines[found].kind = .heading
                    lines[found].rule = "headline-above-info"
                    if lines[found].features.bulleted {
                        lines[found].text = String(lines[found].text.unicodeScalars.dropFirst().drop { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
                        lines[found].features = LineFeatures(lines[found].text)
                    }
                }
                candidate = nil
            case .prose where !lines[index].features.bulleted && isTitleShaped(lines[index].text),
                 .caption where isTitleShaped(lines[index].text):  // `…颁奖七周年(图)`
                candidate = index
                distance = 0
            case .heading where isLoneBullet(lines, index) && isTitleShaped(lines[index].text):
                // `* 王文：中美贸易“持久战”，…`: a headline a template put in a list of its own.
                candidate = index
                distance = 0
            default:
                candidate = nil
            }
        }
    }
}
