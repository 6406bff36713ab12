import ZhNewsRules
import ZhNewsParser

/// Chooses an HTML page's headline by agreement between `<title>`, `og:title`, `h1` and the
/// visible lines just above the article.
///
/// 1. an `h1` that `<title>` or `og:title` contains (or that contains `og:title`);
/// 2. the longest visible line near the article that `<title>` or `og:title` contains: the
///    printed headline without the site name (`…调研工作` from `…调研工作 东区办事处_中山网`);
/// 3. `og:title`, then `<title>`, without the site suffix; 4. the first `h1`.
package enum TitleChooser {
    /// Separators before a site name in `<title>` (`标题_荆楚网`, `标题 - 新华网`, `标题 | 网易`).
    /// A bare `-` is not one: headlines print ranges such as `1-10月`.
    static let siteSeparators = ["_", "|", "｜", " - ", " — ", " – ", "——", " -- "]
    /// Shortest visible line taken as the headline by agreement.
    static let minimumAgreeingLength = 6

    /// - Parameter linesBeforeInfo: the visible lines just above the info line (`发布时间：…`),
    ///   nearest last: the printed headline when `<title>` and `h1` only name the site.
    package static func choose(_ metadata: PageMetadata, nearbyLines: [String] = [], linesBeforeInfo: [String] = []) -> String? {
        let siteName = metadata.meta[MetaKeys.siteName]?.collapsingSpaces()
        let isSiteName = { (text: String) -> Bool in SiteNames.isSiteName(text, siteName: siteName) }
        let fullTitles = [metadata.documentTitle, metadata.meta[MetaKeys.title]].compactMap { $0?.collapsingSpaces() }.filter { !isSiteName($0) }
        let headings = metadata.headings.map { $0.collapsingSpaces() }.filter { !isSiteName($0) }
        if let title = choose(fullTitles: fullTitles, headings: headings, metadata: metadata, nearbyLines: nearbyLines) { return title }
        // Only the site is named (`<title>江城新闻网</title>`, a banner h1): the headline-shaped
        // line just above the info line, then an h2 under the site's h1.
        if let line = linesBeforeInfo.last(where: { TextLine.isHeadingLike($0) && $0.count >= minimumAgreeingLength && !isSiteName($0) }) {
            return line
        }
        if let subheading = metadata.subheading?.collapsingSpaces(), !isSiteName(subheading), subheading.count >= 4 { return subheading }
        return nil
    }

    private static func choose(fullTitles: [String], headings: [String], metadata: PageMetadata, nearbyLines: [String]) -> String? {
        for heading in headings where heading.count >= 4 {
            if fullTitles.contains(where: { $0.contains(heading) || heading.contains(stripSiteSuffix($0)) }) { return heading }
        }
        // The same agreement on letters and digits alone: `<title>` often prints the headline's
        // `——` as `-`, or drops its spaces and quotes.
        for heading in headings where heading.count >= 4 {
            let skeleton = heading.lettersAndDigits
            guard skeleton.count >= minimumAgreeingLength else { continue }
            if fullTitles.contains(where: { $0.lettersAndDigits.contains(skeleton) }) { return heading }
        }
        let agreeing = nearbyLines.map { $0.collapsingSpaces() }.filter { line in
            line.count >= minimumAgreeingLength && fullTitles.contains { $0.contains(line) }
        }
        if let longest = agreeing.max(by: { $0.count < $1.count }) { return longest }
        for title in fullTitles.reversed() {  // og:title first, then <title>
            let stripped = stripSiteSuffix(title)
            if !stripped.isEmpty { return stripped }
        }
        return headings.first
    }

    /// `标题_荆楚网_新闻频道` → `标题`: the first part before a site separator (the longest part
    /// when the first is too short to be a headline).
    static func stripSiteSuffix(_ title: String) -> String {
        var parts = [title]
        for separator in siteSeparators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        let trimmed = parts.map { $0.trimmed() }.filter { !$0.isEmpty }
        guard let first = trimmed.first else { return title.trimmed() }
        if first.count >= 5 || trimmed.count == 1 { return stripBareDashSuffix(first) }
        return trimmed.max { $0.count < $1.count } ?? first
    }

    /// `央行宣布降准0.5个百分点-江城财经` → the part before the last bare `-`, when what follows
    /// is a short name without digits (a range such as `1-10月` stays whole).
    static func stripBareDashSuffix(_ title: String) -> String {
        guard let dash = title.lastIndex(of: "-") else { return title }
        let head = title[..<dash].trimmed(), tail = title[title.index(after: dash)...].trimmed()
        guard head.count >= minimumAgreeingLength, (2...maxBareDashSiteLength).contains(tail.count),
              !tail.contains(where: { $0.isNumber || $0.isWhitespace }) else { return title }
        return head
    }

    /// The longest site name after a bare `-`.
    static let maxBareDashSiteLength = 8
}

extension String {
    /// The letters and digits alone (CJK included): what two printings of one headline share.
    var lettersAndDigits: String { TextSkeleton.of(self) }

    /// Runs of whitespace as one space, trimmed.
    func collapsingSpaces() -> String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
