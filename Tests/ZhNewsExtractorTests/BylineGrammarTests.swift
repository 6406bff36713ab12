import Testing
import ZhNewsModel
@testable import ZhNewsExtractor

/// The byline grammar on the credit forms the Chinese-language press prints (mainland, Taiwan,
/// Hong Kong, self-media): each line with the credits a careful reader takes from it. Names are
/// written as the line prints them; traditional lines give traditional names.
@Suite("Byline grammar")
struct BylineGrammarTests {
    /// `role:name` strings, in order.
    static func pairs(_ bylines: [Byline]?) -> [String] {
        (bylines ?? []).map { "\($0.role.rawValue):\($0.name)" }
    }

    /// Whole credit lines (``BylineParser/parseCredits(_:)``).
    static let creditLines: [(line: String, expected: [String])] = [
        // Taiwan and Hong Kong.
        ("〔記者吳柏軒／台北報導〕", ["reporter:吳柏軒"]),
        ("記者沈能元／台北即時報導", ["reporter:沈能元"]),
        ("【記者林冠宇／新北報導】", ["reporter:林冠宇"]),
        ("（中央社記者沈佩瑤台北23日電）", ["reporter:沈佩瑤"]),
        ("陳冠勳 張梓嘉 溫正衡／新北 台南報導", ["reporter:陳冠勳", "reporter:張梓嘉", "reporter:溫正衡"]),
        ("記者陳冠勳、張梓嘉／新北 台南報導", ["reporter:陳冠勳", "reporter:張梓嘉"]),
        ("（編輯：李亨山）1120823", ["editor:李亨山"]),
        ("〔自由時報記者林相美／台北報導〕", ["reporter:林相美"]),
        ("（中央社記者趙麗妍台中27日電）", ["reporter:趙麗妍"]),
        ("［記者江志雄／宜蘭報導］", ["reporter:江志雄"]),
        ("【記者林重鎣台中報導】", ["reporter:林重鎣"]),
        ("記者於慶璇／台中報導", ["reporter:於慶璇"]),
        ("（譯者：何宏儒/核稿：劉學源）", ["author:何宏儒", "editor:劉學源"]),
        ("文／李明哲", ["author:李明哲"]),
        ("撰文：黃佩君", ["author:黃佩君"]),
        ("記者：張家豪", ["reporter:張家豪"]),
        ("記者︰脫芷晴", ["reporter:脫芷晴"]),
        ("编辑：梁伟澄", ["editor:梁伟澄"]),
        // Mainland.
        ("作者：何苗 张梦洁", ["author:何苗", "author:张梦洁"]),
        ("【纠错】 【责任编辑:刘笑冬 】", ["responsible-editor:刘笑冬"]),
        ("本文来源：中国经营报 作者：李慧敏 责任编辑：NF055", ["author:李慧敏", "responsible-editor:NF055"]),
        ("(作者：方敏北京大学经济学院教授)", ["author:方敏"]),
        ("本报记者 王乐文 方 敏", ["reporter:王乐文", "reporter:方敏"]),
        ("新华社记者邹多为、唐诗凝、丁乐", ["reporter:邹多为", "reporter:唐诗凝", "reporter:丁乐"]),
        ("文丨政能亮特约评论员 韩涵", ["author:韩涵"]),
        ("（总台央视记者 奚丹霓 张赛）", ["reporter:奚丹霓", "reporter:张赛"]),
        ("[作者: 刘满仓 责任编辑: 杨丹宇 ]", ["author:刘满仓", "responsible-editor:杨丹宇"]),
        ("编辑|张维纳", ["editor:张维纳"]),
        ("编辑|张维纳 语音|徐佳 剪辑|李春 制图|张莉 校读|刘永杰", ["editor:张维纳"]),
        ("审核 张伟华 监制 何志强", []),
        ("本文来源：央视新闻客户端 责任编辑：化成雨_NBJ11143", ["responsible-editor:化成雨_NBJ11143"]),
        ("(责编：胡永秋、杨光宇)", ["responsible-editor:胡永秋", "responsible-editor:杨光宇"]),
        ("记者 张世鑫、李蔚东 通讯员 南金伟", ["reporter:张世鑫", "reporter:李蔚东", "correspondent:南金伟"]),
        ("作者：人民网 张三", ["author:张三"]),  // the site named beside the person
        ("记者买买提·艾力", ["reporter:买买提·艾力"]),
        ("记者阿依古丽", ["reporter:阿依古丽"]),
    ]

    /// Lines that look like credits but credit nobody: `nil` (the line is not a credit block).
    static let notCredits: [String] = [
        "记者调查",           // a word glued to the label
        "作者简介",
        "记者从武汉市纪委获悉",
        "来自北京",
        "作者：新京报",        // the outlet, not a person
        "图／翻攝自抖音",       // a source credit
        "作者：宜昌市人民政府",     // an issuing body, the outlet of a notice
        "記者會上表示",
        "高雄／台南報導",        // places, not names
        "中央社／台北報導",
    ]

    @Test("credit lines read in both scripts", arguments: creditLines)
    func creditLine(_ line: String, _ expected: [String]) {
        #expect(Self.pairs(BylineParser.parseCredits(line)) == expected)
    }

    @Test("lines that credit nobody", arguments: notCredits)
    func notCredit(_ line: String) {
        #expect(BylineParser.parseCredits(line) == nil)
    }

    @Test("the same credit in either script gives the same credits, folded")
    func scriptIndependent() {
        let traditional = BylineParser.parseCredits("記者 張世鑫 通訊員 南金偉")
        let simplified = BylineParser.parseCredits("记者 张世鑫 通讯员 南金伟")
        #expect(Self.pairs(traditional) == ["reporter:張世鑫", "correspondent:南金偉"])
        #expect(Self.pairs(simplified) == ["reporter:张世鑫", "correspondent:南金伟"])
        #expect(traditional?.first?.label == "記者")
    }

    /// Name, slash, role or outlet (``BylineParser/parseNameSlashOutlet(_:)``).
    @Test("name／label and name／outlet")
    func nameSlash() {
        #expect(Self.pairs(BylineParser.parseNameSlashOutlet("卓冠齊/編輯")) == ["editor:卓冠齊"])
        #expect(Self.pairs(BylineParser.parseNameSlashOutlet("石佳/中国青年报")) == ["reporter:石佳"])
        #expect(BylineParser.parseNameSlashOutlet("台北/新北") == nil)
    }

    /// Captions (``BylineParser/parseCaptionCredit(_:)``): source credits are not photographers.
    static let captions: [(caption: String, expected: [String])] = [
        ("民眾排隊搶購。（圖／翻攝自抖音）", []),
        ("活動現場。（圖／台北市政府提供）", []),
        ("活動現場。（圖／記者林冠宇攝）", ["photographer:林冠宇"]),
        ("昨日二月二，孩子们舞龙欢庆“龙抬头” 记者李子云 摄", ["photographer:李子云"]),
    ]

    @Test("caption credits", arguments: captions)
    func caption(_ caption: String, _ expected: [String]) {
        #expect(Self.pairs(BylineParser.parseCaptionCredit(caption)) == expected)
    }

    /// Photo credits run into body lines.
    static let inlinePhotoCredits: [(line: String, expected: [String])] = [
        ("大批上水居民昨趕上班，結果引爆交通大混亂。謝志輝攝", ["photographer:謝志輝"]),
        ("塌樹阻塞了堅尼地道，市民難以通過。許頌明攝  上水站昨傍晚恢復通車，大批市民即湧入站內。黎樹雄攝", ["photographer:許頌明", "photographer:黎樹雄"]),
        ("电影《遇见你真好》观众见面会上的范明 记者刘洪洋 摄", ["photographer:刘洪洋"]),
        ("这张照片是他在现场拍摄", []),
        ("游客们纷纷拿出手机拍照留念。现场摄", []),
    ]

    @Test("photo credits at the end of body lines", arguments: inlinePhotoCredits)
    func inlinePhotoCredit(_ line: String, _ expected: [String]) {
        #expect(Self.pairs(BylineParser.parseInlinePhotoCredits(line)) == expected)
    }

    /// Leads as mainland papers print them: the credits, and the outlet before `讯` (never `本报`).
    static let leads: [(lead: String, expected: [String], outlet: String?)] = [
        ("本报4月17日讯（记者\u{3000}梁成虎）近日，中北大学大数据学院团支部组织活动，他们走进社区。", ["reporter:梁成虎"], nil),
        ("本报讯（记者孙珺 通讯员褚家威）昨天，全省打击侵权假冒工作电视电话会议披露了数据。", ["reporter:孙珺", "correspondent:褚家威"], nil),
        ("北京商报讯（记者 吴文治 王运）快件延误、丢失等问题一直为消费者所诟病。", ["reporter:吴文治", "reporter:王运"], "北京商报"),
        ("本报南昌讯（记者蔡颖辉）12月26日，记者获悉，驾校在每月20日前须上交培训计划。", ["reporter:蔡颖辉"], nil),
        ("财联社2月12日讯（记者 徐昊）一直视换电业务为公司核心竞争力“护城河”的蔚来汽车，正在推进。", ["reporter:徐昊"], "财联社"),
        ("【本報訊】「山竹」遠離香港，市民還未回氣，數十萬打工仔昨早要在無巴士情況下趕上班。", [], nil),
        ("原标题：快讯！多地发布高温预警，气象部门提醒市民注意防暑降温。", [], nil),
        ("【明报专讯】香港特区政府今日公布新一轮防疫措施，食肆晚市堂食时间延长。", [], "明报"),
        ("新京报讯（记者 顾志娟）10月19日，首届“直通乌镇”全球互联网大赛首次亮相世界互联网大会。", ["reporter:顾志娟"], "新京报"),
    ]

    @Test("mainland leads", arguments: leads)
    func lead(_ lead: String, _ expected: [String], _ outlet: String?) {
        let parsed = BylineParser.parseLead(lead)
        #expect(Self.pairs(parsed?.bylines) == expected)
        #expect(parsed?.outlet == outlet)
    }

    /// Leads and closing credits.
    @Test("credits inside a lead and at the end of the last paragraph")
    func leadsAndClosings() {
        let lead = BylineParser.parseLead("本報訊（記者葉婉）近日，「心成長」青少年心理健康服務項目在北京市青年宮正式啟動。")
        #expect(Self.pairs(lead?.bylines) == ["reporter:葉婉"])
        let wire = BylineParser.parseLead("新华社巴黎12月9日电（记者唐霁）法国总统马克龙9日表示，……")
        #expect(Self.pairs(wire?.bylines) == ["reporter:唐霁"])
        #expect(wire?.outlet == "新华社")
        let zjol = BylineParser.parseLead("浙江在线6月16日讯（浙江在线记者 袁华明 通讯员 于倩） 粮食行业如何玩转电商？日前，衢州粮食电子商务产业园开业。")
        #expect(Self.pairs(zjol?.bylines) == ["reporter:袁华明", "correspondent:于倩"])
        #expect(zjol?.outlet == "浙江在线")
        #expect(BylineParser.parseLead("浙江在线杭州4月25日讯（记者 施宇翔 通讯员 方英）毒贩很“时髦”，用微信交易毒品。")?.outlet == "浙江在线")
        let spaced = BylineParser.parseLead("本报讯 （记者 汪丽娜 通讯员 王硕）4月4日上午，浚县农商银行组织员工代表到浚县烈士陵园开展清明节活动。")
        #expect(Self.pairs(spaced?.bylines) == ["reporter:汪丽娜", "correspondent:王硕"])
        let noReporter = BylineParser.parseLead("（中央社紐約23日電）美國股市今天收高，投資人關注企業財報與聯準會動向。")
        #expect(Self.pairs(noReporter?.bylines) == [])
        let cna = BylineParser.parseLead("（中央社記者沈佩瑤台北23日電）立法院今天三讀通過修正案，……")
        #expect(Self.pairs(cna?.bylines) == ["reporter:沈佩瑤"])
        #expect(cna?.outlet == "中央社")
        #expect(Self.pairs(BylineParser.parseClosingCredit("南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）")) == ["author:张巨峰"])
        #expect(Self.pairs(BylineParser.parseClosingCredit("……共同把“蛋糕”做大。（新华社）")) == [])
        #expect(Self.pairs(BylineParser.parseClosingCredit("……做大。(作者：方敏北京大学经济学院教授)")) == ["author:方敏"])
        #expect(Self.pairs(BylineParser.parseClosingCredit("……做大。（来自北京）")) == [])
        #expect(Self.pairs(BylineParser.parseClosingCredit("……做大。（高雄）")) == [])
    }

    @Test("a lead's credit after a line of hot words, and never a second lead once a writer is credited")
    func leadSearch() {
        var article = ExtractedArticle()
        article.appendParagraph("热词：滚动 生活宝典 大家谈 养生课 消费 食品 经济·科技·生态 文旅·体育 人民投诉")
        article.appendParagraph("本报讯（记者叶婉）近日，“心成长”青少年心理健康服务项目在北京市青年宫正式启动，帮助青年提升心理素质。")
        article.appendParagraph("本报讯（记者王琪）另一则消息：市青年宫暑期公益课堂同日开班，首批报名的学生已经超过三百人。")
        #expect(Self.pairs(article.bylines) == ["reporter:叶婉"])
    }

    /// Info lines (``InfoLine``): outlets, authors, editors, accounts.
    static let infoLines: [(line: String, outlet: String?, expected: [String])] = [
        ("2020年07月04日 12:10 来源：求是网参与互动", "求是网", []),
        ("2024-05-13 12:03:10 作者：曹磊 来源: 东方网 选稿：曾炟", "东方网", ["author:曹磊", "editor:曾炟"]),
        ("2024年05月16日 17:02 新京报 作者：新京报", nil, []),
        ("2023-06-15 08:10 来源：中国新闻网 王帆", "中国新闻网", ["author:王帆"]),
        ("2024-05-15 08:58:52 來源：自由時報", "自由時報", []),
        ("時間：2023-08-23 10:00 來源：聯合報 作者：何苗 張夢潔", "聯合報", ["author:何苗", "author:張夢潔"]),
        ("2023-08-23 10:00 來源：宜昌市人民政府", "宜昌市人民政府", []),
        ("2023/08/23 記者：張家豪 來源：三立新聞網", "三立新聞網", ["reporter:張家豪"]),
        ("2024-05-20 作者：来自北京", nil, []),
    ]

    @Test("info lines", arguments: infoLines)
    func infoLine(_ line: String, _ outlet: String?, _ expected: [String]) {
        let info = InfoLine(line)
        #expect(info.outlet == outlet)
        #expect(Self.pairs(info.bylines) == expected)
    }

    /// Words beside a date that are an account, or not.
    static let accounts: [(line: String, account: String?)] = [
        ("2018-04-06 🌏华商君", "华商君"),
        ("华夏人文 2020-03-09 18:14", "华夏人文"),
        ("2018-07-02 HKT 12:58", nil),
        ("2017-09-08 列印 文字大小", nil),
        ("本文来源于 国家统计局 2024-05-11 09:36:26", nil),
        ("参考消息 2019年11月25日", nil),
        ("2019-05-17 · 苏皖城市报道", nil),
        ("2019-05-17 | 要闻", nil),
        ("2018-09-17 港闻", nil),              // a channel
        ("北京 2024-05-20 10:00", nil),        // a dateline place
        ("新浪科技 2019-01-14 08:00", nil),     // a portal's channel
        ("冀勇庆 2015-06-25 08:46:42 0 人参与评论", "冀勇庆"),
        ("2017-09-08 列印文字大小", nil),        // widget words glued (a renderer that drops spaces)
        ("News • 2024-05-22 08:21", nil),       // a channel's Latin label
        ("2024-05-22 最新文章", nil),
    ]

    @Test("accounts beside a date", arguments: accounts)
    func account(_ line: String, _ account: String?) {
        #expect(InfoLine(line).account == account)
    }

    /// The name checks.
    @Test("personal names need a surname; credited names need no never-name word")
    func names() {
        for name in ["欧阳娜娜", "司马南", "脱芷晴", "冀勇庆", "方敏", "林俊謙"] {
            #expect(PersonalNameCheck.isPersonalName(ScriptFold.fold(name)), "\(name)")
        }
        for word in ["来自北京", "调查", "简介", "新华社", "国家统计局", "翻摄自抖音", "台北市政府"] {
            #expect(!PersonalNameCheck.isPersonalName(word), "\(word)")
        }
        for name in ["康斯坦丁", "路闻卓立", "hefan", "NF055", "叨叨姐"] {
            #expect(PersonalNameCheck.isCreditedName(name), "\(name)")
        }
        for word in ["新京报", "1120823", "HKT", "翻摄自抖音", "国家统计局", "本报"] {
            #expect(!PersonalNameCheck.isCreditedName(word), "\(word)")
        }
    }

    /// Essays whose author leads the headline; quotes in headlines are not bylines.
    static let essayTitles: [(title: String, expected: [String])] = [
        ("何苗：我眼中的父亲", ["author:何苗"]),
        ("張夢潔：我所認識的台北", ["author:張夢潔"]),
        ("李强：我们将坚定不移扩大开放", []),
        ("专家：我眼中的经济形势", []),
    ]

    @Test("essay authors in headlines", arguments: essayTitles)
    func essayTitle(_ title: String, _ expected: [String]) {
        #expect(Self.pairs(BylineParser.essayAuthor(title: title)) == expected)
    }

    @Test("labels are matched in both scripts before any folding")
    func labelSpellings() {
        #expect(ScriptFold.spellings(of: "记者").contains("記者"))
        #expect(ScriptFold.spellings(of: "责任编辑").contains("責任編輯"))
        #expect(ScriptFold.fold("〔記者吳柏軒／台北報導〕") == "〔记者吴柏轩／台北报导〕")
    }

    /// The outlet table (``OutletTable``).
    @Test("outlets: aliases, glued link text, either script")
    func outlets() {
        #expect(OutletTable.outletName(in: "求是网参与互动") == "求是网")
        #expect(OutletTable.outletName(in: "自由時報") == "自由時報")
        #expect(OutletTable.outletName(in: "十堰晚报") == "十堰晚报")
        #expect(OutletTable.outletName(in: "人民日报2024-05-13") == "人民日报")
        #expect(OutletTable.outletName(in: "某某县融媒体中心2024年5月13日") == "某某县融媒体中心")
        #expect(OutletTable.outletName(in: "21世纪经济报道") == "21世纪经济报道")
        for alias in ["中央社", "自由时报", "联合报", "三立新闻网", "ETtoday", "中时", "明报", "新华社", "澎湃新闻"] {
            #expect(OutletTable.isOutlet(alias), "\(alias)")
        }
        #expect(OutletTable.canonical["中时"] == "中国时报")
        #expect(OutletTable.canonical["中央社"] == "中央通讯社")
    }
}
