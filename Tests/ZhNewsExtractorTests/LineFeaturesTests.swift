import Testing
@testable import ZhNewsExtractor
import ZhNewsRules

/// Line features and the dense region, from the rules: what a menu row, a bullet item, a number,
/// prose and a headline measure as.
@Suite("Line features and dense region")
struct LineFeaturesTests {
    @Test("menu-like lines", arguments: [
        ("首页 | 新闻 | 体育 | 财经", true),
        ("首页 滚动 国内 国际 军事 社会 财经 产经 房产", true),
        ("* 网易新闻", true),
        ("+ 免费邮箱", true),
        ("• 新闻", true),
        ("*", true),
        ("T + -", true),
        ("326", true),
        ("1,474.27", true),
        ("热词：滚动 生活宝典 大家谈 养生课 消费 食品", true),
        ("[logo_pgh]", true),  // w3m's image placeholder
        ("搜索 [                    ] 网站地图设置首页", true),  // w3m's text field
        ("<li> <a href=\"#p=9S55\">图集</a></li>", true),  // raw template markup
        // headlines with spaces are not menus: long segments
        ("多地项目连环爆雷 狂奔的龙湖集团暗伤曝露？", false),
        ("港府拒帶頭停工　林鄭謊言遭狂轟 「攞市民條命較飛」", false),
        ("语音 | 早安武汉〔2018.3.19 周一〕", false),
        // a number with a sign is not a bullet item, and prose is not a menu
        ("5月19日上午，在南湖区青石巷改造现场，挖掘机来回穿梭。", false),
        ("陈同佳刑满出狱 向潘晓颖家人鞠躬致歉", false),
    ])
    func menuLike(_ line: String, _ expected: Bool) {
        #expect(LineFeatures(line).isMenuLike == expected, "«\(line)»")
    }

    @Test("prose-like lines", arguments: [
        ("5月19日上午，在南湖区青石巷改造现场，挖掘机、压路机来回穿梭。", true),
        ("祝大家端午安康，一路平安！", true),  // short, but a sentence
        ("出狱了。", false),  // too short to weigh as prose
        ("十堰市张湾区红卫街道践行共同缔造理念 绘就幸福美好新篇章", false),  // no punctuation
        ("缩小字体 放大字体 收藏 微博 微信 分享 20,536", false),  // digit group comma is no clause
        ("首页 | 新闻 | 体育", false),
        ("实时追踪香港各地区疫情个案，立即下载经济日报App：https://bit.ly/2JdOaiS", false),  // a promo link
    ])
    func proseLike(_ line: String, _ expected: Bool) {
        #expect(LineFeatures(line).isProseLike == expected, "«\(line)»")
    }

    @Test("measures")
    func measures() {
        let prose = LineFeatures("在十堰市，“共同缔造”理念正融入社会治理。ABC 123")
        #expect(prose.cjk == 17)
        #expect(prose.alphanumerics == 6)
        #expect(prose.proseCharacters == 23)
        #expect(prose.sentenceMarks == 1)
        #expect(prose.clauseMarks == 1)
        #expect(prose.endsSentence == false)
        #expect(LineFeatures("他说：“好。”").endsSentence)
        #expect(LineFeatures("* 易信").bulleted)
        #expect(!LineFeatures("-28.40 (-1.89%)").bulleted)
        #expect(LineFeatures("-28.40 (-1.89%)").isNumeric)
        #expect(LineFeatures("31°C, 74%").isNumeric)
        #expect(!LineFeatures("iPhone 11").isNumeric)
        #expect(LineFeatures("首页 | 新闻 | 体育").segments == 3)
    }

    @Test("densest run", arguments: [
        ([-12, -12, 120, 90, -3, 150, -12, -12], 2..<6),
        ([50, -12, -12, -12, -12, -12, 200, 180], 6..<8),  // a teaser above a long gap is left out
        ([100, -3, -3, 100], 0..<4),  // subheads between paragraphs are crossed
        ([0, 0, 30], 2..<3),
    ] as [([Int], Range<Int>)])
    func densest(_ scores: [Int], _ expected: Range<Int>) {
        #expect(DenseRegion.densest(scores) == expected)
    }

    @Test("no prose, no region")
    func noRegion() {
        #expect(DenseRegion.densest([-12, -3, 0]) == nil)
        #expect(DenseRegion.densest([]) == nil)
    }

    @Test("line scores")
    func scores() {
        #expect(DenseRegion.score(LineFeatures(""), isChrome: false) == 0)
        #expect(DenseRegion.score(LineFeatures("* 网易新闻"), isChrome: false) == -LineRules.chromeLinePenalty)
        #expect(DenseRegion.score(LineFeatures("分享到："), isChrome: true) == -LineRules.chromeLinePenalty)
        #expect(DenseRegion.score(LineFeatures("共同缔造开启老旧小区新篇章"), isChrome: false) == -LineRules.shortLinePenalty)
        #expect(DenseRegion.score(LineFeatures("居民们自发组织活动，拉近了邻里关系。"), isChrome: false) == 16)
    }
}
