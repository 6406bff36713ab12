import ZhNewsRules

/// The lines above an article's lead: headline, kicker (引题) and subtitle (副题).
///
/// The header is the run of heading lines directly above the lead (blank lines, boxed credits
/// and info lines may stand between them; anything else ends the run), or, on portal pages,
/// directly above the info line. One line is the headline; two are kicker and headline (when the
/// first is clearly shorter) or headline and subtitle; three are kicker, headline and subtitle;
/// more are a poster of slogans and give no headline.
struct HeaderBlock {
    var title: String?
    var kicker: String?
    var subtitle: String?
    /// The info line under the headline that anchored the header, when one did.
    var infoLine: Int?
    /// Indices of the heading lines read as title, kicker or subtitle.
    var consumed: Set<Int> = []

    init(lines: [TextLine], range: Range<Int>) {
        var run: [Int] = []
        if let info = Self.infoLineBelowHeadline(lines, range) {
            infoLine = info
            // Above an info line only the lines nearest to it count: `title` or `kicker, title`.
            run = Array(Self.headingRun(lines, above: info, in: range).suffix(2))
            if run.count == 1, let headline = Self.headlineAboveAccountName(lines, run[0], range) { run = [headline] }
            if run.count == 2 {
                if Self.isKicker(lines[run[1]].text, of: lines[run[0]].text) {
                    run.removeLast()  // a short line under the headline: the account or author name
                } else if !Self.isKicker(lines[run[0]].text, of: lines[run[1]].text) {
                    run.removeFirst()  // a line above of like length: a promo, a contact line
                }
            }
        }
        // No headline over the info line (a date bar above the headline): look above the lead.
        if run.isEmpty { run = Self.headingRun(lines, above: range.upperBound, in: range) }
        read(run, lines)
    }

    /// The run of strong heading lines nearest above `anchor`, in reading order: blank lines,
    /// credits and widgets may stand between them; share bars, menu rows and menu words between
    /// the run and the anchor are passed over (at most ``LayoutRules/headlineSearchLines``).
    static func headingRun(_ lines: [TextLine], above anchor: Int, in range: Range<Int>) -> [Int] {
        var run: [Int] = []
        var skipped = 0
        var index = anchor - 1
        while index >= range.lowerBound {
            let line = lines[index]
            if line.isStrongHeading {
                run.append(index)
            } else if mayStandInHeader(line) {
                // blank lines, credits, widgets stand between header lines
            } else if run.isEmpty, skipped < LayoutRules.headlineSearchLines, line.kind == .chrome || line.kind == .heading {
                skipped += 1
            } else {
                break
            }
            index -= 1
        }
        return run.reversed()
    }

    /// `headline / 阅读整篇文章 / 香港电台-财经 / info line`: when the line nearest the info line is a
    /// short name and a longer headline stands just above it (one chrome line may stand between),
    /// the longer line is the headline.
    static func headlineAboveAccountName(_ lines: [TextLine], _ nearest: Int, _ range: Range<Int>) -> Int? {
        guard lines[nearest].features.proseCharacters <= LayoutRules.maxAccountNameLength else { return nil }
        var index = nearest - 1
        var chrome = 0
        while index >= range.lowerBound {
            let line = lines[index]
            if line.kind == .blank {
                index -= 1
            } else if line.kind == .chrome, chrome == 0 {
                chrome += 1
                index -= 1
            } else {
                break
            }
        }
        guard index >= range.lowerBound, lines[index].isStrongHeading,
              lines[index].features.proseCharacters > LayoutRules.maxAccountNameLength else { return nil }
        return index
    }

    /// Lines that may stand between header lines and the lead: blanks, info lines, credits,
    /// share and font-size widgets.
    static func mayStandInHeader(_ line: TextLine) -> Bool {
        switch line.kind {
        case .blank, .info, .credit: true
        case .chrome: line.lineClass == .widget
        default: false
        }
    }

    /// The portal layout: an info line right under the headline, with no prose and at most two
    /// headline-like lines (an account name, `（原标题：…）`) between it and the lead; share bars,
    /// captions and menu rows may stand there.
    static func infoLineBelowHeadline(_ lines: [TextLine], _ range: Range<Int>) -> Int? {
        guard let info = range.last(where: { lines[$0].kind == .info }) else { return nil }
        var headings: [String] = []
        for index in (info + 1)..<range.upperBound {
            // Short labels below the info line (picture captions `爱戴领奖`, account names) are
            // not headlines competing with the one above it.
            if lines[index].isStrongHeading, lines[index].features.proseCharacters > LayoutRules.maxAccountNameLength {
                headings.append(lines[index].text)
            } else if lines[index].kind == .prose {
                return nil
            }
        }
        if headings.count <= 2 { return info }
        // More heading lines below: still the header when they repeat the headline above the
        // info line (`…座谈会` over the info line, `…座谈会强调` as the display headline below).
        let above = range.lowerBound..<info
        guard let headline = above.last(where: { lines[$0].isStrongHeading }),
              !above[headline...].contains(where: { lines[$0].kind == .prose }) else { return nil }
        return headings.contains { $0.hasPrefix(lines[headline].text) } ? info : nil
    }

    private mutating func read(_ run: [Int], _ lines: [TextLine]) {
        let texts = run.map { lines[$0].text }
        switch run.count {
        case 1:
            title = texts[0]
        case 2:
            if isSubtitle(texts[1]) || !Self.isKicker(texts[0], of: texts[1]) {
                title = texts[0]
                subtitle = Self.strippingSubtitlePrefix(texts[1])
            } else {
                kicker = texts[0]
                title = texts[1]
            }
        case 3:
            kicker = texts[0]
            title = texts[1]
            subtitle = Self.strippingSubtitlePrefix(texts[2])
        default:
            return  // none, or a poster of slogans: no line is safely the headline
        }
        consumed = Set(run)
    }

    private func isSubtitle(_ text: String) -> Bool {
        LayoutRules.subtitlePrefixes.contains(where: text.hasPrefix)
    }

    /// A kicker is clearly shorter than the headline below it.
    static func isKicker(_ line: String, of headline: String) -> Bool {
        Double(line.count) <= Double(headline.count) * LayoutRules.kickerLengthRatio
    }

    static func strippingSubtitlePrefix(_ text: String) -> String {
        var text = Substring(text)
        while let first = text.first, first == "—" || first == "-" { text = text.dropFirst() }
        return String(text)
    }

    /// A caption printed several times is the article's headline repeated under each photo
    /// (`党建引领聚合力 多元共治“向民心”。 通讯员 供图`).
    static func titleFromRepeatedCaption(_ captions: [String]) -> String? {
        var counts: [String: Int] = [:]
        for caption in captions { counts[caption, default: 0] += 1 }
        guard let (caption, count) = counts.max(by: { $0.value < $1.value }), count >= 2 else { return nil }
        var text = caption
        for (label, _) in BylineLexicon.trailingLabels where text.hasSuffix(label) {
            text = String(text.dropLast(label.count)).trimmed()
            // Drop the credited name or role before the label (`通讯员`, `谭文博`).
            if let space = text.lastIndex(where: { $0 == " " || $0 == "\u{3000}" || $0 == "。" }) {
                text = String(text[..<space])
            }
            break
        }
        text = text.trimmed()
        while let last = text.last, last == "。" || last == " " { text.removeLast() }
        return text.isEmpty ? nil : text
    }
}
