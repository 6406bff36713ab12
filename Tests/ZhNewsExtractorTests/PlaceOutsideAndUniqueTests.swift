import Testing
@testable import ZhNewsExtractor
import ZhNewsModel

/// Issue #20: unique names resolve alone, former names anywhere, address chains before
/// institutions, Hong Kong / Macau / Taiwan, countries and foreign cities.
@Suite("Places: unique names, former names, Hong Kong, Macau, Taiwan, the world")
struct PlaceOutsideAndUniqueTests {
    static let extractor = PlaceExtractor()

    struct Want: CustomTestStringConvertible, Sendable {
        var input: String
        var text: String
        var kind: PlaceMention.Kind
        var code: String?
        var ambiguous = false
        var path: [String]? = nil
        var former: Bool? = nil
        var testDescription: String { "\(input) → \(text)" }
    }

    @Test("each name as stated", arguments: [
        // A county-level name unique nationwide resolves without context.
        Want(input: "义乌市小商品城人头攒动。", text: "义乌市", kind: .county, code: "330782000000"),
        Want(input: "去满洲里市旅游。", text: "满洲里市", kind: .county, code: "150781000000"),
        Want(input: "格尔木市迎来降雪。", text: "格尔木市", kind: .county, code: "632801000000"),
        Want(input: "浦东新区发布新政。", text: "浦东新区", kind: .county, code: "310115000000"),
        // Truly shared names stay ambiguous.
        Want(input: "鼓楼区发布通知。", text: "鼓楼区", kind: .county, code: nil, ambiguous: true),
        Want(input: "朝阳区发布通知。", text: "朝阳区", kind: .county, code: nil, ambiguous: true),
        // Former names, alone, before 市, inside an address.
        Want(input: "他在思茅工作多年。", text: "思茅", kind: .prefecture, code: "530800000000", former: true),
        Want(input: "思茅市的咖啡很有名。", text: "思茅市", kind: .prefecture, code: "530800000000", former: true),
        Want(input: "云南省思茅市翠云区", text: "思茅市", kind: .prefecture, code: "530800000000", former: true),
        Want(input: "湖北省襄樊市樊城区", text: "襄樊市", kind: .prefecture, code: "420600000000", former: true),
        Want(input: "襄樊的朋友来了。", text: "襄樊", kind: .prefecture, code: "420600000000", former: true),
        // An address chain before an institution is still an address.
        Want(input: "广东省天河区某某医院", text: "天河区", kind: .county, code: "440106000000", path: ["广东省", "广州市", "天河区"]),
        Want(input: "广东省天河区某某医院", text: "广东省", kind: .province, code: "440000000000"),
        // Hong Kong, Macau, Taiwan: kind, name, path; codes for the three regions only.
        Want(input: "香港特别行政区新界沙田区", text: "沙田区", kind: .county, code: nil, path: ["香港特别行政区", "新界", "沙田区"]),
        Want(input: "香港昨日天晴。", text: "香港", kind: .province, code: "810000000000", path: ["香港特别行政区"]),
        Want(input: "香港屯门的居民", text: "屯门", kind: .county, code: nil, path: ["香港特别行政区", "新界", "屯门区"]),
        Want(input: "台北与高雄都下了雨。", text: "台北", kind: .prefecture, code: nil, path: ["台湾省", "台北市"]),
        Want(input: "台北与高雄都下了雨。", text: "高雄", kind: .prefecture, code: nil, path: ["台湾省", "高雄市"]),
        Want(input: "台湾的选举", text: "台湾", kind: .province, code: "710000000000"),
        Want(input: "澳门的赌场", text: "澳门", kind: .province, code: "820000000000"),
        Want(input: "台北市士林的夜市", text: "士林", kind: .county, code: nil, path: ["台湾省", "台北市", "士林区"]),
    ])
    func name(_ want: Want) {
        let found = Self.extractor.places(in: want.input, outlet: nil)
        let match = found.first { $0.text == want.text }
        #expect(match != nil, "missing \(want.text) in \(found.map(\.text))")
        guard let match else { return }
        #expect(match.kind == want.kind)
        #expect(match.code == want.code)
        #expect(match.ambiguous == want.ambiguous)
        if let path = want.path { #expect(match.path == path) }
        if let former = want.former { #expect(match.former == former) }
    }

    @Test("traditional forms read once folded (the pipeline's default and --script keep)")
    func traditional() {
        let found = Self.extractor.places(in: ScriptFold.fold("臺北市和香港屯門區"), outlet: nil)
        #expect(found.map(\.name) == ["台北市", "香港特别行政区", "屯门区"])
    }

    @Test("a village or community named alone is ambiguous, with no code; under its parent it is placed")
    func levelFiveAlone() {
        let alone = Self.extractor.places(in: "记者走进柳树湾村，村民正在春耕。", outlet: nil)
        #expect(alone.map(\.kind) == [.village])
        #expect(alone.first?.ambiguous == true && alone.first?.code == nil && alone.first?.path == [])
        let placed = Self.extractor.places(in: "十堰市张湾区红卫街道凯旋社区的居民参加了活动。", outlet: nil)
        let community = placed.first { $0.kind == .community }
        #expect(community?.ambiguous == false)
        #expect(community?.code != nil || community?.path.isEmpty == false)
    }

    @Test("a Taiwan township's short name alone is no place (`成功`, `三重` are words)")
    func taiwanShortNames() {
        #expect(Self.extractor.places(in: "台湾选手成功卫冕，三重奏响起。", outlet: nil).map(\.text) == ["台湾"])
    }

    @Test("countries and foreign cities go to world places with ISO codes, never to places")
    func world() {
        let reading = Self.extractor.read("中国代表团抵达巴西利亚，随后前往巴黎和美利坚合众国。朝鲜族舞蹈。", outlet: nil)
        #expect(reading.places.isEmpty, "\(reading.places.map(\.mention.text))")
        #expect(reading.world.map(\.text) == ["中国", "巴西利亚", "巴黎", "美利坚合众国"])
        #expect(reading.world.map(\.iso) == ["CN", "BR", "FR", "US"])
        #expect(reading.world.map(\.kind) == [.country, .city, .city, .country])
        #expect(reading.world.last?.name == "美国")
    }
}
