import ZhNewsModel
import ZhNewsRules

/// Reads credit blocks into ``Byline`` values, with the roles of ``BylineLexicon``.
///
/// ```swift
/// BylineParser.parseCredits("记者 张世鑫、李蔚东 通讯员 南金伟")
/// // [reporter 张世鑫, reporter 李蔚东, correspondent 南金伟]
/// ```
package enum BylineParser {
    /// Parses a text that is wholly a credit block (labels and names only), or returns `nil`
    /// when anything else is in it. Wrapping brackets and `■` are ignored, and so are a source
    /// field (`本文来源：中国经营报 作者：李慧敏`), link words (`【纠错】`), a dateline tail
    /// (`／台北報導`, `台北23日電`) and a date stamp after the closing bracket (`（編輯：李亨山）1120823`).
    /// Lines in traditional script are read the same (`記者` = `记者`).
    package static func parseCredits(_ text: String) -> [Byline]? {
        // Most lines hold no credit label at all: one pass over the bytes says so, in either script.
        let hasLabel = BylineLexicon.labelMatcher.groups(in: text) != 0
        let mayBeDateline = !hasLabel && text.utf8.count <= 160 && text.unicodeScalars.contains { $0 == "／" || $0 == "/" }
        guard hasLabel || mayBeDateline else { return nil }
        let folded = ScriptFold.fold(text)
        if hasLabel, let credits = creditsFolded(folded) {
            return ScriptFold.reading(text) { _ in credits }
        }
        if let credits = namesBeforeDateline(folded) { return ScriptFold.reading(text) { _ in credits } }
        return nil
    }

    /// `陳冠勳 張梓嘉 溫正衡／新北 台南報導`: names without a label, a slash and the places the
    /// reporters filed from. Each name must be a personal name (surname first).
    static func namesBeforeDateline(_ folded: String) -> [Byline]? {
        guard folded.count <= 40, let slash = folded.lastIndex(where: { $0 == "／" || $0 == "/" }) else { return nil }
        let tail = folded[folded.index(after: slash)...].trimmed()
        guard BylineLexicon.datelineEndings.contains(where: { $0.count >= 2 && tail.hasSuffix($0) }), tail.count <= 16 else { return nil }
        let names = folded[..<slash].filter { !BylineLexicon.wrappers.contains($0) }.split { BylineLexicon.nameSeparators.contains($0) }
        // A place is no name, though many start like one (`高雄`: 高 is a surname).
        guard !names.isEmpty, names.count <= 6,
              names.allSatisfy({ PersonalNameCheck.isPersonalName($0) }) else { return nil }
        return names.map { Byline(role: .reporter, label: "", name: String($0)) }
    }

    /// ``parseCredits(_:)`` on text already folded to simplified script.
    static func creditsFolded(_ text: String) -> [Byline]? {
        let body = withoutDateStamp(text).filter { !BylineLexicon.wrappers.contains($0) }.trimmed()
        guard !body.isEmpty, body.count <= 80 else { return nil }
        var bylines: [Byline] = []
        var roles: [(label: String, role: Byline.Role)] = []
        var groupLabel = ""
        var rest = Substring(body)
        var inLabelGroup = false  // true right after a joiner: the next label adds to the group
        var gluedToLabel = false  // the label just read runs straight into the next word
        var skipping = false  // names after a production label (`校对`, `监制`) are not bylines
        while !rest.isEmpty {
            if let first = rest.first, BylineLexicon.nameSeparators.contains(first) || BylineLexicon.labelColons.contains(first) {
                rest = rest.dropFirst()
                continue
            }
            let word = rest.prefix { !BylineLexicon.nameSeparators.contains($0) }
            if BylineLexicon.creditNoise.contains(String(word)) {
                rest = rest.dropFirst(word.count)
                continue
            }
            if let source = BylineLexicon.sourceLabels.first(where: { rest.hasPrefix($0) }),
               let colon = rest.dropFirst(source.count).first, BylineLexicon.labelColons.contains(colon) {
                // `本文来源：中国经营报 作者：…`: the outlet's field, up to the next label.
                rest = rest.dropFirst(source.count + 1).drop { $0 == " " || $0 == "\u{3000}" }
                rest = rest.drop { !BylineLexicon.nameSeparators.contains($0) }
                roles = []
                continue
            }
            // After a joiner the group is plainly labels: `文/图刘玺东` (a renderer dropped the space).
            if let (label, role) = leadingLabel(rest), inLabelGroup || isLabelBoundary(rest, labelLength: label.count) {
                if !inLabelGroup {
                    roles = []
                    groupLabel = ""
                }
                roles.append((label, role))
                skipping = false
                groupLabel += label
                rest = rest.dropFirst(label.count)
                inLabelGroup = false
                gluedToLabel = rest.first.map { !BylineLexicon.nameSeparators.contains($0) && !BylineLexicon.labelColons.contains($0) && !BylineLexicon.labelJoiners.contains($0) } ?? false
                if let joiner = rest.first, BylineLexicon.labelJoiners.contains(joiner), leadingLabel(rest.dropFirst()) != nil {
                    groupLabel.append(joiner)
                    rest = rest.dropFirst()
                    inLabelGroup = true
                }
                continue
            }
            if let prefixed = outletPrefixedLabel(rest), roles.isEmpty || prefixed.isClearlyOutlet {
                // `澎湃新闻记者 段彦超`: the outlet is not a name; the label follows it.
                roles = [(prefixed.label, prefixed.role)]
                groupLabel = prefixed.label
                rest = rest.dropFirst(prefixed.length)
                gluedToLabel = rest.first.map { !BylineLexicon.nameSeparators.contains($0) && !BylineLexicon.labelColons.contains($0) } ?? false
                continue
            }
            if let skipped = BylineLexicon.skippedLabels.first(where: { rest.hasPrefix($0) }),
               let next = rest.dropFirst(skipped.count).first, BylineLexicon.labelColons.contains(next) || next == " " {
                // `语音|徐佳 剪辑|李春`: production credits that are no byline role; their names are skipped.
                rest = rest.dropFirst(skipped.count)
                roles = []
                skipping = true
                continue
            }
            if roles.isEmpty, skipping {
                let word = rest.prefix { !BylineLexicon.nameSeparators.contains($0) && !BylineLexicon.labelColons.contains($0) }
                guard isName(word) else { return nil }
                rest = rest.dropFirst(word.count)
                continue
            }
            guard !roles.isEmpty else { return nil }
            let name = rest.prefix { !BylineLexicon.nameSeparators.contains($0) && !BylineLexicon.labelColons.contains($0) }
            let isLastWord = rest.dropFirst(name.count).allSatisfy { BylineLexicon.nameSeparators.contains($0) }
            if !bylines.isEmpty, isDatelineTail(name) || isDatelineRun(rest) {
                // `／新北 台南报导`, `台北23日电`: where the report was filed, to the end.
                break
            }
            if isLastWord, !bylines.isEmpty, !isName(nameBeforeLabel(name)) {
                break  // `原创： 路闻卓立编译 人民币交易与研究`: a trailing source, not a name
            }
            if let padded = paddedName(rest) {
                // `本报记者 王乐文 方 敏`: a two-character name printed with a space between.
                for role in effectiveRoles(roles) {
                    append(Byline(role: role, label: groupLabel, name: padded.name), to: &bylines)
                }
                rest = rest.dropFirst(padded.length)
                inLabelGroup = false
                continue
            }
            if let split = nameWithTail(name) {
                // `沈佩瑶台北23日电`, `方敏北京大学经济学院教授`: the name, then its dateline or affiliation.
                for role in effectiveRoles(roles) {
                    append(Byline(role: role, label: groupLabel, name: split), to: &bylines)
                }
                rest = rest.dropFirst(name.count)
                inLabelGroup = false
                continue
            }
            let cut = nameBeforeLabel(name)
            if OutletTable.isOutlet(String(cut)) {
                // `作者：人民网 张三`: the site is named beside the person; only the person is credited.
                rest = rest.dropFirst(cut.count)
                continue
            }
            // `记者段彦超廖艳`, `（记者陈智整合）`: names a renderer printed without spaces.
            if cut.utf8.count >= 12, cut.count >= 4, let names = GluedNames.split(cut) {
                for name in names {
                    for role in effectiveRoles(roles) { append(Byline(role: role, label: groupLabel, name: name), to: &bylines) }
                }
                rest = rest.dropFirst(cut.count)
                inLabelGroup = false
                gluedToLabel = false
                continue
            }
            guard isName(cut) else { return nil }
            // A name run into its label (`记者吴青朋`) has no separator to vouch for it: `记者调查`.
            // Transliterated names (`买买提·艾力`) carry their own mark.
            if gluedToLabel, !PersonalNameCheck.isPersonalName(cut), !PersonalNameCheck.isLatinHandle(String(cut)), !cut.contains("·") { return nil }
            for role in effectiveRoles(roles) {
                append(Byline(role: role, label: groupLabel, name: String(cut)), to: &bylines)
            }
            rest = rest.dropFirst(cut.count)
            inLabelGroup = false
            gluedToLabel = false
        }
        return bylines.isEmpty ? nil : bylines
    }

    /// The text without a date stamp printed after a closing bracket (`（編輯：李亨山）1120823`).
    static func withoutDateStamp(_ text: String) -> Substring {
        let trimmed = Substring(text.trimmed())
        let digits = trimmed.reversed().prefix { $0.isASCII && $0.isNumber }.count
        guard (6...8).contains(digits) else { return trimmed }
        let head = trimmed.dropLast(digits).trimmed()
        guard let last = head.last, last == ")" || last == "）" || last == "】" || last == "〕" else { return trimmed }
        return Substring(head)
    }

    /// A dateline word after the names: `新北`+`报导`, `台北即时报导`, `北京5月9日电`.
    static func isDatelineTail(_ word: Substring) -> Bool {
        guard word.count <= 14, let ending = BylineLexicon.datelineEndings.first(where: { word.hasSuffix($0) }) else { return false }
        let head = word.dropLast(ending.count)
        // `讯`/`电` alone end many words (`通讯`): they need a place or a day before them.
        if ending.count == 1 { return head.hasSuffix("日") || BylineLexicon.datelinePlaces.contains(String(head)) }
        return head.allSatisfy { PersonalNameCheck.isHan($0.unicodeScalars.first!) || $0.isNumber || "月日".contains($0) }
    }

    /// The rest of the credit is places separated by spaces and ends in a dateline (`新北 台南报导`).
    static func isDatelineRun(_ rest: Substring) -> Bool {
        let words = rest.split { $0 == " " || $0 == "\u{3000}" || $0 == "、" }
        guard words.count >= 2, words.count <= 4, let last = words.last, isDatelineTail(last) else { return false }
        return words.dropLast().allSatisfy { BylineLexicon.datelinePlaces.contains(String($0)) }
    }

    /// Two single Han characters with a space between that make a personal name (`方 敏`).
    static func paddedName(_ rest: Substring) -> (name: String, length: Int)? {
        let characters = Array(rest.prefix(4))
        guard characters.count >= 3, characters[1] == " " || characters[1] == "\u{3000}",
              characters[0].unicodeScalars.allSatisfy(PersonalNameCheck.isHan), characters[2].unicodeScalars.allSatisfy(PersonalNameCheck.isHan),
              characters.count == 3 || BylineLexicon.nameSeparators.contains(characters[3]) else { return nil }
        let name = String([characters[0], characters[2]])
        return PersonalNameCheck.isPersonalName(name) ? (name, 3) : nil
    }

    /// A name followed, without a space, by a dateline (`沈佩瑶台北23日电`) or an affiliation
    /// ending in a title (`方敏北京大学经济学院教授`): the name, when the tail starts with a known
    /// place or institution word, so where the name ends is not a guess.
    static func nameWithTail(_ word: Substring) -> String? {
        guard word.count >= 4 else { return nil }
        let isDateline = BylineLexicon.datelineEndings.contains(where: { word.hasSuffix($0) })
        let isAffiliation = BylineLexicon.affiliationTitles.contains(where: { word.hasSuffix($0) })
        guard isDateline || isAffiliation else { return nil }
        let starts = isDateline ? BylineLexicon.datelinePlaces : BylineLexicon.datelinePlaces + BylineLexicon.affiliationStarts
        for length in [3, 2, 4] where length < word.count {
            let name = word.prefix(length), tail = word.dropFirst(length)
            guard PersonalNameCheck.isPersonalName(name), starts.contains(where: { tail.hasPrefix($0) }) else { continue }
            if isDateline, !isDatelineTail(tail) { continue }
            return String(name)
        }
        return nil
    }

    /// Credits inside a lead: `荆楚网(湖北日报网)讯(记者 张世鑫 …)`, `本报讯 记者 王琪`,
    /// `新华社巴黎12月9日电（记者唐霁）`. Returns the bylines and the outlet named before
    /// `讯` (without `本报`).
    package static func parseLead(_ paragraph: String) -> (bylines: [Byline], outlet: String?)? {
        let folded = ScriptFold.fold(paragraph)
        guard let lead = leadFolded(folded) else { return nil }
        guard folded != paragraph else { return lead }
        let original = Array(paragraph), foldedCharacters = Array(folded)
        return (ScriptFold.reading(paragraph) { _ in lead.bylines },
                lead.outlet.map { ScriptFold.span(of: $0, in: foldedCharacters, original: original) })
    }

    /// An outlet's name before `讯` without the dateline after it: `浙江在线6月16日` → `浙江在线`,
    /// `浙江在线杭州4月25日` → `浙江在线`.
    static func withoutDateline(_ name: String) -> String {
        // `明报专讯`, `综合讯`: kinds of dispatch, not part of the name.
        let name = BylineLexicon.dispatchKinds.first { name.hasSuffix($0) && name.count - $0.count >= 2 }.map { String(name.dropLast($0.count)) } ?? name
        var head = Substring(name.prefix { !($0.isASCII && $0.isNumber) }).trimmed()
        guard head.count < name.count else { return name }
        if let place = BylineLexicon.datelinePlaces.first(where: { head.hasSuffix($0) && head.count - $0.count >= 2 }) {
            head = String(head.dropLast(place.count))
        }
        return head.isEmpty ? name : head
    }

    /// Brackets around a credit that opens a lead, open → close.
    static let leadCreditBrackets: [Character: Character] = ["（": "）", "(": ")", "〔": "〕", "【": "】", "［": "］", "[": "]"]

    private static func leadFolded(_ paragraph: String) -> (bylines: [Byline], outlet: String?)? {
        // `（中央社記者沈佩瑤台北23日電）台灣…`, `〔記者吳柏軒／台北報導〕…`: the credit opens the lead.
        if let open = paragraph.first, let close = Self.leadCreditBrackets[open],
           let end = paragraph.prefix(40).firstIndex(of: close) {
            let inside = String(paragraph[paragraph.index(after: paragraph.startIndex)..<end])
            if let credits = parseCredits(inside) { return (credits, creditOutlet(inside)) }
        }
        let head = paragraph.prefix(40)
        var marker = head.firstIndex(of: "讯")
        if marker == nil, let dian = head.firstIndex(of: "电"), dian > head.startIndex, head[head.index(before: dian)] == "日" {
            marker = dian  // `…12月9日电`: a wire-service dateline
        }
        guard let xun = marker else { return nil }
        let before = paragraph[..<xun]
        var outlet: String? = String(before).removingParentheticals().trimmed()
        if paragraph[xun] == "电" {
            // The wire's dateline names a place after the outlet (`新华社巴黎12月9日电`): a known outlet only.
            outlet = OutletTable.leadingOutletLength(before).map { String(before.prefix($0)) }
        }
        if let name = outlet { outlet = withoutDateline(name.filter { !BylineLexicon.wrappers.contains($0) }.trimmed()) }
        // `原标题：快讯…`: a sentence, not a name.
        if let name = outlet, name.contains(where: { "：:，,。、“”「」《》".contains($0) }) { outlet = nil }
        // `本报南昌讯`: the paper's own desk, not a name.
        if let name = outlet, ["本报", "本台", "本网", "本刊"].contains(where: name.hasPrefix) { outlet = nil }
        if outlet == "本报" || outlet == "本台" || outlet?.isEmpty == true || (outlet?.count ?? 0) > 20 { outlet = nil }
        var after = paragraph[paragraph.index(after: xun)...].drop { $0 == " " || $0 == "\u{3000}" }
        if let open = after.first, open == "(" || open == "（" {
            let close: Character = open == "(" ? ")" : "）"
            guard let end = after.firstIndex(of: close) else { return nil }
            let inside = after[after.index(after: after.startIndex)..<end]
            return (parseCredits(String(inside)) ?? [], outlet)
        }
        // `本报讯 记者 王琪 通讯员 张三 近日，……`: credits up to the first sentence word.
        after = after.prefix { $0 != "，" && $0 != "。" }
        var words = after.split(separator: " ").map(String.init)
        while !words.isEmpty {
            if let bylines = parseCredits(words.joined(separator: " ")) { return (bylines, outlet) }
            words.removeLast()
        }
        return ([], outlet)
    }

    /// An essay's author named before the headline's colon (`张三：我眼中的父亲`): a personal name
    /// (surname first) and an opening only a writer uses of their own piece. A quote in a headline
    /// (`李四：我们将…`) opens otherwise and is never read as a byline.
    package static func essayAuthor(title: String?) -> [Byline] {
        guard let title, let colon = title.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return [] }
        let name = title[..<colon].trimmed()
        let rest = ScriptFold.fold(String(title[title.index(after: colon)...].trimmed()))
        guard PersonalNameCheck.isPersonalName(ScriptFold.fold(name)), (2...3).contains(name.count),
              BylineLexicon.essayOpenings.contains(where: rest.hasPrefix) else { return [] }
        return [Byline(role: .author, label: "", name: name)]
    }

    /// The outlet a credit names before a reporter's label (`中央社記者沈佩瑤…`, `新华社记者…`), when
    /// the outlet table knows it; as printed.
    package static func creditOutlet(_ text: String) -> String? {
        let folded = ScriptFold.fold(text)
        let body = folded.drop { BylineLexicon.wrappers.contains($0) || $0.isWhitespace }
        guard let length = OutletTable.leadingOutletLength(body),
              BylineLexicon.outletPrefixedLabels.contains(where: { body.dropFirst(length).drop { $0 == " " }.hasPrefix($0) }) else { return nil }
        let offset = folded.distance(from: folded.startIndex, to: body.startIndex)
        return String(text.dropFirst(offset).prefix(length))
    }

    /// A caption's credit, in any of the forms captions use, every name as the photo's (or
    /// video's) credit: `…视频。谭文博 摄制`, `…。记者 赵一帆 摄`, `…。摄影 郑凯文`,
    /// `…（图／记者林冠宇摄）`. Organisations (`（图／新北市景观处提供）`) are not bylines.
    package static func parseCaptionCredit(_ caption: String) -> [Byline] {
        ScriptFold.reading(caption, captionCreditFolded)
    }

    private static func captionCreditFolded(_ caption: String) -> [Byline] {
        var text = caption.trimmed()
        if let last = text.last, last == "）" || last == ")", let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }) {
            text = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            for prefix in ["图／", "图/", "图：", "图:", "摄影／", "摄影/", "图 "] where text.hasPrefix(prefix) {
                text = String(text.dropFirst(prefix.count))
                return photoCredits(in: text, label: "图")
            }
        }
        // `NAME 摄` / `记者 NAME 摄` at the end.
        for (label, role) in BylineLexicon.trailingLabels where text.hasSuffix(label) {
            let head = text.dropLast(label.count).trimmed()
            let start = head.lastIndex { $0 == "。" || $0 == "，" || $0 == "！" }.map { head.index(after: $0) } ?? head.startIndex
            let credit = head[start...].trimmed()
            let nameStart = credit.lastIndex { $0 == " " || $0 == "\u{3000}" }.map { credit.index(after: $0) } ?? credit.startIndex
            let name = credit[nameStart...]
            if isName(name), leadingLabel(name) == nil { return [Byline(role: role, label: label, name: String(name))] }
            // `…“龙抬头” 记者李子云 摄`: the credit is the last word, else the whole clause.
            return (parseCredits(String(name)) ?? parseCredits(credit) ?? []).map { Byline(role: role, label: label, name: $0.name) }
        }
        // `摄影 NAME` / `摄影：NAME` as the last words.
        let start = text.lastIndex { $0 == "。" || $0 == "，" || $0 == "！" }.map { text.index(after: $0) } ?? text.startIndex
        let tail = text[start...].trimmed()
        for (label, role) in BylineLexicon.trailingLabels where tail.hasPrefix(label) {
            let names = tail.dropFirst(label.count).split { BylineLexicon.nameSeparators.contains($0) || $0 == ":" || $0 == "：" }
            if !names.isEmpty, names.allSatisfy({ isName($0) }) {
                return names.map { Byline(role: role, label: label, name: String($0)) }
            }
        }
        return []
    }

    /// Photo credits printed at the end of captions run into a body line, where no caption element
    /// marks them (`…趕上班，結果引爆交通大混亂。謝志輝攝`, two captions parted by spaces): each
    /// part ending in `摄` after a sentence end, with a personal name (surname first) or a
    /// `记者` credit before it.
    package static func parseInlinePhotoCredits(_ line: String) -> [Byline] {
        // One pass over the scalars: most lines hold no `摄` at all.
        guard line.unicodeScalars.contains(where: { $0 == "摄" || $0 == "攝" }) else { return [] }
        return ScriptFold.reading(line) { folded in
            var credits: [Byline] = []
            for part in folded.replacingOccurrences(of: "\u{3000}", with: "  ").components(separatedBy: "  ") where part.hasSuffix("摄") {
                let head = part.dropLast().trimmed()
                guard !head.hasSuffix("拍"), !head.hasSuffix("所") else { continue }
                let start = head.lastIndex { "。！？；， ".contains($0) }.map { head.index(after: $0) } ?? head.startIndex
                let word = head[start...]
                guard start != head.startIndex || head.count <= 8 else { continue }
                if PersonalNameCheck.isPersonalName(word) {
                    credits.append(Byline(role: .photographer, label: "摄", name: String(word)))
                } else if let labelled = creditsFolded(String(word)), labelled.allSatisfy({ $0.role.isWriting }) {
                    credits += labelled.map { Byline(role: .photographer, label: "摄", name: $0.name) }
                }
            }
            return credits
        }
    }

    /// `记者林冠宇摄`, `王琪 供图` inside a caption's parenthetical: the names, as photographers.
    private static func photoCredits(in text: String, label: String) -> [Byline] {
        var body = Substring(text)
        for suffix in ["摄影", "摄", "供图", "提供"] where body.hasSuffix(suffix) {
            body = body.dropLast(suffix.count)
            break
        }
        let credit = body.trimmed()
        if let credits = parseCredits(credit) {
            return credits.map { Byline(role: .photographer, label: label, name: $0.name) }
        }
        let names = credit.split { BylineLexicon.nameSeparators.contains($0) }
        guard !names.isEmpty, names.allSatisfy({ isName($0) && leadingLabel($0) == nil }) else { return [] }
        return names.map { Byline(role: .photographer, label: label, name: String($0)) }
    }

    /// A closing parenthetical credit at the end of an article's last paragraph:
    /// `…需要。(文/图 刘玺东 易赛楠)`, `…iPhone。(李楠)` (a bare name there is the writer's).
    package static func parseClosingCredit(_ paragraph: String) -> [Byline] {
        ScriptFold.reading(paragraph, closingCreditFolded)
    }

    private static func closingCreditFolded(_ paragraph: String) -> [Byline] {
        guard let last = paragraph.last, last == ")" || last == "）",
              let open = paragraph.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return [] }
        let before = paragraph[..<open].last
        guard before.map({ "。！？”…".contains($0) }) ?? true else { return [] }
        let inside = String(paragraph[paragraph.index(after: open)..<paragraph.index(before: paragraph.endIndex)]).trimmed()
        if let credits = parseCredits(inside) { return credits }
        let names = inside.split { BylineLexicon.nameSeparators.contains($0) }
        // Bare names must be Chinese names: `（BBC）`, `（新华社）` credit a source, not a writer.
        guard (1...3).contains(names.count), names.allSatisfy({ leadingLabel($0) == nil && PersonalNameCheck.isPersonalName($0) }) else { return [] }
        return names.map { Byline(role: .author, label: "", name: String($0)) }
    }

    /// A line that opens like a credit: with a bracket or mark (`（记者`, `【责任编辑`, `■文`) or a label.
    package static func startsLikeCredit(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return BylineLexicon.wrappers.contains(first) || leadingLabel(Substring(ScriptFold.fold(String(text.prefix(8))))) != nil
    }

    /// `石佳/中国青年报`: a name, a slash and the outlet the author writes for; `卓冠齊/編輯`: a
    /// name, a slash and the label of the name's role.
    package static func parseNameSlashOutlet(_ line: String) -> [Byline]? {
        guard line.utf8.count <= 64, line.contains(where: { $0 == "/" || $0 == "／" }) else { return nil }
        let credits = ScriptFold.reading(line) { nameSlashFolded($0) ?? [] }
        return credits.isEmpty ? nil : credits
    }

    private static func nameSlashFolded(_ line: String) -> [Byline]? {
        let parts = line.trimmed().split(whereSeparator: { $0 == "/" || $0 == "／" })
        guard parts.count == 2, isName(parts[0]), leadingLabel(parts[0]) == nil else { return nil }
        let outlet = parts[1].trimmed()
        if let (label, role) = leadingLabel(Substring(outlet)), label == outlet {
            return [Byline(role: role, label: label, name: String(parts[0]))]
        }
        guard outlet.count <= 12, BylineLexicon.outletSuffixes.contains(where: outlet.hasSuffix) else { return nil }
        // The entity gold's reading: a name credited with its outlet is that outlet's reporter.
        return [Byline(role: .reporter, label: "", name: String(parts[0]))]
    }

    /// `澎湃新闻记者`, `南都见习记者`: an outlet's name run into a reporter's label, followed by a
    /// separator or a name. Returns the label, its role and the length consumed.
    /// `isClearlyOutlet` when the prefix ends like an outlet (`…新闻`, `…报`) or the label is one a
    /// name rarely runs into (`见习记者`): then it is read so even where a name was expected.
    static func outletPrefixedLabel(_ text: Substring) -> (label: String, role: Byline.Role, length: Int, isClearlyOutlet: Bool)? {
        let word = text.prefix { !BylineLexicon.nameSeparators.contains($0) && !BylineLexicon.labelColons.contains($0) }
        for label in BylineLexicon.outletPrefixedLabels {
            guard let range = word.range(of: label),
                  range.upperBound == word.endIndex || isName(word[range.upperBound...]) || nameWithTail(word[range.upperBound...]) != nil else { continue }
            let outlet = word[..<range.lowerBound]
            guard (2...8).contains(outlet.count), outlet.unicodeScalars.allSatisfy({ $0.value >= 0x4E00 && $0.value <= 0x9FFF }) else { continue }
            let role = BylineLexicon.labels.first { $0.label == label }?.role ?? .reporter
            let clearly = label.count >= 4 || BylineLexicon.outletSuffixes.contains(where: outlet.hasSuffix)
            return (label, role, word.distance(from: word.startIndex, to: range.upperBound), clearly)
        }
        return nil
    }

    /// An editor line: `【责任编辑:雷杉】`, `编辑:hefan`.
    package static func parseEditorLine(_ line: String) -> [Byline] {
        ScriptFold.reading(line, editorLineFolded)
    }

    private static func editorLineFolded(_ line: String) -> [Byline] {
        // `编辑：倪仕轩 责任编辑：杨格`, `【纠错】 【责任编辑:刘笑冬 】`: the whole line as a credit first.
        if let credits = creditsFolded(line)?.filter({ [.editor, .responsibleEditor].contains($0.role) }), !credits.isEmpty {
            return credits
        }
        let body = withoutDateStamp(line).filter { !BylineLexicon.wrappers.contains($0) }.trimmed()
        for (label, role) in BylineLexicon.labels where [.editor, .responsibleEditor].contains(role) {
            for colon in BylineLexicon.labelColons where body.hasPrefix(label + String(colon)) {
                let names = body.dropFirst(label.count + 1).split { BylineLexicon.nameSeparators.contains($0) }
                return names.filter { isName($0) }.map { Byline(role: role, label: label, name: String($0)) }
            }
        }
        return []
    }

    // MARK: - Pieces

    static func leadingLabel(_ text: Substring) -> (String, Byline.Role)? {
        BylineLexicon.leadingLabels.first(startingWith: text).map { ($0.phrase, $0.value) }
    }

    /// A label ends at a separator, a joiner, a colon, or directly before a name (`记者吴青朋`).
    /// Single-character labels (`文`, `图`, `摄`) must not run into more Han text unless joined.
    private static func isLabelBoundary(_ text: Substring, labelLength: Int) -> Bool {
        let after = text.dropFirst(labelLength)
        guard let next = after.first else { return true }
        if BylineLexicon.nameSeparators.contains(next) || BylineLexicon.labelJoiners.contains(next) || BylineLexicon.labelColons.contains(next) { return true }
        return labelLength >= 2
    }

    /// `王琪实习生` → `王琪` when a label follows a name without a space; `张维纳语音|徐佳` → `张维纳`
    /// when a production label and its bar follow (a renderer dropped the space).
    private static func nameBeforeLabel(_ name: Substring) -> Substring {
        var index = name.index(after: name.startIndex)
        while index < name.endIndex {
            if let (label, _) = leadingLabel(name[index...]), label.count >= 2 { return name[..<index] }
            index = name.index(after: index)
        }
        // A word ends at a bar or colon, so a production label can only end it.
        if name.utf8.count >= 12, let skipped = BylineLexicon.skippedLabels.first(where: { name.hasSuffix($0) }), name.count - skipped.count >= 2 {
            return name.dropLast(skipped.count)
        }
        return name
    }

    /// A name after a label: 2–5 Han characters or a Latin handle (``PersonalNameCheck/isCreditedName(_:)``),
    /// read in either script.
    static func isName(_ text: Substring) -> Bool {
        PersonalNameCheck.isCreditedName(ScriptFold.fold(String(text)))
    }

    /// A personal name with no label to vouch for it: a surname first (``PersonalNameCheck/isPersonalName(_:)``).
    static func isHanName(_ text: Substring) -> Bool {
        PersonalNameCheck.isPersonalName(ScriptFold.fold(String(text)))
    }

    /// `文、图/记者`: a reporter's `文` is their reporting, not a separate author credit.
    private static func effectiveRoles(_ roles: [(label: String, role: Byline.Role)]) -> [Byline.Role] {
        var result: [Byline.Role] = []
        let hasReporter = roles.contains { [.reporter, .correspondent, .specialCorrespondent, .intern].contains($0.role) }
        for (label, role) in roles {
            if hasReporter, role == .author, label == "文" { continue }
            if !result.contains(role) { result.append(role) }
        }
        return result
    }

    private static func append(_ byline: Byline, to bylines: inout [Byline]) {
        if !bylines.contains(where: { $0.role == byline.role && $0.name == byline.name }) { bylines.append(byline) }
    }
}

extension StringProtocol {
    func trimmed() -> String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view = view.dropFirst() }
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }

    /// The text with `(…)` and `（…）` parts removed.
    func removingParentheticals() -> String {
        var out = ""
        var depth = 0
        for character in self {
            if character == "(" || character == "（" { depth += 1; continue }
            if character == ")" || character == "）" { depth = Swift.max(0, depth - 1); continue }
            if depth == 0 { out.append(character) }
        }
        return out
    }
}
