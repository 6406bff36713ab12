import ZhNewsParser

/// Chooses an HTML page's headline by agreement between `<title>`, `og:title`, `h1` and the
/// visible lines just above the article.
///
/// 1. an `h1` that `<title>` or `og:title` contains (or that contains `og:title`);
/// 2. the longest visible line near the article that `<title>` or `og:title` contains: the
///    printed headline without the site name (`…调研工作` from `…调研工作 东区办事处_中山网`);
/// 3. `og:title`, then `<title>`, without the site suffix; 4. the first `h1`.
public enum TitleChooser {
    /// Separators before a site name in `<title>` (`标题_荆楚网`, `标题 - 新华网`, `标题 | 网易`).
    /// A bare `-` is not one: headlines print ranges such as `1-10月`.
    static let siteSeparators = ["_", "|", "｜", " - ", " — ", " – ", "——", " -- "]
    /// Shortest visible line taken as the headline by agreement.
    static let minimumAgreeingLength = 6

    public static func choose(_ metadata: PageMetadata, nearbyLines: [String] = []) -> String? {
        let fullTitles = [metadata.documentTitle, metadata.meta["og:title"]].compactMap { $0?.collapsingSpaces() }
        for heading in metadata.headings.map({ $0.collapsingSpaces() }) where heading.count >= 4 {
            if fullTitles.contains(where: { $0.contains(heading) || heading.contains(stripSiteSuffix($0)) }) { return heading }
        }
        // The same agreement on letters and digits alone: `<title>` often prints the headline's
        // `——` as `-`, or drops its spaces and quotes.
        for heading in metadata.headings.map({ $0.collapsingSpaces() }) where heading.count >= 4 {
            let skeleton = heading.lettersAndDigits
            guard skeleton.count >= minimumAgreeingLength else { continue }
            if fullTitles.contains(where: { $0.lettersAndDigits.contains(skeleton) }) { return heading }
        }
        let agreeing = nearbyLines.map { $0.collapsingSpaces() }.filter { line in
            line.count >= minimumAgreeingLength && fullTitles.contains { $0.contains(line) }
        }
        if let longest = agreeing.max(by: { $0.count < $1.count }) { return longest }
        if let og = metadata.meta["og:title"].map(stripSiteSuffix), !og.isEmpty { return og }
        if let title = metadata.documentTitle.map(stripSiteSuffix), !title.isEmpty { return title }
        return metadata.headings.first
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
        if first.count >= 5 || trimmed.count == 1 { return first }
        return trimmed.max { $0.count < $1.count } ?? first
    }
}

extension String {
    /// The letters and digits alone (CJK included): what two printings of one headline share.
    var lettersAndDigits: String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }

    /// Runs of whitespace as one space, trimmed.
    func collapsingSpaces() -> String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
