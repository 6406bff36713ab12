import Testing
import ZhNews
import ZhNewsModel
@testable import ZhNewsExtractor

/// Lines as text renderers other than a browser print them: `w3m -dump` drops the space between
/// two Chinese characters (`记者 段彦超 廖艳` → `记者段彦超廖艳`) and prints an image's
/// alternative text bare; `lynx -dump` prints form fields as `____` and buttons as `(BUTTON)`.
/// Each line with what a careful reader takes from it.
@Suite("Second renderer")
struct SecondRendererTests {
    static func pairs(_ bylines: [Byline]?) -> [String] {
        (bylines ?? []).map { "\($0.role.rawValue):\($0.name)" }
    }

    @Test("glued names cut where exactly one cut exists", arguments: [
        ("段彦超廖艳", ["段彦超", "廖艳"]),     // 超 is no surname: 段彦 超廖艳 is no cut
        ("奚丹霓张赛", ["奚丹霓", "张赛"]),
        ("刘玺东易赛楠", ["刘玺东", "易赛楠"]),
        ("陈智整合", ["陈智"]),                 // a credit verb after the name
        ("欧阳娜娜李明", ["欧阳娜娜", "李明"]),  // a compound surname
    ])
    func gluedNames(run: String, names: [String]) {
        #expect(GluedNames.split(run) == names)
    }

    @Test("runs left unread: more than one cut, one name, or not names", arguments: [
        "王乐文方敏",   // 王乐文 方敏 or 王乐 文方敏
        "欧阳娜娜",     // one name
        "阿依古丽",     // four characters: one name (阿依 古丽 would be a guess)
        "段彦超",
        "记者调查报告", "来自北京市",
    ])
    func gluedNamesLeftAlone(run: String) {
        #expect(GluedNames.split(run) == nil)
    }

    @Test("credit lines printed without spaces", arguments: [
        ("（总台央视记者奚丹霓张赛）", ["reporter:奚丹霓", "reporter:张赛"]),
        ("澎湃新闻记者段彦超廖艳", ["reporter:段彦超", "reporter:廖艳"]),
        ("记者陈智整合", ["reporter:陈智"]),
        ("文/图刘玺东易赛楠", ["author:刘玺东", "photographer:刘玺东", "author:易赛楠", "photographer:易赛楠"]),
        ("本报记者王乐文方敏", []),  // two cuts: nobody rather than a wrong name
        ("编辑|张维纳语音|徐佳剪辑|李春制图|张莉 校读|刘永杰", ["editor:张维纳"]),
        ("【文/观察者网专栏作者王文】", ["author:王文"]),
        ("【文/观察者网专栏作者 王文】", ["author:王文"]),
    ])
    func gluedCredits(line: String, expected: [String]) {
        #expect(Self.pairs(BylineParser.parseCredits(line)) == expected)
    }

    @Test("info lines printed without spaces")
    func gluedInfoLines() {
        let southcn = InfoLine("2023-06-15 08:10 来源：中国新闻网王帆")
        #expect(southcn.outlet == "中国新闻网")
        #expect(Self.pairs(southcn.bylines) == ["author:王帆"])
        #expect(InfoLine("来源：人民日报海外版").bylines.isEmpty)
        // The CMS filled the author field with the editor's name: no writer is credited.
        let chinanews = InfoLine("2020-07-04 12:10:24 来源：求是网作者：陈海峰责任编辑：陈海峰")
        #expect(chinanews.outlet == "求是网")
        #expect(Self.pairs(chinanews.bylines) == ["responsible-editor:陈海峰"])
        #expect(Self.pairs(InfoLine("来源：中国经营报作者：周立新杨帆责任编辑：NF055").bylines)
            == ["author:周立新", "author:杨帆", "responsible-editor:NF055"])
        #expect(InfoLine("　来源于：东区办事处　").outlet == "东区办事处")
    }

    @Test("accounts beside a date, run into their outlet or a channel label")
    func gluedAccounts() {
        #expect(InfoLine("2018-04-06 🌏华商君华商报华商报").account == "华商君")
        #expect(InfoLine("金融市场棱镜2019-09-23 07:48").account == nil)
        #expect(InfoLine("华夏人文 2020-03-09 18:14").account == "华夏人文")
        #expect(InfoLine("　 酷勤网收集　2009-11-01").account == nil)  // lynx left out `来源：新浪科技`
    }

    @Test("a date with its time run into it")
    func gluedDateTime() {
        #expect(PublishTime.parse("2005.08.2605:39") == "2005-08-26T05:39:00+08:00")
        #expect(PublishTime.parse("上海证券报网络版 2005-08-2605:39") == "2005-08-26T05:39:00+08:00")
        #expect(PublishTime.parse("2005.8.2605:39") != "2005-08-26T05:39:00+08:00")  // the 2nd or the 26th
    }

    @Test("a time printed before its date")
    func timeBeforeDate() {
        #expect(PublishTime.parse("社會 17:30 2020/08/09") == "2020-08-09T17:30:00+08:00")
        #expect(PublishTime.parse("12:17:30 2020/08/09") == "2020-08-09")  // seconds of something else
        #expect(PublishTime.parse("第17:30 2020/08/09") == "2020-08-09T17:30:00+08:00")
        #expect(PublishTime.parse("2020/08/09 17:30") == "2020-08-09T17:30:00+08:00")
    }

    @Test("a date widget printed one part per line")
    func splitDateLines() {
        let lines = ["儿歌一分钱被改成一元钱", "2019", "09/07", "", "19:02", "扬眼"].map { ClassifiedLine(text: $0, lineClass: $0.isEmpty ? .blank : .body, rule: "") }
        let merged = SplitDateLines.merge(lines)
        #expect(merged.map(\.text) == ["儿歌一分钱被改成一元钱", "2019-09-07 19:02", "", "", "", "扬眼"])
        #expect(merged[1].lineClass == .infoLine)
        // A list of years is no date.
        let years = ["2019", "2018", "09/07x"].map { ClassifiedLine(text: $0, lineClass: .body, rule: "") }
        #expect(SplitDateLines.merge(years) == years)
    }

    /// A headline a template put in a list of its own (`<li>`), as flattened pages print it.
    static func bulletedHeadlinePage(_ headline: String, before: String = "") -> String {
        """
        首页
        评论
        \(before)* \(headline)
        + 李明 城市规划研究院研究员
        分享到：
        12 30
        2019-09-07 09:25:09 来源：滨江评论网
        城市更新不是推倒重来。老城区里的街巷、店铺和邻里关系，是一座城市最难复制的部分，改造的目标应当是让住在这里的人过得更好，而不是把他们搬走。
        近年来，不少城市在旧改中尝试“微更新”，保留原有的街巷肌理，只对危房、管网和公共空间做有限的改造，居民的生活并没有被打断。
        这样的做法投入少、见效快，也更容易得到居民的支持，值得在更多城市推广。
        """
    }

    static func title(of page: String) -> String? {
        let lines = Pipeline().process(PageInput(id: "bulleted.txt", bytes: Array(page.utf8)))
        guard case .record(let record)? = lines.first else { return nil }
        return record.title
    }

    @Test("a bulleted headline: a list of one item over a dated info line")
    func bulletedHeadline() {
        #expect(Self.title(of: Self.bulletedHeadlinePage("李明：城市更新，要让老街坊留下来")) == "李明：城市更新，要让老街坊留下来")
        // An item of a longer list is a teaser, not the headline.
        #expect(Self.title(of: Self.bulletedHeadlinePage("李明：城市更新，要让老街坊留下来", before: "* 老城区改造进入第二阶段\n")) != "李明：城市更新，要让老街坊留下来")
    }

    @Test("renderer marks", arguments: [
        ("netease 本文来源：中国经营报作者：李慧敏责任编辑：NF055", LineClass.infoLine),  // w3m: an image's alt text
        ("iPhone 发布会今天在北京举行，新机型售价下调。", LineClass.body),
        ("吉国杰本文来源：央视新闻客户端责任编辑：化成雨_NBJ11143", LineClass.infoLine),  // a name run in before the fields
        // A serial's headline dated in square brackets is no dateline; an edition line still is.
        ("语音 | 早安武汉〔2018.3.19 周一〕", LineClass.body),
        ("人民日报（2024年05月20日 第03版）", LineClass.infoLine),
        // A call to follow an account under the article: the closing credit above it ends the text.
        ("专注苹果新闻报道，每日推送最新苹果资讯。扫描下方二维码关注苹果汇官方微信(或微信中搜：appleinc2012)。", LineClass.widget),
    ])
    func rendererMarks(line: String, lineClass: LineClass) {
        #expect(LineClassifier().classify([line]).first?.lineClass == lineClass)
    }

    @Test("lynx form fields and buttons are chrome", arguments: [
        "搜索 ____________________ 网站地图 设置首页", "(BUTTON) 阅读整篇文章", "(BUTTON)",
    ])
    func lynxFormFields(line: String) {
        #expect(LineFeatures(line).isMenuLike)
    }
}
