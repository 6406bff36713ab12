import Foundation
import Testing
@testable import ZhNewsExtractor
import ZhNewsModel

/// Issue #7 rules, table-driven: chains, short and former names, ambiguity, guards, patterns,
/// and text that must yield nothing.
@Suite("Place extractor")
struct PlaceExtractorTests {
    static let extractor = PlaceExtractor()

    /// One expected mention: surface, kind, code (nil = no code), ambiguous.
    struct Want: CustomTestStringConvertible, Sendable {
        var text: String
        var kind: PlaceMention.Kind
        var code: String?
        var ambiguous = false
        var testDescription: String { "\(text) \(kind.rawValue) \(code ?? "nil")\(ambiguous ? " ambiguous" : "")" }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var input: String
        var outlet: String? = nil
        var wants: [Want]
        var testDescription: String { input }
    }

    static func check(_ item: Case) {
        let found = extractor.places(in: item.input, outlet: item.outlet)
        for want in item.wants {
            let match = found.first { $0.text == want.text }
            #expect(match != nil, "missing \(want.text) in \(found.map(\.text))")
            guard let match else { continue }
            #expect(match.kind == want.kind, "\(want.text)")
            #expect(match.code == want.code, "\(want.text)")
            #expect(match.ambiguous == want.ambiguous, "\(want.text)")
        }
    }

    @Test("full, short and former names; chains", arguments: [
        Case(input: "在十堰市张湾区红卫街道界牌社区，", wants: [
            Want(text: "十堰市", kind: .prefecture, code: "420300000000"), Want(text: "张湾区", kind: .county, code: "420303000000"),
            Want(text: "红卫街道", kind: .township, code: "420303002000"), Want(text: "界牌社区", kind: .community, code: "420303002005"),
        ]),
        Case(input: "湖北十堰的山水。", wants: [
            Want(text: "湖北", kind: .province, code: "420000000000"), Want(text: "十堰", kind: .prefecture, code: "420300000000"),
        ]),
        Case(input: "恩施的茶叶很有名。", wants: [Want(text: "恩施", kind: .prefecture, code: "422800000000")]),
        Case(input: "他1990年代在襄樊工作。", wants: [Want(text: "襄樊", kind: .prefecture, code: "420600000000")]),
        Case(input: "红卫街道界牌社区居民委员会发布通知。", wants: [
            Want(text: "界牌社区居民委员会", kind: .community, code: "420303002005"),
        ]),
        Case(input: "红卫街道周家沟居委会和幸福村村委会", wants: [
            Want(text: "周家沟居委会", kind: .community, code: "420303002002"),
        ]),
        Case(input: "张湾区车城路街道镜潭社区", wants: [Want(text: "镜潭社区", kind: .community, code: "420303003002")]),
        Case(input: "来自南昌的游客。", wants: [Want(text: "南昌", kind: .prefecture, code: "360100000000")]),
    ])
    func names(_ item: Case) { Self.check(item) }

    @Test("ambiguity resolved from the text, the chain or the outlet — or left ambiguous", arguments: [
        Case(input: "城关镇举行运动会。", wants: [Want(text: "城关镇", kind: .township, code: nil, ambiguous: true)]),
        Case(input: "朝阳区发布通知。", wants: [Want(text: "朝阳区", kind: .county, code: nil, ambiguous: true)]),
        Case(input: "北京市朝阳区发布通知。", wants: [Want(text: "朝阳区", kind: .county, code: "110105000000")]),
        Case(input: "长春市朝阳区发布通知。", wants: [Want(text: "朝阳区", kind: .county, code: "220104000000")]),
        Case(input: "北京朝阳区", wants: [Want(text: "朝阳区", kind: .county, code: "110105000000")]),
        Case(input: "记者来到北京。朝阳区发布通知。", wants: [Want(text: "朝阳区", kind: .county, code: "110105000000")]),
        Case(input: "温泉街道开展活动。", wants: [Want(text: "温泉街道", kind: .township, code: nil, ambiguous: true)]),
        Case(input: "温泉街道开展活动。", outlet: "咸宁日报", wants: [Want(text: "温泉街道", kind: .township, code: "421202001000")]),
        Case(input: "咸安区温泉街道开展活动。学府社区也参加。", wants: [
            Want(text: "温泉街道", kind: .township, code: "421202001000"), Want(text: "学府社区", kind: .community, code: "421202001004"),
        ]),
        Case(input: "学府社区开展活动。", wants: [Want(text: "学府社区", kind: .community, code: nil, ambiguous: true)]),
        Case(input: "红卫街道凯旋社区", outlet: "荆楚网", wants: [Want(text: "凯旋社区", kind: .community, code: "420303002008")]),
        // Issue #20: a county-level name unique nationwide resolves alone (issue #7 left it without a code).
        Case(input: "南湖区召开会议。", wants: [Want(text: "南湖区", kind: .county, code: "330402000000")]),
        Case(input: "浙江省嘉兴市南湖区召开会议。", wants: [Want(text: "南湖区", kind: .county, code: "330402000000")]),
    ])
    func ambiguity(_ item: Case) { Self.check(item) }

    @Test("communities, compounds, roads, addresses", arguments: [
        Case(input: "西城佳苑小区作为典范。", wants: [Want(text: "西城佳苑小区", kind: .compound, code: nil)]),
        Case(input: "六堰社区在天沐园小区举办宣传会", wants: [Want(text: "天沐园小区", kind: .compound, code: nil)]),
        Case(input: "凯旋社区永光新村小区始建于上世纪", wants: [Want(text: "永光新村小区", kind: .compound, code: nil)]),
        Case(input: "走进南昌路社区的和谐小区，", wants: [Want(text: "和谐小区", kind: .compound, code: nil)]),
        Case(input: "何家垅社区位于民主路727-8-1号，东至民主三巷，西至紫沙东路。", wants: [
            Want(text: "民主路727-8-1号", kind: .address, code: nil), Want(text: "民主三巷", kind: .road, code: nil),
            Want(text: "紫沙东路", kind: .road, code: nil),
        ]),
        Case(input: "在小区28号楼旁边", wants: [Want(text: "28号楼", kind: .address, code: nil)]),
        Case(input: "改造黄石路供水管网", wants: [Want(text: "黄石路", kind: .road, code: nil)]),
        Case(input: "上海的陕西南路很热闹", wants: [Want(text: "陕西南路", kind: .road, code: nil)]),
        // 大坪乡 is shared (six townships), so its village cannot be placed either.
        Case(input: "大坪乡柳树湾村村民说", wants: [Want(text: "柳树湾村", kind: .village, code: nil, ambiguous: true)]),
        Case(input: "建设路（人民路至五一路段）正在施工", wants: [
            Want(text: "建设路", kind: .road, code: nil), Want(text: "人民路", kind: .road, code: nil), Want(text: "五一路", kind: .road, code: nil),
        ]),
    ])
    func patterns(_ item: Case) { Self.check(item) }

    @Test("nothing here is a place", arguments: [
        "来自湖北汽车工业学院的老师", "湖北科技学院青辅学堂", "东风公司退休职工", "营造了和谐共治的氛围", "从老旧小区到新兴社区",
        "该小区在探索无物业自治", "道路整洁，楼栋错落有致", "背街小巷多建于上世纪", "十堰市妇幼保健院为满足需求",
        "一路平安", "探索新路径", "全县186个行政村实现供水", "清河大桥往龙湾方向", "江城首条跨江观光索道", "南湖区是江城老城区的一部分，",
        "定期遍访小区居民", "人大代表进社区", "小区一隅的共享花园内", "公园东侧新设的雨水花园", "沿河的特色小吃街人气火爆",
    ])
    func nothing(_ input: String) {
        let found = Self.extractor.places(in: input, outlet: nil).filter { $0.text != "南湖区" }
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    @Test("the 红河 of 红河社区 is only part of the community")
    func partOfCommunity() {
        let found = Self.extractor.places(in: "十堰市张湾区红卫街道，新成立的红河社区正以实际行动", outlet: nil)
        #expect(found.map(\.text) == ["十堰市", "张湾区", "红卫街道", "红河社区"])
        #expect(found.last?.code == "420303002009")
    }

    @Test("spans count Unicode code points; the former-name flag")
    func spansAndFlags() throws {
        let text = "😀在十堰市，𠀀襄樊"
        let found = Self.extractor.hits(in: text, outlet: nil)
        let shiyan = try #require(found.first { $0.mention.text == "十堰市" })
        #expect(shiyan.mention.start == 2 && shiyan.mention.end == 5)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[shiyan.mention.start..<shiyan.mention.end])) == "十堰市")
        let xiangfan = try #require(found.first { $0.mention.text == "襄樊" })
        #expect(xiangfan.former && xiangfan.mention.name == "襄阳市" && xiangfan.mention.path == ["湖北省", "襄阳市"])
        #expect(!shiyan.former)
    }

    @Test("the record's former and candidates (ambiguous only)", arguments: [
        ("他1990年代在襄樊工作。", "襄樊", "420600000000", true, nil),
        ("湖北省襄樊市", "襄樊市", "420600000000", true, nil),
        ("在十堰市，", "十堰市", "420300000000", false, nil),
        ("朝阳区发布通知。", "朝阳区", nil, false, 2),
        ("北京市朝阳区发布通知。", "朝阳区", "110105000000", false, nil),
        ("城关镇举行运动会。", "城关镇", nil, false, 88),
        ("湖北省城关镇举行运动会。", "城关镇", nil, false, 11),   // the chain leaves Hubei's 11 of the 88
        ("学府社区开展活动。", "学府社区", nil, false, 4),
        ("西城佳苑小区作为典范。", "西城佳苑小区", nil, false, nil),
    ] as [(String, String, String?, Bool, Int?)])
    func formerAndCandidates(input: String, text: String, code: String?, former: Bool, candidates: Int?) throws {
        let hits = Self.extractor.hits(in: input, outlet: nil)
        let hit = try #require(hits.first { $0.mention.text == text }, "\(hits.map(\.mention.text))")
        let mention = hit.mention
        #expect(mention.code == code)
        #expect(mention.former == former)
        #expect(hit.former == former)
        #expect(mention.candidates == candidates)
        #expect(mention.ambiguous == (candidates != nil))
        if let candidates { #expect(hit.candidates >= candidates) }
    }

    @Test("former and candidates are written after ambiguous, null when absent")
    func formerAndCandidatesJSON() throws {
        let xiangfan = try #require(Self.extractor.places(in: "他在襄樊工作。", outlet: nil).first)
        #expect(try JSONLines.json(for: xiangfan).hasSuffix(#""path":["湖北省","襄阳市"],"ambiguous":false,"former":true,"candidates":null}"#))
        let chaoyang = try #require(Self.extractor.places(in: "朝阳区发布通知。", outlet: nil).first)
        #expect(try JSONLines.json(for: chaoyang).hasSuffix(#""code":null,"path":[],"ambiguous":true,"former":false,"candidates":2}"#))
        // Records written before the two keys existed still decode.
        let old = #"{"text":"城关镇","start":0,"end":3,"kind":"township","name":"城关镇","code":null,"path":[],"ambiguous":true}"#
        let decoded = try JSONDecoder().decode(PlaceMention.self, from: Data(old.utf8))
        #expect(!decoded.former && decoded.candidates == nil)
    }

    @Test("every span slices its own text", arguments: ["十堰市张湾区红卫街道界牌社区", "咸安区温泉街道南昌路社区的和谐小区"])
    func spans(_ input: String) {
        let scalars = Array(input.unicodeScalars)
        for m in Self.extractor.places(in: input, outlet: nil) {
            #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.text)
        }
    }
}
