import Foundation
import ZhNewsModel
import ZhNewsParser
import ZhNewsRules

/// Authors named outside the text: elements whose `class` names an author (`author-name`,
/// `user-card-name`: on self-media platforms the account is the author).
enum AuthorHints {
    /// Words that are labels, outlets or placeholders, not authors.
    static let rejected: Set<String> = ["作者", "来源", "编辑", "责任编辑", "佚名", "匿名", "网友", "admin", "administrator", "未知", "原创"]

    static func bylines(from metadata: PageMetadata) -> [Byline] {
        let siteNames = siteNames(metadata)
        // `<meta name=author>` is left out: portals fill it with their own name (网易, 新浪科技).
        for hint in metadata.authorHints {
            let text = hint.trimmed().trimmingPrefix("@")
            if OutletTable.isOutlet(ScriptFold.fold(text)) { continue }
            if siteNames.contains(where: { $0.contains(text) || text.contains($0) }) { continue }
            if let credits = BylineParser.parseCredits(text)?.filter({ $0.role.isWriting }), !credits.isEmpty {
                return credits
            }
            if isAccountName(text) { return [Byline(role: .author, label: "作者", name: text)] }
        }
        return []
    }

    /// The site's own names: `<title>` after its first separator, `og:site_name`: never an author.
    static func siteNames(_ metadata: PageMetadata) -> [String] {
        var names = [metadata.meta[MetaKeys.siteName], metadata.meta[MetaKeys.applicationName]].compactMap { $0 }
        if let title = metadata.documentTitle {
            var parts = [title]
            for separator in TitleChooser.siteSeparators { parts = parts.flatMap { $0.components(separatedBy: separator) } }
            names += parts.dropFirst().map { $0.trimmed() }.filter { $0.count >= 2 }
        }
        return names
    }

    /// A person's or an account's name: short, no digits, no punctuation, not a label.
    static func isAccountName(_ text: String) -> Bool {
        let folded = ScriptFold.fold(text)
        guard (2...12).contains(text.count), !rejected.contains(folded), !NeverNames.words.contains(folded),
              !NeverNames.latinWords.contains(folded.lowercased()), !NeverNames.parts.contains(where: { $0.count > 1 && folded.contains($0) }) else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "·" }
    }
}

extension String {
    func trimmingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
