import ZhNewsRules
import ZhNewsModel

/// Classifies the lines of a page (after conversion to simplified script) with ``LineRules``.
///
/// Lines are examined as UTF-8 bytes: the marker lexicons are compiled once into a
/// ``PhraseMatcher``, labels into byte prefixes, so a line costs one pass however long the
/// lexicons grow.
///
/// ```swift
/// LineClassifier().classify(["关注我们", "正文……"]).map(\.lineClass)   // [.navigation, .body]
/// ```
package struct LineClassifier: Sendable {
    package init() {}

    /// Classifies lines in reading order. `linkRatios` (HTML only: the share of each line's
    /// characters inside links) lets a teaser list end where prose resumes; without it, everything
    /// after `上一篇`/`相关新闻` is teasers, as on flattened pages. Lines not reached by
    /// `deadline` are given as empty ``LineClass/blank`` lines (rule `time-limit`), one per line.
    ///
    /// `pagerAfterProse` (flattened pages): a pager opens the teaser list only once article
    /// prose has been seen (``LineRules/proseBeforePager``); above the article, `下一篇` is a
    /// link in the header bar and `相关新闻：` a row under a promo blurb.
    package func classify(
        _ lines: [String], linkRatios: [Double] = [], pagerAfterProse: Bool = false, deadline: Deadline = .never
    ) -> [ClassifiedLine] {
        var result: [ClassifiedLine] = []
        result.reserveCapacity(lines.count)
        var afterPager = false
        var seenProse = !pagerAfterProse
        var proseSeen = 0
        for (index, line) in lines.enumerated() {
            if index & 63 == 0, deadline.hasPassed {
                let unread = ClassifiedLine(text: "", lineClass: .blank, rule: Self.timeLimitRule)
                result.append(contentsOf: repeatElement(unread, count: lines.count - index))
                break
            }
            let text = line.trimmingCharacters(in: " \t\u{3000}\u{A0}\u{FEFF}\u{200B}")
            if text.isEmpty {
                result.append(ClassifiedLine(text: "", lineClass: .blank, rule: "empty"))
                continue
            }
            if afterPager, index < linkRatios.count, linkRatios[index] < LineRules.teaserLinkRatio,
               text.unicodeScalars.count > LineRules.teaserMaxLength {
                afterPager = false  // prose again: the teaser list has ended
            }
            if afterPager {
                result.append(ClassifiedLine(text: text, lineClass: .teaser, rule: "after-pager"))
                continue
            }
            let (lineClass, rule) = classifyOne(Self.droppingListBullet(text))
            if lineClass == .pager, seenProse { afterPager = true }
            if !seenProse, lineClass == .body {
                let features = LineFeatures(text)
                if features.isProseLike { proseSeen += features.textWeight }
                seenProse = proseSeen >= LineRules.proseBeforePager
            }
            result.append(ClassifiedLine(text: text, lineClass: lineClass, rule: rule))
        }
        return result
    }

    /// `* 来源：新华社` → `来源：新华社`, `[yule] 来源：搜狐娱乐` → `来源：搜狐娱乐`: a renderer's list
    /// bullet or image placeholder is not part of the line's label.
    static func droppingListBullet(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first else { return text }
        var rest: Substring.UnicodeScalarView?
        if LineRules.bulletMarks.contains(first), scalars.dropFirst().first == " " {
            rest = scalars.dropFirst(2)
        } else if first == "[", let close = scalars.prefix(LineRules.placeholderMaxLength).firstIndex(of: "]"),
                  scalars[scalars.index(after: scalars.startIndex)..<close].allSatisfy({ $0.isASCII && $0 != " " }) {
            rest = Substring(text).unicodeScalars[scalars.index(after: close)...].drop { $0 == " " }
        } else if isASCIILetter(first), let space = scalars.prefix(LineRules.placeholderMaxLength).firstIndex(of: " "),
                  scalars[..<space].allSatisfy({ isASCIILetter($0) || ("0"..."9").contains($0) }) {
            // `netease 本文来源：…`: an image's alternative text (printed bare by `w3m -dump`) before an info label.
            let after = Substring(text).unicodeScalars[space...].drop { $0 == " " }
            if let next = after.first, Compiled.infoLabelStarts.contains(next),
               Compiled.hasPrefix(Compiled.compactPrefix(Array(Substring(after).utf8)), Compiled.infoPrefixes) { rest = after }
        }
        guard let rest, !rest.isEmpty else { return text }
        return String(rest)
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// The rule of lines left unread at the deadline.
    package static let timeLimitRule = "time-limit"

    func classifyOne(_ text: String) -> (LineClass, String) {
        let bytes = Array(text.utf8)
        let compact = Compiled.compactPrefix(bytes)
        if bytes.count <= Compiled.shortLineBytes, Compiled.navigationLines.contains(compact) { return (.navigation, "navigation-line") }
        if Compiled.hasPrefix(compact, Compiled.navigationPrefixes) { return (.navigation, "navigation-prefix") }
        if bytes.count <= Compiled.shortLineBytes, isEditionNavigation(compact) { return (.navigation, "edition") }
        let groups = bytes.withUnsafeBufferPointer { Compiled.markers.groups(in: $0) }
        if groups & Compiled.separatorGroup != 0, groups & Compiled.clauseGroup == 0, isBreadcrumb(text) { return (.navigation, "breadcrumb") }
        if Compiled.hasPrefix(compact, Compiled.pagerPrefixes) { return (.pager, "pager") }
        if groups & Compiled.copyrightGroup != 0 { return (.copyright, "copyright") }
        // An info line may end in a share widget (`时间：… 来源：… 分享到：`).
        if bytes.count <= Compiled.infoLineBytes, Compiled.hasPrefix(compact, Compiled.infoPrefixes) { return (.infoLine, "info-label") }
        if bytes.count <= Compiled.infoLineBytes, groups & Compiled.infoLabelGroup != 0, isDatedInfoLine(text) { return (.infoLine, "dated-fields") }
        if groups & Compiled.widgetGroup != 0 { return (.widget, "widget") }
        if bytes.count <= Compiled.editorLineBytes, Compiled.hasPrefix(Compiled.droppingBrackets(compact), Compiled.editorPrefixes) { return (.editorLine, "editor-label") }
        if bytes.count <= Compiled.infoLineBytes, groups & Compiled.infoLabelGroup != 0, isLabelledFieldsLine(text) { return (.infoLine, "labelled-fields") }
        if bytes.count <= Compiled.captionBytes, isCaption(text) { return (.caption, "caption") }
        if bytes.count <= LineRules.datelineMaxLength * 3, isDateline(text) { return (.infoLine, "dateline") }
        // A link address with a call to act: a promotion (`立即下载…App：https://…`).
        let promotion = Compiled.linkAddressGroup | Compiled.promotionWordGroup
        if bytes.count <= Compiled.promotionBytes, groups & promotion == promotion { return (.widget, "promotion") }
        if bytes.count <= Compiled.promotionBytes, groups & Compiled.hashtagGroup != 0, isHashtagLine(text) { return (.widget, "hashtags") }
        if bytes.count <= Compiled.shortLineBytes, groups & Compiled.pageNumberGroup != 0, isPageNumbers(text) { return (.navigation, "page-numbers") }
        return (.body, "prose")
    }

    /// `#海滨长廊 #东区 #康文署`: two or more words, each starting with a hashtag mark.
    func isHashtagLine(_ text: String) -> Bool {
        let words = text.split { $0 == " " || $0 == "\u{3000}" }
        return words.count >= 2 && words.allSatisfy { $0.count >= 2 && LineRules.hashtagMarks.contains($0.first!) }
    }

    /// `1234下一页`, `上一页 1 2 3 下一页`: page numbers with a pager word, nothing else.
    func isPageNumbers(_ text: String) -> Bool {
        var rest = text
        var sawWord = false
        for word in LineRules.pageNumberWords where rest.contains(word) {
            rest = rest.replacing(word, with: "")
            sawWord = true
        }
        return sawWord && rest.allSatisfy { $0.isASCII && ($0.isNumber || $0 == " " || $0 == ".") }
    }

    /// `第03版：综合新闻`, `第01版:头版`: an e-paper's list of pages.
    func isEditionNavigation(_ compact: [UInt8]) -> Bool {
        guard compact.starts(with: Array("第".utf8)) else { return false }
        let rest = compact.dropFirst(3)
        let digits = rest.prefix { $0 >= 0x30 && $0 <= 0x39 }
        return !digits.isEmpty && rest.dropFirst(digits.count).starts(with: Array("版".utf8))
    }

    /// A short line that is mostly a full date, or opens with a date and time: `2024年05月20日 星期一`, `2024/07/15 14:32`,
    /// `江城日报 2024年05月20日 第03版：综合新闻`, `原创 清河发布 2024-06-01 08:30 湖北`.
    func isDateline(_ text: String) -> Bool {
        guard let range = PublishTime.range(in: text) else { return false }
        // `语音 | 早安武汉〔2018.3.19 周一〕`: a serial's headline with its date in brackets.
        let head = text[..<range.lowerBound]
        if let open = head.last, LineRules.headlineDateBrackets.contains(open),
           head.unicodeScalars.lazy.filter({ $0.value >= 0x4E00 && $0.value <= 0x9FFF }).count >= LineRules.headlineBeforeDateMinLength {
            return false
        }
        // The site's address beside the date is no word of the line (`http://www.sina.com.cn 2009年…`).
        let rest = (text[..<range.lowerBound] + " " + text[range.upperBound...]).split(whereSeparator: \.isWhitespace)
            .filter { word in !LineRules.addressPrefixes.contains(where: word.hasPrefix) }.joined()
        if rest.contains(where: { "，。,；".contains($0) }) { return false }
        if rest.count <= LineRules.datelineMaxOtherCharacters { return true }
        // A line that opens with a date and time is a dateline whatever widgets follow it
        // (`2019年09月11日01:53 新浪科技 我有话说( 1307 人参与) 收藏本文`).
        if range.lowerBound == text.startIndex, text[range].contains(where: { $0 == ":" || $0 == "：" }) { return true }
        return isEditionNavigation(Compiled.compactPrefix(Array(rest.drop { $0 != "第" }.utf8)))
    }

    /// A date and labelled fields in any order, whatever separates them (spaces, tabs, `|`, none):
    /// `2020-07-04 12:10:24 来源：求是网作者：陈海峰`, `来源：新华网 | 2019-12-10 07:57:40`.
    func isDatedInfoLine(_ text: String) -> Bool {
        // Cheap tests first: a labelled field (`来源：`), no full stop; only then the date.
        let compact = Compiled.compactPrefix(Array(text.utf8))
        guard Compiled.infoPrefixes.contains(where: { Compiled.contains(compact, $0) }),
              !text.contains(where: { $0 == "。" || $0 == "；" }), let range = PublishTime.range(in: text) else { return false }
        let rest = Compiled.compactPrefix(Array((text[..<range.lowerBound] + " " + text[range.upperBound...]).utf8))
        return Compiled.infoPrefixes.contains { Compiled.contains(rest, $0) }
    }

    /// `吉国杰本文来源：央视新闻客户端责任编辑：化成雨_NBJ11143`: a source field and an editor field
    /// in a line without clause marks, whatever a renderer ran in before them. (A credit line
    /// `[作者: 刘满仓 责任编辑: 杨丹宇 ]` names no source and stays a credit.)
    func isLabelledFieldsLine(_ text: String) -> Bool {
        guard !text.contains(where: { $0 == "。" || $0 == "；" || $0 == "，" || $0 == "," }) else { return false }
        let compact = Compiled.compactPrefix(Array(text.utf8))
        return Compiled.sourcePrefixes.contains { Compiled.contains(compact, $0) }
            && Compiled.editorPrefixes.contains { Compiled.contains(compact, $0) }
    }

    /// `荆楚网 > 新闻频道 > 十堰新闻`: short segments joined by separators, no sentence punctuation.
    func isBreadcrumb(_ text: String) -> Bool {
        guard text.unicodeScalars.count <= 120 else { return false }
        for separator in LineRules.breadcrumbSeparators where Self.containsBytes(text, separator) {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            if parts.count >= 3, parts.allSatisfy({ $0.unicodeScalars.count <= 18 }) { return true }
        }
        // `澎湃号 > 中国广州发布`: two short parts around a spaced `>`.
        guard Self.containsBytes(text, " > ") else { return false }
        let pair = text.split(separator: " > ", omittingEmptySubsequences: false)
        return pair.count == 2 && pair.allSatisfy { (1...12).contains($0.unicodeScalars.count) }
    }

    /// Does the text's UTF-8 hold the needle's (a quick test before a split by characters)?
    static func containsBytes(_ text: String, _ needle: String) -> Bool {
        let haystack = text.utf8, bytes = Array(needle.utf8)
        guard let first = bytes.first, haystack.count >= bytes.count else { return false }
        var index = haystack.startIndex
        while let found = haystack[index...].firstIndex(of: first) {
            if haystack[found...].starts(with: bytes) { return true }
            index = haystack.index(after: found)
        }
        return false
    }

    /// A photo or video caption: a caption prefix, or a short line that ends in a credit
    /// (`…。通讯员 供图`, `…视频。谭文博 摄制`).
    func isCaption(_ text: String) -> Bool {
        // Scalars are counted only when the byte length leaves the limits in doubt.
        let bytes = text.utf8.count
        guard bytes <= 100 * 4 else { return false }
        let scalars = bytes <= 80 ? bytes : text.unicodeScalars.count
        if scalars <= 80, LineRules.captionPrefixes.contains(where: { text.utf8.starts(with: $0.utf8) }) { return true }
        guard scalars <= 100 else { return false }
        if let inner = Self.closingParenthetical(text),
           LineRules.captionParentheticalPrefixes.contains(where: inner.hasPrefix) || LineRules.captionParentheticalMarkers.contains(where: inner.contains) {
            return true
        }
        for suffix in BylineLexicon.captionCreditEndings where text.utf8.reversed().starts(with: suffix.utf8.reversed()) {
            // The credit is a separate word: preceded by a space, or a short name after a full stop.
            let head = text.dropLast(suffix.count)
            if head.last == " " || head.last == "\u{3000}" { return true }
            if suffix != "图", let stop = head.lastIndex(where: { $0 == "。" || $0 == " " }), head.distance(from: stop, to: head.endIndex) <= 12 {
                return true
            }
        }
        return false
    }

    /// The text of a parenthetical that ends the line: `…（图／新北市景观处提供）` → `图／新北市景观处提供`.
    static func closingParenthetical(_ text: String) -> Substring? {
        guard let last = text.last, last == "）" || last == ")" else { return nil }
        guard let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
        return text[text.index(after: open)..<text.index(before: text.endIndex)]
    }

    /// ``LineRules`` compiled to bytes, once per process.
    enum Compiled {
        static let shortLineBytes = 96
        static let editorLineBytes = 40 * 3
        static let infoLineBytes = 120 * 3
        static let captionBytes = 100 * 3

        static let copyrightGroup: UInt64 = 1 << 0
        static let widgetGroup: UInt64 = 1 << 1
        static let separatorGroup: UInt64 = 1 << 2
        static let clauseGroup: UInt64 = 1 << 3
        static let linkAddressGroup: UInt64 = 1 << 4
        static let promotionWordGroup: UInt64 = 1 << 5
        static let hashtagGroup: UInt64 = 1 << 6
        static let pageNumberGroup: UInt64 = 1 << 7
        static let infoLabelGroup: UInt64 = 1 << 8
        /// Every marker a line is tested for, found in one pass over its bytes.
        static let markers = PhraseMatcher(groups: [
            LineRules.copyrightMarkers, LineRules.widgetMarkers, LineRules.breadcrumbSeparators, ["。", "，"],
            LineRules.promotionLinkMarkers, LineRules.promotionWords, LineRules.hashtagMarks.map(String.init), LineRules.pageNumberWords,
            LineRules.infoLabels.flatMap { [$0 + "：", $0 + ":", $0 + " ：", $0 + " :"] },
        ])

        static let navigationLines: Set<[UInt8]> = Set(LineRules.navigationLines.map { compactPrefix(Array($0.utf8)) })
        static let navigationPrefixes = LineRules.navigationPrefixes.map { compactPrefix(Array($0.utf8)) }
        static let pagerPrefixes = LineRules.pagerPrefixes.map { Array($0.utf8) }
        static let editorPrefixes = labelPrefixes(BylineLexicon.editorLineLabels)
        static let infoPrefixes = labelPrefixes(LineRules.infoLabels)
        static let sourcePrefixes = labelPrefixes(BylineLexicon.sourceLabels)
        /// The first scalars of the info labels: a quick test before a line's rest is compacted.
        static let infoLabelStarts: Set<Unicode.Scalar> = Set(LineRules.infoLabels.compactMap(\.unicodeScalars.first))

        /// `label:` and `label：` for each label.
        static func labelPrefixes(_ labels: [String]) -> [[UInt8]] {
            labels.flatMap { [Array(($0 + ":").utf8), Array(($0 + "：").utf8)] }
        }

        /// The first bytes of a line without spaces (ASCII and ideographic).
        /// The longest line read as a promotion or hashtag line (a paragraph is longer).
        static let promotionBytes = 240

        static func compactPrefix(_ bytes: [UInt8], limit: Int = 192) -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(min(bytes.count, limit))
            var index = 0
            while index < bytes.count, out.count < limit {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 {
                    index += 1
                } else if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                    index += 3
                } else {
                    out.append(byte)
                    index += 1
                }
            }
            return out
        }

        /// Leading brackets dropped (`【责任编辑:…】`, `(编辑：…)`).
        static func droppingBrackets(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
            var slice = bytes[...]
            while true {
                if let first = slice.first, first == 0x5B || first == 0x28 {
                    slice = slice.dropFirst()
                } else if slice.starts(with: [0xE3, 0x80, 0x90]) || slice.starts(with: [0xEF, 0xBC, 0x88]) {  // 【 （
                    slice = slice.dropFirst(3)
                } else {
                    return slice
                }
            }
        }

        /// Does `haystack` hold `needle` anywhere? (A plain byte scan: lines are short.)
        static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
            guard let first = needle.first, haystack.count >= needle.count else { return needle.isEmpty }
            var start = 0
            while start + needle.count <= haystack.count {
                if haystack[start] == first {
                    var matched = 1
                    while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return true }
                }
                start += 1
            }
            return false
        }

        static func hasPrefix(_ bytes: some Collection<UInt8>, _ prefixes: [[UInt8]]) -> Bool {
            prefixes.contains { bytes.starts(with: $0) }
        }
    }
}

extension String {
    /// The string without the characters of `set` at either end. (Each member of `set` is one
    /// scalar, so when neither end scalar is in it, nothing is trimmed: no grapheme work then.)
    func trimmingCharacters(in set: String) -> String {
        let scalars = set.unicodeScalars
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !scalars.contains(first) && !scalars.contains(last) { return self }
        var view = Substring(self)
        while let first = view.first, set.contains(first) { view = view.dropFirst() }
        while let last = view.last, set.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
