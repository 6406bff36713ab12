/// What a line of a page is, as far as the article is concerned.
package enum LineClass: String, Sendable, Hashable, CaseIterable {
    /// Article prose (or a subhead inside it).
    case body
    /// An empty line.
    case blank
    /// Breadcrumbs, channel bars, `当前位置`, `关注我们`.
    case navigation
    /// Share buttons, font-size switches, print/close links.
    case widget
    /// Copyright, licence and ICP lines, `关于我们 - 版权声明`.
    case copyright
    /// `发布时间`, `来源`, `作者` lines near the headline.
    case infoLine = "info-line"
    /// `【责任编辑:…】`, `编辑:…`: read for bylines, never body text.
    case editorLine = "editor-line"
    /// A credit block standing alone: `■文、图/记者 王琪`, `(记者 焦姣 通讯员 张军)`, `记者 赵清`.
    case creditLine = "credit-line"
    /// Photo and video captions (`…。通讯员 供图`, `▲…`, `图为…`, `… 摄制`).
    case caption
    /// `上一篇`/`下一篇` and the teaser list that follows them.
    case pager
    /// Related-article teasers (truncated lines ending in `...`).
    case teaser
    /// A headline, kicker or subtitle (read into the record's fields, not its text).
    case headline
    /// Page furniture: slogans, series labels, poster lines.
    case furniture
    /// HTML: a line outside the element chosen as the article's container.
    case outsideArticle = "outside-article"
}

/// A page line with its class and, for removed lines, the rule that removed it.
package struct ClassifiedLine: Sendable, Hashable {
    package var text: String
    package var lineClass: LineClass
    /// The rule that decided the class (for `--explain`).
    package var rule: String

    package init(text: String, lineClass: LineClass, rule: String) {
        self.text = text
        self.lineClass = lineClass
        self.rule = rule
    }
}
