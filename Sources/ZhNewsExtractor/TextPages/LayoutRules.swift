/// Data: the thresholds and marks that tell headlines, prose, captions and furniture apart on
/// flattened pages. Logic lives in ``TextLine`` and ``TextArticleReader``.
package enum LayoutRules {
    /// Marks that end a sentence; a line ending otherwise was broken by layout.
    package static let sentenceFinal: Set<Character> = ["。", "！", "？", "；", "…", "”", "’", "」", "』", "）", ")", "!", "?", ";", "】", "》", "."]
    /// Sentence marks: a caption is one sentence (none of these before its final mark).
    package static let sentenceMarks: Set<Character> = ["。", "！", "？", "；"]
    /// Marks that never stand inside a headline (`！` and `？` do: `定了！…即将开通`).
    package static let notInHeadline: Set<Character> = ["。", "；", ";"]
    /// Marks a headline never ends with (the line continues on the next one).
    package static let continuing: Set<Character> = ["，", "、", "：", "“", "（", "(", "《", ",", ":", "—", "-"]
    /// Clause marks: a headline has at most ``maxHeadlineClauseMarks`` of them (`养老新模式,乐享…`);
    /// a line with more is prose that layout broke.
    package static let clauseMarks: Set<Character> = ["，", ","]
    package static let maxHeadlineClauseMarks = 1
    /// Notes printed near the headline that are never the headline (`原标题：…`, `【文/…】`).
    package static let notePrefixes = ["原标题", "（原标题", "(原标题", "本文原标题", "本文来源", "来源：", "【文/", "【文／", "文/", "文／"]
    /// How many lines above an info line a headline the line classes read as prose (`…，…！`)
    /// is still taken as the headline.
    package static let headlineAboveInfoLines = 3
    /// The longest account or author name printed between a headline and its info line.
    package static let maxAccountNameLength = 10
    /// The longest line taken as the headline when a dated info line right below confirms it
    /// (`新华全媒+丨积极因素不断增多 “质升量稳”动能增强——前4个月我国外贸向好态势进一步巩固`).
    package static let maxAnchoredHeadlineLength = 64
    /// Brackets that open a note line (`（原标题：…）`).
    package static let openingBrackets: Set<Character> = ["（", "("]
    /// The fewest letters and ideographs a headline has (`站内`, `港闻` are menu words).
    package static let minHeadlineCharacters = 4
    /// How far above the article's first line (or its info line) the headline is looked for,
    /// past share bars and menus.
    package static let headlineSearchLines = 12
    /// The longest line still read as a headline or subhead.
    package static let maxHeadlineLength = 40
    /// The longest line read as a standalone credit block or a caption.
    package static let maxCreditLength = 60
    package static let maxCaptionLength = 50
    /// Blank lines that set a line apart (a caption, a new article) on flattened pages whose
    /// paragraphs follow each other without blank lines.
    package static let isolatingBlankLines = 2
    /// A body line this long (letters and ideographs) counts as a paragraph when the page's usual
    /// gap between paragraphs is measured.
    package static let paragraphMinLength = 40
    /// Prose characters an article needs on each side of a split.
    package static let minimumArticleProse = 150
    /// A line repeated this often on one page is a caption or furniture, not body text.
    package static let repeatedLineCount = 3
    /// Series labels and page furniture (`“…”系列报道`, `专题`).
    package static let seriesMarkers = ["系列报道", "专题报道", "特别报道", "专栏", "系列评论", "—系列"]
    /// Subtitle prefixes (`——记…`).
    package static let subtitlePrefixes = ["——", "—", "--"]
    /// A kicker is at most this share of the headline's length (引题 are short lines above).
    package static let kickerLengthRatio = 0.6
    /// More heading lines than this above the lead are a poster of slogans, not a headline.
    package static let maxHeaderLines = 3

    /// Does the text have at most `limit` characters? Counts no further than the limit, so a
    /// long paragraph costs no more than a short line, and counts scalars while each one is a
    /// character of its own (Han, kana, ASCII, Latin-1, full-width forms), so no grapheme
    /// breaking is done for the text news pages hold.
    package static func fits(_ text: String, within limit: Int) -> Bool {
        if text.utf8.count <= limit { return true }
        var count = 0
        for scalar in text.unicodeScalars {
            guard standsAlone(scalar) else { return text.dropFirst(limit).isEmpty }
            count += 1
            if count > limit { return false }  // limit + 1 scalars, each its own character
        }
        return true
    }

    /// A scalar no grapheme rule joins to its neighbours: not CR, a combining or spacing mark,
    /// a joiner, a Hangul jamo, a regional indicator or an emoji part.
    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2FF, 0x0A, 0x09: true
        case 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x9FFF, 0xFF00...0xFF9D, 0xFFA0...0xFFEF: true
        default: false
        }
    }

    /// Is the line short enough for a credit block (at most ``maxCreditLength`` characters)?
    package static func fitsCredit(_ text: String) -> Bool {
        fits(text, within: maxCreditLength)
    }
}
