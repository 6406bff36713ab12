import Foundation
import ZhNewsParser

/// Chooses an HTML page's headline from `og:title`, `h1` and `<title>` by agreement.
public enum TitleChooser {
    /// Separators before a site name in `<title>` (`标题_荆楚网`, `标题-新华网`, `标题 | 网易`).
    static let siteSeparators = ["_", "|", "｜", " - ", "-", "—", "–", "——"]

    public static func choose(_ metadata: PageMetadata) -> String? {
        let documentTitle = metadata.documentTitle.map(stripSiteSuffix)
        let ogTitle = metadata.meta["og:title"].map(stripSiteSuffix)
        // An h1 the <title> or og:title agrees with is the headline.
        for heading in metadata.headings where heading.count >= 4 {
            if let full = metadata.documentTitle, full.contains(heading) { return heading }
            if let ogTitle, ogTitle.contains(heading) || heading.contains(ogTitle) { return heading }
        }
        if let ogTitle, !ogTitle.isEmpty { return ogTitle }
        if let documentTitle, !documentTitle.isEmpty { return documentTitle }
        return metadata.headings.first
    }

    /// `标题_荆楚网_新闻频道` → `标题`: the longest part before a site separator.
    static func stripSiteSuffix(_ title: String) -> String {
        var parts = [title]
        for separator in siteSeparators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        let trimmed = parts.map { $0.trimmed() }.filter { !$0.isEmpty }
        guard trimmed.count > 1 else { return title.trimmed() }
        return trimmed.max { $0.count < $1.count } ?? title.trimmed()
    }
}
