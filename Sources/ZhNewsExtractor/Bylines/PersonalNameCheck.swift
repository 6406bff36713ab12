import ZhNewsRules

/// Whether a word printed in a credit is a person's name. Text is read folded to simplified script.
///
/// Two strengths:
/// - ``isCreditedName(_:)``: after a label (`记者 X`, `作者：X`), where the label vouches for the
///   word: 2–5 Han characters (`·` allowed) or a Latin handle, and no word that is never a name.
/// - ``isPersonalName(_:)``: with no label to vouch (a bare `（张巨峰）`, `陳冠勳 張梓嘉／新北報導`):
///   also a surname first (single or compound) and 2–4 characters.
///
/// ```swift
/// PersonalNameCheck.isPersonalName("欧阳娜娜")   // true
/// PersonalNameCheck.isPersonalName("来自北京")   // false
/// ```
enum PersonalNameCheck {
    static func isCreditedName<S: StringProtocol>(_ text: S) -> Bool {
        let word = String(text)
        if NeverNames.words.contains(word) || NeverNames.parts.contains(where: word.contains) { return false }
        if OutletTable.isOutlet(word) { return false }
        let scalars = word.unicodeScalars
        if scalars.allSatisfy({ isHan($0) || $0 == "·" || $0 == "•" }) {
            // Transliterated names are longer, their parts joined by `·` (`买买提·艾力`).
            let lengths = word.contains(where: { $0 == "·" || $0 == "•" }) ? 3...16 : 2...5
            guard lengths.contains(word.count), word.first != "·", word.last != "·" else { return false }
            // Organisations end like one (`…政府`, `…委员会`); four- and five-character names rarely do.
            return !NeverNames.organisationEndings.contains(where: { word.count > 2 && word.hasSuffix($0) })
        }
        return isLatinHandle(word) || isStaffHandle(word)
    }

    /// A name with a staff code (`化成雨_NBJ11143`): 2–4 Han characters, `_`, letters and digits.
    static func isStaffHandle(_ word: String) -> Bool {
        let parts = word.split(separator: "_", maxSplits: 1)
        guard parts.count == 2, (2...4).contains(parts[0].count), parts[0].unicodeScalars.allSatisfy(isHan),
              (1...16).contains(parts[1].count) else { return false }
        return parts[1].unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }

    /// A Chinese personal name without a label's help: a surname first, 2–4 characters.
    static func isPersonalName<S: StringProtocol>(_ text: S) -> Bool {
        let word = String(text)
        guard (2...4).contains(word.count), word.unicodeScalars.allSatisfy(isHan), isCreditedName(word) else { return false }
        // Dateline places start like names (`高雄`: 高 is a surname).
        if BylineLexicon.datelinePlaces.contains(word) { return false }
        if word.count >= 3, ChineseSurnames.compound.contains(String(word.prefix(2))) { return true }
        guard let first = word.first, ChineseSurnames.single.contains(first) else { return false }
        return !NeverNames.functionCharacters.contains(where: word.dropFirst().contains)
    }

    /// `hefan`, `NF055`, `Kelly_W`: letters first, letters and digits, `_ . -`.
    static func isLatinHandle(_ word: String) -> Bool {
        guard (2...24).contains(word.count), let first = word.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        if NeverNames.latinWords.contains(word.lowercased()) { return false }
        return word.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "." || $0 == "-") }
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}

/// Data: words printed where a credit's name would be that are not people, in simplified script.
enum NeverNames {
    /// Whole words: widget text beside author boxes and dates, sentence openers after `记者`.
    static let words: Set<String> = [
        "近日", "日前", "获悉", "了解到", "报道", "发现", "采访", "走访", "来到", "从", "在", "昨日", "今日", "本报", "整合", "综合",
        "编译", "实习", "报道组", "摄影报道", "图片", "视频", "文字", "照片", "网友", "记者", "读者", "简介", "调查", "观察", "手记",
        "列印", "打印", "文字大小", "字号", "语音", "分享", "分享到", "收藏", "评论", "举报", "纠错", "关闭", "返回", "更多", "专栏",
        "来源", "佚名", "匿名", "未知", "原创", "转载", "编辑", "责任编辑", "小编", "官方", "团队", "本站", "本网", "本台",
        "注意到", "表示", "介绍", "说", "称", "指出", "看到", "了解", "证实", "确认", "得知", "从中", "昨天", "今天", "当天",
    ]

    /// Parts that never stand in a name: headings and links beside author boxes (`作者最新文章`),
    /// source credits (`翻摄自抖音`, `…提供`), places of origin (`来自北京`).
    static let parts = [
        "文章", "最新", "更多", "作品", "推荐", "关注", "粉丝", "作者", "翻摄", "截图", "截取", "提供", "取自", "来自", "资料",
        "记者", "编辑", "报道", "报导", "本报", "本台", "本网", "网友", "授权", "转载", "来源", "的", "了", "讯",
    ]

    /// Endings of organisations and outlets: an issuing body (`…人民政府`) is the outlet of a notice,
    /// never a byline.
    static let organisationEndings = [
        "政府", "委员会", "委", "局", "办公室", "办", "厅", "部", "中心", "协会", "学会", "公司", "集团", "大学", "学院", "医院",
        "研究院", "研究所", "法院", "检察院", "报", "网", "社", "台", "新闻", "日报", "晚报", "晨报", "周刊", "杂志", "客户端",
        "电视台", "频道", "工作室", "编辑部", "发布", "在线", "时报", "报社",
    ]

    /// Endings of a portal's channel or column named beside a date (`2019-05-17 · 苏皖城市报道`):
    /// not an account.
    static let channelEndings = ["报道", "报导", "资讯", "频道", "栏目", "专栏", "新闻", "快讯", "要闻", "热点", "港闻", "市场", "财经", "科技", "体育", "娱乐", "国际", "国内", "社会", "时政"]

    /// Characters a name after its surname rarely holds: grammar words (`来自北京`, `记者调查`).
    static let functionCharacters: Set<Character> = ["的", "了", "在", "从", "自", "向", "对", "把", "被", "将", "与", "及", "或", "是", "这", "那", "们", "着", "过", "吗", "呢", "吧"]

    /// Latin words printed beside dates and authors that are not handles (`HKT`, `admin`).
    static let latinWords: Set<String> = ["hkt", "gmt", "utc", "cst", "am", "pm", "admin", "administrator", "editor", "by", "share", "print", "top",
                                             "news", "breaking", "video", "live", "photo", "more", "home"]
}
