import Testing
import ZhNewsModel
@testable import ZhNewsExtractor

private func figures(_ text: String) -> [FigureMention] {
    FigureExtractor().figures(in: text)
}

/// One expected figure: found by its exact text in the result.
struct FigureCase: Sendable, CustomTestStringConvertible {
    let text: String
    let mention: String
    let value: Double
    let unit: String?
    var qualifier: FigureMention.Qualifier = .exact
    var min: Double? = nil
    var max: Double? = nil

    var testDescription: String { "\(mention) in \(text)" }
}

@Suite struct FigureExtractorTests {
    static let cases: [FigureCase] = [
        // Arabic numerals.
        FigureCase(text: "改善房屋1012套,", mention: "1012套", value: 1012, unit: "套"),
        FigureCase(text: "筹集3,000元", mention: "3,000元", value: 3000, unit: "元"),
        FigureCase(text: "占地面积0.3平方公里,", mention: "0.3平方公里", value: 0.3, unit: "平方公里"),
        FigureCase(text: "投资16.4亿,", mention: "16.4亿", value: 1_640_000_000, unit: nil),
        FigureCase(text: "投资16.4亿元", mention: "16.4亿元", value: 1_640_000_000, unit: "元"),
        FigureCase(text: "1.5万人次", mention: "1.5万人次", value: 15_000, unit: "人次"),
        FigureCase(text: "88岁高龄", mention: "88岁", value: 88, unit: "岁"),
        FigureCase(text: "共3000米", mention: "3000米", value: 3000, unit: "米"),
        FigureCase(text: "3千米长", mention: "3千米", value: 3, unit: "千米"),
        FigureCase(text: "5千元", mention: "5千元", value: 5000, unit: "元"),
        FigureCase(text: "惠及6个小区", mention: "6个", value: 6, unit: "个"),
        FigureCase(text: "历时两个月完成", mention: "两个月", value: 2, unit: "个月"),
        FigureCase(text: "24小时服务", mention: "24小时", value: 24, unit: "小时"),
        FigureCase(text: "乐享十五分钟便民圈", mention: "十五分钟", value: 15, unit: "分钟"),
        // Chinese and mixed numerals.
        FigureCase(text: "吸引三千余人参加", mention: "三千余人", value: 3000, unit: "人", qualifier: .over),
        FigureCase(text: "两百名志愿者", mention: "两百名", value: 200, unit: "名"),
        FigureCase(text: "十五天", mention: "十五天", value: 15, unit: "天"),
        FigureCase(text: "二十余名", mention: "二十余名", value: 20, unit: "名", qualifier: .over),
        FigureCase(text: "一万二千元", mention: "一万二千元", value: 12000, unit: "元"),
        FigureCase(text: "三千五百人", mention: "三千五百人", value: 3500, unit: "人"),
        FigureCase(text: "一百零五户", mention: "一百零五户", value: 105, unit: "户"),
        FigureCase(text: "四支队伍", mention: "四支", value: 4, unit: "支"),
        FigureCase(text: "两位老人", mention: "两位", value: 2, unit: "位"),
        FigureCase(text: "3万人", mention: "3万人", value: 30000, unit: "人"),
        FigureCase(text: "筹集资金1万余元,", mention: "1万余元", value: 10000, unit: "元", qualifier: .over),
        FigureCase(text: "3千余万元", mention: "3千余万元", value: 30_000_000, unit: "元", qualifier: .over),
        FigureCase(text: "百余人", mention: "百余人", value: 100, unit: "人", qualifier: .over),
        FigureCase(text: "三十多人", mention: "三十多人", value: 30, unit: "人", qualifier: .over),
        // Percentages.
        FigureCase(text: "增长26%", mention: "26%", value: 26, unit: "%"),
        FigureCase(text: "增长3.5％", mention: "3.5％", value: 3.5, unit: "%"),
        FigureCase(text: "提高百分之三十", mention: "百分之三十", value: 30, unit: "%"),
        FigureCase(text: "提高2个百分点", mention: "2个百分点", value: 2, unit: "个百分点"),
        // Ranges.
        FigureCase(text: "每组3至5名", mention: "3至5名", value: 3, unit: "名", min: 3, max: 5),
        FigureCase(text: "每组3-5名", mention: "3-5名", value: 3, unit: "名", min: 3, max: 5),
        FigureCase(text: "3万至5万元", mention: "3万至5万元", value: 30000, unit: "元", min: 30000, max: 50000),
        FigureCase(text: "3至5万元", mention: "3至5万元", value: 30000, unit: "元", min: 30000, max: 50000),
        FigureCase(text: "三至五名", mention: "三至五名", value: 3, unit: "名", min: 3, max: 5),
        FigureCase(text: "两三个", mention: "两三个", value: 2, unit: "个", min: 2, max: 3),
        FigureCase(text: "三四十人", mention: "三四十人", value: 30, unit: "人", min: 30, max: 40),
        FigureCase(text: "五六百户", mention: "五六百户", value: 500, unit: "户", min: 500, max: 600),
        // Qualifiers.
        FigureCase(text: "超过3000人", mention: "超过3000人", value: 3000, unit: "人", qualifier: .over),
        FigureCase(text: "逾100人", mention: "逾100人", value: 100, unit: "人", qualifier: .over),
        FigureCase(text: "60岁以上老人", mention: "60岁以上", value: 60, unit: "岁", qualifier: .over),
        FigureCase(text: "总面积近1000平方米,", mention: "近1000平方米", value: 1000, unit: "平方米", qualifier: .under),
        FigureCase(text: "将近500户", mention: "将近500户", value: 500, unit: "户", qualifier: .under),
        FigureCase(text: "不到10人", mention: "不到10人", value: 10, unit: "人", qualifier: .under),
        FigureCase(text: "不足5%", mention: "不足5%", value: 5, unit: "%", qualifier: .under),
        FigureCase(text: "约300米", mention: "约300米", value: 300, unit: "米", qualifier: .about),
        FigureCase(text: "大约2小时", mention: "大约2小时", value: 2, unit: "小时", qualifier: .about),
        FigureCase(text: "50人左右", mention: "50人左右", value: 50, unit: "人", qualifier: .about),
        FigureCase(text: "80岁上下,", mention: "80岁上下", value: 80, unit: "岁", qualifier: .about),
        FigureCase(text: "干了3年多", mention: "3年多", value: 3, unit: "年", qualifier: .over),
        // Not qualifiers.
        FigureCase(text: "近3年来", mention: "3年", value: 3, unit: "年"),
        FigureCase(text: "节约3000元", mention: "3000元", value: 3000, unit: "元"),
        FigureCase(text: "附近3家超市", mention: "3家", value: 3, unit: "家"),
        FigureCase(text: "3名上下班的职工", mention: "3名", value: 3, unit: "名"),
        // Issue #19, wrong values: Chinese decimals.
        FigureCase(text: "投资三点五亿元", mention: "三点五亿元", value: 350_000_000, unit: "元"),
        FigureCase(text: "增长百分之二点四", mention: "百分之二点四", value: 2.4, unit: "%"),
        FigureCase(text: "千分之五", mention: "千分之五", value: 5, unit: "‰"),
        // …ranges keep a shared multiplier, and two numbers are not fused.
        FigureCase(text: "月薪三到五万元", mention: "三到五万元", value: 30_000, unit: "元", min: 30_000, max: 50_000),
        FigureCase(text: "二百到三百万元", mention: "二百到三百万元", value: 2_000_000, unit: "元", min: 2_000_000, max: 3_000_000),
        FigureCase(text: "3到5万元", mention: "3到5万元", value: 30_000, unit: "元", min: 30_000, max: 50_000),
        FigureCase(text: "从6000到2万元", mention: "6000到2万元", value: 6000, unit: "元", min: 6000, max: 20_000),
        FigureCase(text: "五千到一万元", mention: "五千到一万元", value: 5000, unit: "元", min: 5000, max: 10_000),
        // …full-width thousands separators.
        FigureCase(text: "共计45，300.00元", mention: "45，300.00元", value: 45_300, unit: "元"),
        // …signs.
        FigureCase(text: "负五元", mention: "负五元", value: -5, unit: "元"),
        FigureCase(text: "气温-3℃", mention: "-3℃", value: -3, unit: "℃"),
        FigureCase(text: "下降-0.5%", mention: "-0.5%", value: -0.5, unit: "%"),
        FigureCase(text: "零下5摄氏度", mention: "零下5摄氏度", value: -5, unit: "摄氏度"),
        FigureCase(text: "3元-5元", mention: "3元-5元", value: 3, unit: "元", min: 3, max: 5),
        // Ranges with the unit on both ends, rates, 元角分.
        FigureCase(text: "利率15%至20%", mention: "15%至20%", value: 15, unit: "%", min: 15, max: 20),
        FigureCase(text: "2元到3元", mention: "2元到3元", value: 2, unit: "元", min: 2, max: 3),
        FigureCase(text: "6℃～10℃", mention: "6℃～10℃", value: 6, unit: "℃", min: 6, max: 10),
        FigureCase(text: "收费5元/小时", mention: "5元/小时", value: 5, unit: "元/小时"),
        FigureCase(text: "票价3元5角", mention: "3元5角", value: 3.5, unit: "元"),
        FigureCase(text: "5块8毛钱", mention: "5块8毛钱", value: 5.8, unit: "块"),
        FigureCase(text: "只要1分钱", mention: "1分钱", value: 1, unit: "分"),
        // Financial numerals, fractions, multiples, "some".
        FigureCase(text: "壹佰贰拾万元", mention: "壹佰贰拾万元", value: 1_200_000, unit: "元"),
        FigureCase(text: "三分之一", mention: "三分之一", value: 1.0 / 3, unit: nil),
        FigureCase(text: "增长1.5倍", mention: "1.5倍", value: 1.5, unit: "倍"),
        FigureCase(text: "来了数十人", mention: "数十人", value: 10, unit: "人", qualifier: .about),
        FigureCase(text: "上百名志愿者", mention: "上百名", value: 100, unit: "名", qualifier: .about),
        FigureCase(text: "负责3人", mention: "3人", value: 3, unit: "人"),
        FigureCase(text: "打造“十五分钟便民圈”", mention: "十五分钟", value: 15, unit: "分钟"),
        FigureCase(text: "发生5.2级地震", mention: "5.2级", value: 5.2, unit: "级"),
        FigureCase(text: "偏北风3到4级", mention: "3到4级", value: 3, unit: "级", min: 3, max: 4),
        FigureCase(text: "3级以上余震", mention: "3级以上", value: 3, unit: "级", qualifier: .over),
        FigureCase(text: "收于13626.48点", mention: "13626.48点", value: 13626.48, unit: "点"),
        FigureCase(text: "为期两天的会议", mention: "两天", value: 2, unit: "天"),
        FigureCase(text: "多一倍", mention: "一倍", value: 1, unit: "倍"),
        FigureCase(text: "区间在1.35- 2.7%之间", mention: "1.35- 2.7%", value: 1.35, unit: "%", min: 1.35, max: 2.7),
        FigureCase(text: "几千元", mention: "几千元", value: 1000, unit: "元", qualifier: .about),
        FigureCase(text: "逾万人", mention: "逾万人", value: 10_000, unit: "人", qualifier: .over),
        FigureCase(text: "一万亿元", mention: "一万亿元", value: 1_000_000_000_000, unit: "元"),
        FigureCase(text: "十万人", mention: "十万人", value: 100_000, unit: "人"),
        FigureCase(text: "800亿日元", mention: "800亿日元", value: 80_000_000_000, unit: "日元"),
        FigureCase(text: "65周岁及以上", mention: "65周岁及以上", value: 65, unit: "周岁", qualifier: .over),
    ]

    @Test(arguments: cases)
    func finds(_ c: FigureCase) throws {
        let found = figures(c.text)
        let m = try #require(found.first { $0.text == c.mention }, "got \(found.map(\.text))")
        #expect(m.value == c.value)
        #expect(m.unit == c.unit)
        #expect(m.qualifier == c.qualifier)
        #expect(m.min == c.min)
        #expect(m.max == c.max)
        let scalars = Array(c.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == c.mention)
        #expect(found.count == 1, "got \(found.map(\.text))")
    }

    /// Texts with no figure in them.
    @Test(arguments: [
        "一老一小", "一站式服务", "“五社”联动", "五社联动", "三多工作法", "有“三多”——老年人多", "一懂三会四个能力", "一系列举措",
        "一起", "统一", "一些", "一直", "一致好评", "唯一", "一幅幅画卷", "第一时间", "一是", "营造一个安全的环境", "一位老人",
        "2024年8月12日", "17时55分", "9:30", "拨打12345热线", "民主路727-8-1号", "28号楼", "两个月前", "一年前", "3年后",
        "上世纪70年代", "50年代到90年代", "5G网络", "第3名", "三三两两的居民", "三天两头", "百家宴", "千家万户", "两位数增长",
        "三年级", "3栋2单元", "电话027-88886666", "十四五规划", "二〇二四年", "周三", "初五", "之一", "其一", "2024-08-12",
        "比分3:1", "VIP3门诊", "三楼", "五级管家", "两委", "十分感动", "2024年以来", "十堰市", "一对一接诊", "1月17日", "12345",
        "版本1.2.3", "规划(2023—2027年)", "2023-2027年", "第2024号", "八项规定", "千方百计", "万家灯火", "千人", "四面八方",
        "18年6月1日", "民国38年", "109年3月", "10年期国债", "胜2负3", "上海“五个中心”建设", "“两个确立”", "6分13秒", "星期五", "下午3点", "3点意见", "五级管家", "三点五十分", "下午三点半",
    ])
    func noFigure(_ text: String) {
        #expect(figures(text) == [], "\(figures(text).map(\.text))")
    }

    @Test func decimalsReadExactly() throws {
        #expect(figures("0.3平方公里").first?.value == 0.3)
        #expect(figures("1.1万元").first?.value == 11_000)
    }
}

/// The lexicon entries, each doing what its note says.
@Suite struct FigureLexiconTests {
    @Test func tablesAreWellFormed() {
        let groups: [[String]] = [
            FigureLexicon.units.map(\.word), FigureLexicon.multipliers.map(\.word), FigureLexicon.nonFigureWords.map(\.word),
            FigureLexicon.falseQualifiers.map(\.word), FigureLexicon.blockingPredecessors.map(\.word),
            FigureLexicon.relativeDateFollowers.map(\.word), FigureLexicon.addressUnits.map(\.word),
            FigureLexicon.rangeConnectors.map(\.word), FigureLexicon.notUnitWords.map(\.word),
            FigureLexicon.qualifiers.map { $0.word + $0.position.rawValue },
        ]
        for words in groups {
            #expect(Set(words).count == words.count, "duplicates in \(words)")
            #expect(!words.contains(""))
        }
        let notes = FigureLexicon.units.map(\.note) + FigureLexicon.qualifiers.map(\.note) + FigureLexicon.multipliers.map(\.note)
            + FigureLexicon.nonFigureWords.map(\.note) + FigureLexicon.falseQualifiers.map(\.note)
            + FigureLexicon.notUnitWords.map(\.note)
        #expect(notes.allSatisfy { !$0.isEmpty })
        // Every address unit is a unit.
        #expect(Set(FigureLexicon.addressUnits.map(\.word)).isSubset(of: Set(FigureLexicon.units.map(\.word))))
    }

    @Test(arguments: FigureLexicon.units)
    func unitIsRead(_ unit: FigureLexicon.Unit) throws {
        let found = figures("共12\(unit.word)。")
        let m = try #require(found.first)
        #expect(found.count == 1 && m.value == 12 && m.text == "12" + unit.word)
        #expect(m.unit == (unit.reportedAs ?? unit.word))
    }

    @Test(arguments: FigureLexicon.qualifiers)
    func qualifierIsRead(_ q: FigureLexicon.QualifierWord) throws {
        let text: String
        switch q.position {
        case .prefix: text = "(\(q.word)12人)"
        case .infix: text = "(12\(q.word)人)"
        case .suffix: text = "(12年\(q.word))"
        }
        let m = try #require(figures(text).first)
        #expect(m.qualifier == q.qualifier && m.value == 12)
        #expect(text.contains(m.text) && m.text.contains(q.word))
    }

    @Test(arguments: FigureLexicon.falseQualifiers.map(\.word))
    func falseQualifierIsIgnored(_ word: String) throws {
        let m = try #require(figures("\(word)12人").first)
        #expect(m.qualifier == .exact && m.text == "12人")
    }

    @Test(arguments: FigureLexicon.multipliers)
    func multiplierIsFolded(_ m: FigureLexicon.Multiplier) throws {
        let f = try #require(figures("(3\(m.word)元)").first)
        #expect(f.value == 3 * m.value && f.unit == "元")
    }

    @Test(arguments: FigureLexicon.nonFigureWords.map(\.word))
    func nonFigureWord(_ word: String) {
        #expect(figures("(\(word))") == [])
    }

    @Test(arguments: FigureLexicon.blockingPredecessors.map(\.word))
    func blockedNumeral(_ word: String) {
        #expect(figures("\(word)12人") == [])
        #expect(figures("\(word)三人") == [])
    }

    @Test(arguments: FigureLexicon.relativeDateFollowers.map(\.word))
    func durationBecomesDate(_ word: String) {
        #expect(figures("两年\(word)") == [])
        #expect(figures("3个月\(word)") == [])
    }

    @Test(arguments: FigureLexicon.addressUnits.map(\.word))
    func addressUnit(_ word: String) {
        #expect(figures("3\(word)2单元") == [])
    }

    @Test(arguments: FigureLexicon.notUnitWords.map(\.word))
    func notAUnit(_ word: String) {
        #expect(figures("(3\(word))") == [])
    }

    @Test(arguments: FigureLexicon.rangeConnectors.map(\.word))
    func rangeConnector(_ word: String) throws {
        let m = try #require(figures("(3\(word)5名)").first)
        #expect(m.min == 3 && m.max == 5 && m.unit == "名")
    }

    @Test(arguments: FigureLexicon.notAboutAfterShangxia.map(\.word))
    func shangxiaWord(_ word: String) throws {
        let m = try #require(figures("(3名上下\(word))").first)
        #expect(m.qualifier == .exact && m.text == "3名")
    }
}
