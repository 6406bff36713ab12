import Testing
import ZhNews
import ZhNewsModel
import ZhNewsTestSupport

/// Flattened portal pages in styles unlike the seed pages (`Fixtures/flattened/`), checked against
/// what a careful human reader states about each page: headline, time, outlet, bylines, and what
/// belongs to the body. The expectations come from reading the pages, not from the tool's output.
@Suite("Flattened fixture pages")
struct FlattenedFixtureTests {
    static func path(_ name: String) -> String { "Fixtures/flattened/\(name).txt" }

    /// Bylines as comparable "role name" strings (readable in failure messages).
    static func bylines(_ record: Record) -> Set<String> {
        Set(record.bylines.map { "\($0.role.rawValue) \($0.name)" })
    }

    static func credits(_ pairs: [(Byline.Role, String)]) -> Set<String> {
        Set(pairs.map { "\($0.0.rawValue) \($0.1)" })
    }

    static func paragraphs(_ record: Record) -> [String] {
        record.text.split(separator: "\n").map { String($0).trimmingWhitespace }
    }

    static func expectText(
        _ record: Record, contains must: [String], excludes mustNot: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for phrase in must {
            #expect(record.text.contains(phrase), "text should contain «\(phrase)»", sourceLocation: sourceLocation)
        }
        for phrase in mustNot {
            #expect(!record.text.contains(phrase), "text should not contain «\(phrase)»", sourceLocation: sourceLocation)
        }
    }

    /// Short chrome words (分享, 点赞 …) must not survive as paragraphs of their own.
    static func expectNoParagraphs(
        _ record: Record, _ lines: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let kept = Set(Self.paragraphs(record))
        for line in lines {
            #expect(!kept.contains(line), "chrome line «\(line)» kept as a paragraph", sourceLocation: sourceLocation)
        }
    }

    // MARK: - County government site (政务公开 > 工作动态)

    @Test("county government page: header, info line, numbered sections, caption, editor line, footer")
    func countyGovernment() throws {
        let records = try ZhNewsTestSupport.records(Self.path("county-government"))
        #expect(records.count == 1)
        let record = try ZhNewsTestSupport.record(Self.path("county-government"))

        #expect(record.title == "桐岭县扎实推进农村供水保障工程 年底前实现规模化供水全覆盖")
        #expect(record.kicker == nil)
        #expect(record.subtitle == nil)
        #expect(record.published == "2024-03-05T09:12:00+08:00")
        #expect(record.outlet == "桐岭县融媒体中心")
        #expect(record.script == .hans)
        // 作者 in the info line, 摄影 under a picture, 编辑 at the end; 审核 刘建国 and the villager
        // 程德贵 (quoted) are not bylines.
        #expect(Self.bylines(record) == Self.credits([
            (.author, "阮志航"),
            (.photographer, "郑凯文"),
            (.editor, "孙嘉怡"),
        ]))

        #expect(record.text.hasPrefix("3月4日，桐岭县召开农村供水保障工程推进会"))
        #expect(record.text.hasSuffix("切实把民生实事办到群众心坎上。"))
        Self.expectText(record, contains: [
            "3月4日，桐岭县召开农村供水保障工程推进会，通报今年以来全县农村供水工程建设进展",
            "为啃下这块“硬骨头”，桐岭县重点从四个方面发力。",
            "一是强化规划引领。",
            "二是加快项目建设。",
            "三是创新管护机制。",
            "四是严格水质监测。",
            "在资金保障上，桐岭县积极争取中央预算内投资",
            "大坪乡柳树湾村村民程德贵说。",
            "切实把民生实事办到群众心坎上。",
        ], excludes: [
            "桐岭县扎实推进农村供水保障工程 年底前实现规模化供水全覆盖",  // headline
            "无障碍浏览", "走进桐岭", "当前位置", "首页 > 政务公开",
            "发布时间", "来源：", "作者：", "字体", "阅读量",
            "施工人员在石门水厂二期工地铺设输水主管道", "摄影 郑凯文", "郑凯文",  // caption 1
            "图为县水务公司工作人员", "图片由县水利局提供",  // caption 2
            "编辑：孙嘉怡", "孙嘉怡", "审核", "刘建国",
            "我要纠错", "打印本页", "关闭窗口", "分享到", "扫一扫在手机打开当前页",
            "上一条", "下一条", "春季森林防火专项检查", "相关链接", "中国政府网", "网站地图",
            "主办单位", "承办单位", "桐岭县人民政府办公室", "网站标识码", "ICP", "公网安备",
            "联系电话", "分辨率",
        ])
    }

    // MARK: - Newspaper e-paper page (数字报), two articles

    @Test("e-paper page: two articles, kicker and subtitle, broken line rejoined, tail credit")
    func epaperPage() throws {
        let records = try ZhNewsTestSupport.records(Self.path("epaper-page"))
        #expect(records.count == 2)
        guard let first = records.first else { return }

        #expect(first.kicker == "老街巷焕新颜 居民家门口享便利")
        #expect(first.title == "南湖区百条背街小巷年内完成改造")
        #expect(first.subtitle == "首批32条街巷已开工，预计9月底前完工")
        // The page prints only the issue date; there is no 来源 line.
        #expect(first.published == "2024-05-20")
        #expect(first.outlet == nil)
        #expect(Self.bylines(first) == Self.credits([
            (.reporter, "黄思远"),
            (.correspondent, "邓雨晴"),
            (.correspondent, "陈浩"),
            (.photographer, "黄思远"),  // ▲…。记者 黄思远 摄
        ]))
        #expect(first.text.hasSuffix("确保改造成果长期保持。"))
        Self.expectText(first, contains: [
            "5月19日上午，在南湖区青石巷改造现场，挖掘机、压路机来回穿梭",
            // the line broken by layout after 路面, rejoined
            "统筹推进雨污分流、管线入地、路面翻新和立面整治，力争做到“改一条、成一条、亮一条”。",
            "在青石巷住了30多年的居民何秀兰告诉记者",
            "南湖区还将同步建立长效管护机制，把改造后的街巷纳入社区网格化管理，确保改造成果长期保持。",
        ], excludes: [
            "登录", "数字报", "星期一", "第03版", "综合新闻", "上一版", "下一版", "版面导航",
            "第01版", "PDF下载", "往期回顾",
            "老街巷焕新颜",  // kicker
            "——首批32条街巷", "首批32条街巷已开工，",  // subtitle
            "南湖区百条背街小巷年内完成改造",  // headline
            "路面\n翻新", "工人正在对青石巷路面进行翻新", "记者 黄思远 摄",  // caption
            "跨江观光索道", "林晓峰",  // the second article
            "返回目录", "版权所有", "备案号", "技术支持",
        ])

        guard records.count >= 2 else { return }
        let second = records[1]
        #expect(second.title == "江城首条跨江观光索道开始试运行")
        #expect(second.kicker == nil)
        #expect(second.subtitle == nil)
        #expect(second.published == "2024-05-20")
        #expect(second.outlet == nil)
        // Tail credit （记者 林晓峰）; the tourist 周明轩 is quoted, not a byline.
        #expect(Self.bylines(second) == Self.credits([(.reporter, "林晓峰")]))
        #expect(second.text.hasPrefix("5月18日，江城首条跨江观光索道正式开始试运行。"))
        #expect(second.text.hasSuffix("争取在暑期旅游旺季前正式对外运营。"))
        Self.expectText(second, contains: [
            "索道全长1.8公里，连接江北滨江公园与江南凤凰山景区",
            "从外地来江城旅游的游客周明轩说。",
            "争取在暑期旅游旺季前正式对外运营。",
        ], excludes: [
            "江城首条跨江观光索道开始试运行",  // headline
            "（记者 林晓峰）", "林晓峰",
            "青石巷", "背街小巷", "黄思远",  // the first article
            "返回目录", "上一篇", "下一篇", "版权所有", "江城日报社", "邮编", "ICP", "技术支持",
        ])
    }

    // MARK: - WeChat official account post

    @Test("WeChat post: 原创 line, 文/ 图/ credits, trailing 来源/编辑/审核/监制, WeChat chrome")
    func wechatPost() throws {
        let record = try ZhNewsTestSupport.record(Self.path("wechat-post"))

        #expect(record.title == "端午假期出行指南来了！这些路段请提前绕行")
        #expect(record.kicker == nil)
        #expect(record.subtitle == nil)
        #expect(record.published == "2024-06-01T08:30:00+08:00")
        #expect(record.outlet == "清河区交通运输局")
        // 审核 张伟华 and 监制 何志强 are not bylines; the account 清河发布 is not a byline.
        #expect(Self.bylines(record) == Self.credits([
            (.author, "陈思雨"),
            (.photographer, "吴振宇"),
            (.editor, "刘一鸣"),
        ]))

        #expect(record.text.hasPrefix("端午假期即将到来，你准备好出发了吗？"))
        #expect(record.text.hasSuffix("祝大家端午安康，一路平安！"))
        Self.expectText(record, contains: [
            "端午假期即将到来，你准备好出发了吗？",
            "记者从清河区交通运输局获悉，6月8日至10日",
            "一、这些时段容易拥堵",
            "龙湾大道龙湾隧道实行夜间封闭施工",
            "白鹭湖湿地公园、桃花岭景区实行分时段预约入园",
            "六、这些提醒请牢记",
            "也可关注“清河发布”微信公众号获取最新出行信息。",
            "祝大家端午安康，一路平安！",
        ], excludes: [
            "端午假期出行指南来了！这些路段请提前绕行",  // headline
            "原创 清河发布", "2024-06-01 08:30", "点击蓝字", "关注我们",
            "文/陈思雨", "陈思雨", "图/吴振宇", "吴振宇",
            "清河古镇龙舟赛现场", "资料图",  // caption
            "来源：", "编辑：", "刘一鸣", "审核", "张伟华", "监制", "何志强",
            "往期推荐", "禁止游泳", "清河这所新学校", "高铁站改造工程启动", "中考时间公布",
            "政务公开 权威发布", "长按识别二维码", "阅读原文", "写留言", "预览时标签不可点",
            "微信扫一扫", "关注该公众号", "继续滑动看下一个", "轻触阅读原文", "使用小程序", "取消 允许",
        ])
        Self.expectNoParagraphs(record, ["清河发布", "分享", "收藏", "点赞", "在看", "知道了"])
    }

    // MARK: - Taiwanese portal, traditional script

    @Test("Taiwanese portal: traditional script, 記者…／新北報導 byline, （圖／…） captions, 延伸閱讀")
    func taiwanPortal() throws {
        let record = try ZhNewsTestSupport.record(Self.path("taiwan-portal"))

        #expect(record.script == .hant)
        // Title and text are simplified by default.
        #expect(record.title == "板桥老公园变身共融游戏场 里长：长辈散步更安心")
        #expect(record.kicker == nil)
        #expect(record.subtitle == nil)
        #expect(record.published == "2024-07-15T14:32:00+08:00")
        // No 來源 line on the page.
        #expect(record.outlet == nil)
        // 記者林冠宇／新北報導; （圖／記者林冠宇攝）; （編輯：陳怡君）. （圖／新北市景觀處提供） credits an
        // agency, not a person; 里長 張秀蓮, 陳太太, 李先生 are quoted.
        #expect(Self.bylines(record) == Self.credits([
            (.reporter, "林冠宇"),
            (.photographer, "林冠宇"),
            (.editor, "陈怡君"),
        ]))

        #expect(record.text.hasPrefix("新北市板桥区溪洲公园历时8个月改造，今（15）日正式重新开放。"))
        #expect(record.text.hasSuffix("打造具有地方特色的游憩空间。"))
        Self.expectText(record, contains: [
            "新北市板桥区溪洲公园历时8个月改造，今（15）日正式重新开放。",
            "溪洲里长张秀莲说",
            "今天上午的开放活动吸引上百名民众参加",
            "也可透过1999市民专线通报",
            "打造具有地方特色的游憩空间。",
        ], excludes: [
            "板桥老公园变身共融游戏场",  // headline
            "即时 政治", "订阅电子报", "首页 > 地方", "地方 > 新北", "2024/07/15",
            "林冠宇", "／新北", "字级", "列印", "分享 FB LINE", "复制连结",
            "吸引亲子民众前来体验", "公园步道全面改为透水铺面", "景观处提供", "图／",  // captions
            "陈怡君", "编辑：",
            "延伸阅读", "滑草场", "眷村公园", "全龄共融公园", "头前运动公园",
            "热门新闻", "人事总处", "橙色灯号", "教育会考", "汽柴油", "捷运新站",
            "下载APP", "追踪IG", "关于我们", "隐私权政策", "© 2024", "版权所有", "Chrome",
        ])
    }

    // MARK: - News page with readers' comments

    @Test("page with comments: 时间/来源 info line, □ credit line, comments and footer left out")
    func withComments() throws {
        let record = try ZhNewsTestSupport.record(Self.path("with-comments"))

        #expect(record.title == "五一假期首日 临江古城接待游客超8万人次")
        #expect(record.kicker == nil)
        #expect(record.subtitle == nil)
        #expect(record.published == "2024-05-01T08:45:10+08:00")
        // 来源：临江晚报（数字版） without the parenthesised addition.
        #expect(record.outlet == "临江晚报")
        // 王女士, 陈海涛, 刘子涵 are quoted; commenters are not bylines.
        #expect(Self.bylines(record) == Self.credits([
            (.reporter, "赵一帆"),
            (.correspondent, "钱思远"),
            (.photographer, "赵一帆"),
            (.responsibleEditor, "周婧"),
        ]))

        #expect(record.text.hasPrefix("4月30日晚至5月1日，临江古城迎来今年“五一”假期首个客流高峰。"))
        #expect(record.text.hasSuffix("合理安排出行时间，文明游览。"))
        Self.expectText(record, contains: [
            "4月30日晚至5月1日，临江古城迎来今年“五一”假期首个客流高峰。",
            "比去年方便多了。”从邻市自驾前来的游客王女士说。",
            "景区管委会副主任陈海涛介绍",
            "来自南昌的大学生刘子涵说。",
            "合理安排出行时间，文明游览。",
        ], excludes: [
            "五一假期首日 临江古城接待游客超8万人次",  // headline
            "客户端下载", "您的位置", "本地新闻 > 正文", "时间：", "来源：", "数字版", "点击：",
            "□", "全媒体记者 赵一帆", "通讯员 钱思远", "钱思远",
            "图为游客在临江古城文庙广场观看非遗展演", "记者 赵一帆 摄",  // caption
            "责编", "周婧", "纠错", "分享到", "相关新闻", "夜游新线路", "同比增长18%",
            "网友评论", "请遵守互联网相关规定", "发表评论", "已有 5 条评论",
            "网友 123xxx", "说得好", "给志愿者点赞", "lj_8848", "希望旅游专线的班次能再增加一些",
            "糖画摊前排了半个小时", "老人走累了没地方坐", "2024-05-01 10:02", "回复", "查看更多评论",
            "热点排行", "地铁2号线", "关于我们", "版权所有", "许可证", "ICP", "公网安备",
        ])
    }

    // MARK: - A portal page as `w3m -dump` prints it

    @Test("w3m rendering: no space between Chinese characters, wrapped paragraphs, alt text before the info label")
    func w3mPortal() throws {
        let record = try ZhNewsTestSupport.record(Self.path("w3m-portal"))

        #expect(record.title == "滨江区今年新建改建口袋公园二十座")
        #expect(record.published == "2024-05-20T09:32:15+08:00")
        // `来源：中国新闻网林晓峰`: the outlet and its writer, run together.
        #expect(record.outlet == "中国新闻网")
        #expect(Self.bylines(record) == Self.credits([
            (.author, "林晓峰"),
            (.reporter, "周立新"), (.reporter, "杨帆"),  // `（记者周立新杨帆）`
            (.responsibleEditor, "陈静"),  // `netease 本文来源：中国新闻网责任编辑：陈静`
        ]))
        #expect(record.text.hasPrefix("中新网滨江5月20日电（记者周立新杨帆）5月19日上午"))
        #expect(record.text.hasSuffix("在公园里增设饮水点和无障碍设施。"))
        Self.expectText(record, contains: [
            "经过三个月的改造，如今有了步道、座椅和儿童游乐设施，周边居民步行五分钟就能到达。",  // rejoined after the wrap
        ], excludes: [
            "site-logo", "首页", "搜索", "当前位置", "分享到", "发布时间", "netease", "本文来源", "陈静",
            "上一篇", "防汛检查", "相关新闻", "获全市推广", "版权所有",
        ])
        #expect(Self.paragraphs(record).count == 3)
    }
}

private extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
