/// Data: news outlets of the mainland, Hong Kong, Macau, Taiwan and the overseas Chinese press, each
/// with the short forms pages print (`中央社` for 中央通讯社, `中时` for 中国时报). Written in
/// simplified script; text is folded first (``ScriptFold``), and a match gives the outlet as
/// the page printed it.
///
/// Used to tell an outlet from a person (`作者：新京报` credits no one), to cut an outlet's name from
/// link text glued after it (`来源：求是网参与互动`), and to read the outlet of a credit
/// (`（中央社記者沈佩瑤台北23日電）`).
enum OutletTable {
    /// Canonical name → short forms and other names.
    static let outlets: [(name: String, aliases: [String])] = [
        // Mainland: wires, central papers and broadcasters.
        ("新华社", ["新华通讯社"]), ("新华网", []), ("人民日报", []), ("人民网", []), ("光明日报", []), ("光明网", []),
        ("经济日报", []), ("中国日报", ["中国日报网"]), ("中国新闻社", ["中新社"]), ("中国新闻网", ["中新网"]),
        ("中央广播电视总台", ["总台", "央视", "中央电视台", "央视新闻", "央视网", "中国之声", "央广网", "国际在线"]),
        ("求是", ["求是网"]), ("解放军报", []), ("中国青年报", ["中青报", "中青在线"]), ("中国青年网", []), ("工人日报", []),
        ("科技日报", []), ("法治日报", ["法制日报"]), ("农民日报", []), ("中国妇女报", []), ("中国纪检监察报", []),
        ("环球时报", ["环球网"]), ("参考消息", []), ("中国经营报", []), ("21世纪经济报道", []), ("经济观察报", []),
        ("第一财经", []), ("财新", ["财新网"]), ("财经", ["财经网"]), ("中国证券报", []), ("上海证券报", []), ("证券时报", []),
        ("新京报", []), ("北京青年报", ["北青网"]), ("北京日报", []), ("北京晚报", []), ("澎湃新闻", ["澎湃"]),
        ("界面新闻", ["界面"]), ("上观新闻", []), ("解放日报", []), ("文汇报", []), ("新民晚报", []), ("东方网", []),
        ("南方日报", []), ("南方都市报", ["南都"]), ("南方周末", []), ("南方网", []), ("羊城晚报", []), ("广州日报", []),
        ("深圳特区报", []), ("湖北日报", ["湖北日报网"]), ("荆楚网", []), ("楚天都市报", []), ("长江日报", []), ("极目新闻", []),
        ("红星新闻", []), ("封面新闻", []), ("潇湘晨报", []), ("齐鲁晚报", []), ("大众日报", []), ("扬子晚报", []),
        ("现代快报", []), ("钱江晚报", []), ("浙江日报", []), ("华商报", []), ("三秦都市报", []), ("山西日报", []),
        ("河北日报", []), ("河北新闻网", []), ("大河报", []), ("河南日报", []), ("新华日报", []), ("四川日报", []),
        ("重庆日报", []), ("海南日报", []), ("每日经济新闻", ["每经"]), ("时代周报", []), ("中国网", []), ("央广", []),
        ("网易", ["网易新闻"]), ("新浪", ["新浪网", "新浪新闻"]), ("搜狐", ["搜狐网"]), ("腾讯", ["腾讯网", "腾讯新闻"]),
        ("凤凰网", ["凤凰新闻"]), ("今日头条", []), ("百家号", []), ("观察者网", []), ("和讯网", []), ("中国经济网", []),
        // Hong Kong and Macau.
        ("明报", []), ("东方日报", []), ("星岛日报", []), ("香港经济日报", ["经济日报（香港）"]), ("信报", []),
        ("苹果日报", []), ("头条日报", []), ("晴报", []), ("am730", []), ("大公报", []), ("香港文汇报", []), ("香港商报", []),
        ("香港电台", ["港台"]), ("无线新闻", []), ("有线新闻", []), ("香港01", []), ("立场新闻", []), ("东网", []),
        ("澳门日报", []),
        // Taiwan.
        ("中央通讯社", ["中央社"]), ("自由时报", ["自由时报电子报"]), ("联合报", []), ("联合新闻网", []), ("经济日报", []),
        ("中国时报", ["中时", "中时新闻网", "中时电子报"]), ("工商时报", []), ("三立新闻网", ["三立新闻", "三立"]),
        ("东森新闻", ["东森"]), ("ETtoday", ["ETtoday新闻云", "ETtoday东森新闻云"]), ("TVBS", ["TVBS新闻网"]),
        ("民视新闻", ["民视"]), ("公视新闻网", ["公视"]), ("中天新闻", []), ("年代新闻", []), ("镜周刊", []), ("镜新闻", []),
        ("风传媒", []), ("上报", []), ("今日新闻", ["NOWnews"]), ("台湾英文新闻", []), ("太报", []), ("壹苹新闻网", []),
        ("苹果新闻网", []), ("新头壳", ["newtalk"]), ("报导者", []), ("天下杂志", []), ("商业周刊", []), ("华视新闻", ["华视"]),
        ("台视新闻", ["台视"]), ("中广新闻网", []), ("青年日报", []), ("自由时报电子报", []),
        // Overseas Chinese press and international services.
        ("联合早报", ["早报"]), ("星洲日报", []), ("南洋商报", []), ("东方日报（马来西亚）", []), ("世界日报", []),
        ("侨报", []), ("BBC中文", ["BBC中文网"]), ("美国之音", []), ("法广", ["法国国际广播电台"]), ("德国之声", []),
        ("纽约时报中文网", []), ("路透", ["路透社"]), ("美联社", []), ("法新社", []), ("彭博社", []), ("共同社", []),
    ]

    /// Every name and alias → its canonical name.
    static let canonical: [String: String] = {
        var table: [String: String] = [:]
        for (name, aliases) in outlets {
            for form in [name] + aliases where table[form] == nil { table[form] = name }
        }
        return table
    }()

    /// The longest name or alias, in characters.
    static let longest = canonical.keys.map(\.count).max() ?? 0
    /// The last characters of the outlet names: a quick test before ``trailingOutletLength(_:)``.
    static let lastCharacters: Set<Character> = Set(canonical.keys.compactMap(\.last))

    /// Whether the (folded) word is an outlet's name or alias.
    static func isOutlet(_ word: String) -> Bool {
        canonical[word] != nil
    }

    /// A site name (`og:site_name`) that is a known outlet, as printed; `nil` otherwise (portals,
    /// channels and blogs name themselves there too).
    static func knownOutlet(_ siteName: String?) -> String? {
        guard let name = siteName?.trimmed(), !name.isEmpty, isOutlet(ScriptFold.fold(name)) else { return nil }
        return name
    }

    /// The longest outlet name the (folded) text starts with, in characters; `nil` when none.
    static func leadingOutletLength<S: StringProtocol>(_ text: S) -> Int? {
        let characters = Array(text.prefix(longest))
        var count = characters.count
        while count >= 2 {
            if canonical[String(characters[..<count])] != nil { return count }
            count -= 1
        }
        return nil
    }

    /// The longest outlet name the (folded) text ends with, in characters; `nil` when none.
    static func trailingOutletLength<S: StringProtocol>(_ text: S) -> Int? {
        let characters = Array(text.suffix(longest))
        var count = characters.count
        while count >= 2 {
            if canonical[String(characters.suffix(count))] != nil { return count }
            count -= 1
        }
        return nil
    }

    /// Where a four-digit year followed by `-`, `/`, `.` or `年` starts, in characters.
    static func yearStart(_ text: String) -> Int? {
        let characters = Array(text)
        var index = 0
        while index + 4 < characters.count {
            if (0..<4).allSatisfy({ characters[index + $0].isASCII && characters[index + $0].isNumber }),
               "-/.年".contains(characters[index + 4]), index == 0 || !(characters[index - 1].isASCII && characters[index - 1].isNumber) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Link text and widgets glued after an outlet's name in a `来源` value (`求是网参与互动`).
    static let gluedTails = ["参与互动", "参与评论", "我要评论", "人参与", "分享到", "分享", "举报", "评论", "收藏", "打印", "纠错", "关闭窗口", "字号"]

    /// The outlet in a `来源` value with widget words glued after it cut off: a known outlet's
    /// name (longest alias first), else the text before a glued tail; the text itself otherwise.
    static func outletName(in value: String) -> String {
        let folded = ScriptFold.fold(value)
        if let length = leadingOutletLength(folded) {
            let rest = folded.dropFirst(length)
            // `人民日报2024-05-13`: a date glued after a known outlet's name.
            if rest.isEmpty || gluedTails.contains(where: { rest.hasPrefix($0) }) || rest.first?.isASCII == true && rest.first?.isNumber == true {
                return String(value.prefix(length))
            }
        }
        // `某某县融媒体中心2024-05-13`: a date (four-digit year) glued after an unknown name.
        if let year = yearStart(folded), year > 1 { return String(value.prefix(year)) }
        for tail in gluedTails {
            if let range = folded.range(of: tail), range.lowerBound != folded.startIndex {
                return String(value.prefix(folded.distance(from: folded.startIndex, to: range.lowerBound)))
            }
        }
        return value
    }
}
