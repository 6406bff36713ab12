/// The lines above an article's first paragraph: headline, kicker (引题) and subtitle (副题).
struct HeaderBlock {
    var title: String?
    var kicker: String?
    var subtitle: String?
    /// Indices of the heading lines read as title, kicker or subtitle.
    var consumed: Set<Int> = []

    init(lines: [TextLine], range: Range<Int>) {
        let headings = range.filter { lines[$0].kind == .heading }
        if let info = range.first(where: { lines[$0].kind == .info }) {
            // Portal layout: the headline stands right above the info line.
            let above = headings.filter { $0 < info }
            guard let titleIndex = above.last else { return }
            set(title: titleIndex, lines)
            if above.count >= 2, let kickerIndex = above.dropLast().last, Self.isKicker(lines[kickerIndex].text, of: lines[titleIndex].text) {
                kicker = lines[kickerIndex].text
                consumed.insert(kickerIndex)
            }
            return
        }
        switch headings.count {
        case 1:
            set(title: headings[0], lines)
        case 2:
            let first = lines[headings[0]].text, second = lines[headings[1]].text
            if LayoutRules.subtitlePrefixes.contains(where: second.hasPrefix) || !Self.isKicker(first, of: second) {
                set(title: headings[0], lines)
                subtitle = Self.strippingSubtitlePrefix(second)
                consumed.insert(headings[1])
            } else {
                set(title: headings[1], lines)
                kicker = first
                consumed.insert(headings[0])
            }
        default:
            // None, or a poster of slogans: no line is safely the headline.
            return
        }
    }

    private mutating func set(title index: Int, _ lines: [TextLine]) {
        title = lines[index].text
        consumed.insert(index)
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
