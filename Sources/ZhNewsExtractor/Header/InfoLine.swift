import ZhNewsRules
import ZhNewsModel

/// Reads info lines: `发布时间:2024年08月12日17:55 来源: 荆楚网 (湖北日报网) 作者: 张三`.
package struct InfoLine: Sendable, Hashable {
    package var published: String?
    package var outlet: String?
    package var bylines: [Byline] = []
    /// True when the line labels a time (`发布时间：`, `时间：`).
    package var hasTimeLabel = false

    /// Labels of a modification time, never the publish time (`最后更新: …`).
    static let updateLabels = ["最后更新", "更新时间", "更新于", "修改时间", "最后修改", "编辑于"]

    /// A line that states when the article was changed, not published.
    package static func isUpdateLine(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\u{3000}" }
        return leadingUpdateLabels.first(startingWith: trimmed) != nil
    }
    private static let leadingUpdateLabels = LeadingPhraseTable(updateLabels.map { ($0, ()) })

    /// Labels whose value is the publish time.
    static let timeLabels = ["发布时间", "发布日期", "发表时间", "时间", "日期"]
    /// Labels whose value is the outlet.
    static let outletLabels = BylineLexicon.sourceLabels
    /// Labels whose value is an author credit.
    static let authorLabels = ["作者", "撰文", "文"]
    /// Labels whose value names the editor (`责任编辑：NF055`, `选稿：曾炟`).
    static let editorLabels: [(label: String, role: Byline.Role)] = BylineLexicon.labels.filter {
        $0.role == .editor || $0.role == .responsibleEditor
    }
    /// Every label that ends the previous field's value.
    static let allLabels = timeLabels + outletLabels + authorLabels + ["记者"] + editorLabels.map(\.label) + [
        "浏览次数", "点击数", "点击量", "点击", "阅读量", "阅读", "浏览量", "浏览", "访问量", "评论", "字号", "字体",
        "所属分类", "分类", "栏目", "标签", "最后更新", "更新时间",
    ]

    /// Reads the line in either script (`來源：`, `作者：`); outlet and names come back as printed.
    package init(_ original: String) {
        let line = ScriptFold.fold(original)
        for (label, value) in Self.fields(of: line) {
            if Self.timeLabels.contains(label), published == nil {
                hasTimeLabel = true
                published = PublishTime.parse(value)
            } else if Self.outletLabels.contains(label), outlet == nil, let (name, writer) = Self.outletAndGluedWriter(value) {
                // `来源：中国新闻网王帆`: a renderer dropped the space between outlet and writer.
                outlet = name
                bylines.append(Byline(role: .author, label: "", name: writer))
            } else if Self.outletLabels.contains(label), outlet == nil {
                outlet = Self.outletName(value)
                // `来源：中国新闻网 王帆`: a writer's name printed after a known outlet.
                let words = value.split { $0 == " " || $0 == "\u{3000}" }
                if let outlet, OutletTable.isOutlet(outlet), words.count == 2, words[0] == outlet, PersonalNameCheck.isPersonalName(words[1]) {
                    bylines.append(Byline(role: .author, label: "", name: String(words[1])))
                }
            } else if Self.authorLabels.contains(label) || label == "记者" {
                // `作者：周立新杨帆`: names printed without the space between them, cut where only one cut exists.
                let names = value.split { BylineLexicon.nameSeparators.contains($0) }.flatMap { word in
                    word.count >= 5 ? (GluedNames.split(word) ?? [String(word)]).map { Substring($0) } : [word]
                }
                let role: Byline.Role = label == "记者" ? .reporter : .author
                bylines += names.filter { BylineParser.isName($0) }.map { Byline(role: role, label: label, name: String($0)) }
            } else if let role = Self.editorLabels.first(where: { $0.label == label })?.role {
                let names = value.split { BylineLexicon.nameSeparators.contains($0) }.prefix(3)
                bylines += names.filter { BylineParser.isName($0) }.map { Byline(role: role, label: label, name: String($0)) }
            }
        }
        // `作者：陈海峰 责任编辑：陈海峰`: a CMS that fills the author field with the editor's name
        // credits no writer.
        if bylines.count >= 2 {
            let editors = Set(bylines.filter { $0.role == .editor || $0.role == .responsibleEditor }.map(\.name))
            bylines.removeAll { $0.role == .author && editors.contains($0.name) }
        }
        if published == nil { published = PublishTime.parse(line) }
        if published != nil, !hasTimeLabel, outlet == nil, let range = PublishTime.range(in: line) {
            account = Self.accountWord(line[..<range.lowerBound] + " " + line[range.upperBound...])
        }
        guard line != original else { return }
        let originalCharacters = Array(original), foldedCharacters = Array(line)
        let restore = { (piece: String) in ScriptFold.span(of: piece, in: foldedCharacters, original: originalCharacters) }
        outlet = outlet.map(restore)
        account = account.map(restore)
        bylines = bylines.map { Byline(role: $0.role, label: restore($0.label), name: restore($0.name)) }
    }

    /// The name beside an unlabelled date (`华夏人文 2020-03-09 18:14`): an outlet's name
    /// (`南方都市报`) is not an account.
    package var account: String?

    /// Words beside a date that are not names.
    static let notAccounts: Set<String> = [
        "原创", "发布", "发布于", "转载", "来源", "置顶", "推荐",
        "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
        "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周天", "礼拜一", "礼拜二", "礼拜三", "礼拜四", "礼拜五", "礼拜六", "礼拜日", "礼拜天",
        "上午", "下午", "中午", "凌晨", "早上", "晚上", "傍晚", "深夜", "今天", "昨天", "刚刚",
    ]

    /// ``NeverNames/channelEndings`` (two characters each) as pairs, for a scan inside a word.
    static let channelEndingPairs: [(Character, Character)] = NeverNames.channelEndings.compactMap { ending in
        let characters = Array(ending)
        return characters.count == 2 ? (characters[0], characters[1]) : nil
    }

    /// Endings of a site's note beside a date, not a name (`酷勤网收集`, `本站整理`).
    static let siteNoteEndings = ["收集", "整理", "转载", "综合", "编译", "报道", "转发", "推荐"]

    static func accountWord(_ text: String) -> String? {
        for raw in text.split(whereSeparator: { $0.isWhitespace }) {
            // `🌏华商君`: an emoji or mark before a WeChat account's name is not part of it.
            var word = String(raw.drop { $0.unicodeScalars.contains { $0.properties.isEmojiPresentation || $0.properties.generalCategory == .otherSymbol } })
            if word.isEmpty || notAccounts.contains(word) { continue }
            // `华商君华商报华商报`: the account's outlet printed after it without a space.
            while let last = word.last, OutletTable.lastCharacters.contains(last),
                  let length = OutletTable.trailingOutletLength(word), length < word.count {
                word = String(word.dropLast(length))
            }
            if siteNoteEndings.contains(where: word.hasSuffix) { return nil }
            // `金融市场棱镜`: a channel label (`金融市场`) run into the name.
            let characters = Array(word)
            if characters.count >= 6, (4...(characters.count - 2)).contains(where: { end in
                channelEndingPairs.contains { characters[end - 2] == $0.0 && characters[end - 1] == $0.1 }
            }) { return nil }
            guard (2...12).contains(word.count), word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
                  !BylineLexicon.outletSuffixes.contains(where: word.hasSuffix), !OutletTable.isOutlet(word),
                  !NeverNames.words.contains(word), !NeverNames.latinWords.contains(word.lowercased()),
                  // `列印文字大小` beside a date: widget words inside the word, not only as the whole word
                  !NeverNames.parts.contains(where: word.contains),
                  !NeverNames.words.contains(where: { $0.count >= 2 && word.contains($0) }),
                  !NeverNames.channelEndings.contains(where: word.hasSuffix), !BylineLexicon.datelinePlaces.contains(word),
                  OutletTable.leadingOutletLength(word) == nil,  // `新浪科技`: a portal's channel
                  !BylineLexicon.sourceLabels.contains(where: word.hasPrefix) else { return nil }
            return word
        }
        return nil
    }

    /// `中国新闻网王帆`: a known outlet's name with a personal name run into it (no space between),
    /// as (outlet, writer); `nil` for anything else (`人民日报海外版`).
    static func outletAndGluedWriter(_ value: String) -> (String, String)? {
        // Cheap tests first: one word, longer than a name, no longer than an outlet and a name.
        guard !value.contains(where: { $0 == " " || $0 == "\u{3000}" }), (4...(OutletTable.longest + 3)).contains(value.count),
              let length = OutletTable.leadingOutletLength(value), length < value.count else { return nil }
        let word = Substring(value)
        let writer = word.dropFirst(length)
        guard writer.count <= 3, PersonalNameCheck.isPersonalName(writer), !NeverNames.organisationEndings.contains(where: writer.hasSuffix),
              !writer.hasSuffix("版") else { return nil }
        return (String(word.prefix(length)), String(writer))
    }

    /// The outlet in a `来源` value: parentheticals dropped, and for Chinese names the first word
    /// (`荆楚网 【字号…`, `十堰晚报 10条评论`: what follows is the next widget).
    static func outletName(_ value: String) -> String? {
        let name = value.removingParentheticals().trimmed()
        let words = name.split(whereSeparator: { $0.isWhitespace || "【[|｜".contains($0) })
        guard let first = words.first else { return nil }
        // `求是网参与互动`: link text glued after the outlet's name.
        if first.unicodeScalars.contains(where: { $0.value >= 0x4E00 && $0.value <= 0x9FFF }) { return OutletTable.outletName(in: String(first)) }
        return name.prefix { !"【[|｜".contains($0) }.trimmed()
    }

    /// `label: value` pairs in order; a value runs to the next label. Labels are found by their
    /// colons: at each `:`/`：`, the longest label that ends right before it.
    static func fields(of line: String) -> [(String, String)] {
        let scalars = Array(line.unicodeScalars)
        var marks: [(label: String, start: Int, valueStart: Int)] = []
        for (index, scalar) in scalars.enumerated() where scalar == ":" || scalar == "：" {
            var best: String?
            for label in labelScalars where label.scalars.count <= index && (best == nil || label.scalars.count > best!.unicodeScalars.count) {
                if scalars[(index - label.scalars.count)..<index].elementsEqual(label.scalars) { best = label.text }
            }
            if let best { marks.append((best, index - best.unicodeScalars.count, index + 1)) }
        }
        return marks.indices.map { index in
            let end = index + 1 < marks.count ? marks[index + 1].start : scalars.count
            let value = String(String.UnicodeScalarView(scalars[marks[index].valueStart..<max(end, marks[index].valueStart)]))
            return (marks[index].label, value.trimmed())
        }
    }

    private static let labelScalars: [(text: String, scalars: [Unicode.Scalar])] = allLabels.map { ($0, Array($0.unicodeScalars)) }
}
