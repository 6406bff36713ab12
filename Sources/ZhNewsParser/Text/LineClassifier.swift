/// Classifies the lines of a page (after conversion to simplified script) with ``LineRules``.
///
/// ```swift
/// LineClassifier().classify(["关注我们", "正文……"]).map(\.lineClass)   // [.navigation, .body]
/// ```
public struct LineClassifier: Sendable {
    public init() {}

    public func classify(_ lines: [String]) -> [ClassifiedLine] {
        var result: [ClassifiedLine] = []
        result.reserveCapacity(lines.count)
        var afterPager = false
        for line in lines {
            let text = line.trimmingCharacters(in: " \t\u{3000}\u{A0}")
            if text.isEmpty {
                result.append(ClassifiedLine(text: "", lineClass: .blank, rule: "empty"))
                continue
            }
            if afterPager {
                result.append(ClassifiedLine(text: text, lineClass: .teaser, rule: "after-pager"))
                continue
            }
            let (lineClass, rule) = classifyOne(text)
            if lineClass == .pager { afterPager = true }
            result.append(ClassifiedLine(text: text, lineClass: lineClass, rule: rule))
        }
        return result
    }

    func classifyOne(_ text: String) -> (LineClass, String) {
        let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
        if LineRules.navigationLines.contains(compact) { return (.navigation, "navigation-line") }
        if LineRules.navigationPrefixes.contains(where: compact.hasPrefix) { return (.navigation, "navigation-prefix") }
        if isBreadcrumb(text) { return (.navigation, "breadcrumb") }
        if LineRules.pagerPrefixes.contains(where: compact.hasPrefix) { return (.pager, "pager") }
        if LineRules.copyrightMarkers.contains(where: text.contains) { return (.copyright, "copyright") }
        if LineRules.widgetMarkers.contains(where: text.contains) { return (.widget, "widget") }
        if isEditorLine(compact) { return (.editorLine, "editor-label") }
        if isInfoLine(compact) { return (.infoLine, "info-label") }
        if isCaption(text) { return (.caption, "caption") }
        return (.body, "prose")
    }

    /// `荆楚网 > 新闻频道 > 十堰新闻`: short segments joined by separators, no sentence punctuation.
    func isBreadcrumb(_ text: String) -> Bool {
        guard text.count <= 120, !text.contains("。"), !text.contains("，") else { return false }
        for separator in LineRules.breadcrumbSeparators {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            if parts.count >= 3, parts.allSatisfy({ String($0).trimmingCharacters(in: " ").count <= 16 }) { return true }
        }
        return false
    }

    /// `【责任编辑:雷杉】`, `编辑:hefan`, `(责任编辑：张三)`.
    func isEditorLine(_ compact: String) -> Bool {
        let stripped = compact.trimmingCharacters(in: "【】[]()（）")
        guard stripped.count <= 40 else { return false }
        return LineRules.editorLabels.contains { label in
            stripped.hasPrefix(label + ":") || stripped.hasPrefix(label + "：")
        }
    }

    /// `发布时间:2024年08月12日17:55 来源: 荆楚网`: starts with an info label and a colon, and is short.
    func isInfoLine(_ compact: String) -> Bool {
        guard compact.count <= 120 else { return false }
        return LineRules.infoLabels.contains { label in
            compact.hasPrefix(label + ":") || compact.hasPrefix(label + "：")
        }
    }

    /// A photo or video caption: a caption prefix, or a short line that ends in a credit
    /// (`…。通讯员 供图`, `…视频。谭文博 摄制`).
    func isCaption(_ text: String) -> Bool {
        if LineRules.captionPrefixes.contains(where: text.hasPrefix), text.count <= 80 { return true }
        guard text.count <= 100 else { return false }
        for suffix in LineRules.captionCreditSuffixes where text.hasSuffix(suffix) {
            // The credit is a separate word: preceded by a space or by a short name after a full stop.
            let head = text.dropLast(suffix.count)
            if head.last == " " || head.last == "\u{3000}" { return true }
            if let stop = head.lastIndex(where: { $0 == "。" || $0 == " " }), head.distance(from: stop, to: head.endIndex) <= 12, suffix != "图" {
                return true
            }
        }
        return false
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var view = Substring(self)
        while let first = view.first, set.contains(first) { view = view.dropFirst() }
        while let last = view.last, set.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
