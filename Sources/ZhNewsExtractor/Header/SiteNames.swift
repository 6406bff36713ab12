/// Data and tests for texts that name the site rather than the story: a `<title>` or `h1` that
/// is the portal's name (`江城新闻网`, `江城市人民政府`) or its welcome banner
/// (`欢迎访问江城市人民政府网站`). Such a text is never the headline.
enum SiteNames {
    /// Endings of a site's name.
    static let suffixes = ["网", "网站", "新闻网", "门户网站", "人民政府", "政府网", "首页", "频道", "客户端", "官网", "官方网站"]
    /// Openings of a welcome banner.
    static let bannerPrefixes = ["欢迎访问", "欢迎来到", "欢迎光临", "欢迎您"]
    /// The longest text read as a bare site name (a headline ending in `网` is longer).
    static let maxLength = 12

    /// Whether `text` names the site: the page's `og:site_name`, a welcome banner, or a short
    /// text with a site-name ending and no sentence or headline punctuation.
    static func isSiteName(_ text: String, siteName: String?) -> Bool {
        if let siteName, !siteName.isEmpty, text == siteName { return true }
        if bannerPrefixes.contains(where: text.hasPrefix) { return true }
        guard text.count <= maxLength, suffixes.contains(where: text.hasSuffix) else { return false }
        return !text.contains { "，。：:！？!?“”\"".contains($0) || $0.isWhitespace || $0.isNumber }
    }
}
