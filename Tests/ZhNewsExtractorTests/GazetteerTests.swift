import Testing
@testable import ZhNewsExtractor

/// The embedded gazetteer: counts, codes, names, paths, normalisation and keys.
@Suite("Gazetteer")
struct GazetteerTests {
    static let gazetteer = Gazetteer.shared

    @Test("all rows load: 44,700 divisions + 27,349 Hubei level-5 units")
    func counts() {
        #expect(Self.gazetteer.unitCount == 44_700 + 27_349)
        #expect(Self.gazetteer.keyCount > 55_000)
    }

    @Test("code → display name and path (placeholders left out)", arguments: [
        ("420300000000", "十堰市", "湖北省/十堰市"),
        ("420303002000", "红卫街道", "湖北省/十堰市/张湾区/红卫街道"),
        ("420303002005", "界牌社区", "湖北省/十堰市/张湾区/红卫街道/界牌社区"),
        ("420303002002", "周家沟社区", "湖北省/十堰市/张湾区/红卫街道/周家沟社区"),
        ("420303003002", "镜潭社区", "湖北省/十堰市/张湾区/车城路街道/镜潭社区"),
        ("421202001000", "温泉街道", "湖北省/咸宁市/咸安区/温泉街道"),
        ("420106011012", "何家垅社区", "湖北省/武汉市/武昌区/中南路街道/何家垅社区"),
        ("110105000000", "朝阳区", "北京市/朝阳区"),
        ("429004000000", "仙桃市", "湖北省/仙桃市"),
    ])
    func names(code: String, name: String, path: String) throws {
        let unit = try #require(Self.gazetteer.unit(code: code))
        #expect(Self.gazetteer.name(unit) == name)
        #expect(Self.gazetteer.path(unit).joined(separator: "/") == path)
        #expect(Self.gazetteer.codeString(unit) == code)
    }

    @Test("keys: official, normalised, short and former names", arguments: [
        ("十堰市", "420300000000"), ("十堰", "420300000000"), ("湖北", "420000000000"), ("恩施", "422800000000"),
        ("襄樊", "420600000000"), ("界牌社区", "420303002005"), ("周家沟社区", "420303002002"), ("周家沟居委会", "420303002002"), ("镜潭社区", "420303003002"),
        ("红卫街道", "420303002000"), ("张湾区", "420303000000"),
    ])
    func keys(key: String, code: String) throws {
        let id = try #require(Self.gazetteer.index.key(ArraySlice(PlaceNames.scalars(key))))
        let codes = Self.gazetteer.entries(ofKey: id).map { Self.gazetteer.codeString($0.unit) }
        #expect(codes.contains(code))
    }

    @Test("placeholders and generic words are not keys", arguments: ["市辖区", "县", "省直辖县级行政区划", "街道", "城区", "开发区"])
    func notKeys(key: String) {
        #expect(Self.gazetteer.index.key(ArraySlice(PlaceNames.scalars(key))) == nil)
    }

    @Test("repeated names keep every division", arguments: [("城关镇", 88), ("新华街道", 27), ("朝阳区", 2)])   // 新华街道: +1 `…办事处`
    func repeated(name: String, count: Int) throws {
        let id = try #require(Self.gazetteer.index.key(ArraySlice(PlaceNames.scalars(name))))
        #expect(Set(Self.gazetteer.entries(ofKey: id).map(\.unit)).count >= count)
    }

    @Test("relatedness: shared prefix levels")
    func relatedness() throws {
        let g = Self.gazetteer
        let jiepai = try #require(g.unit(code: "420303002005"))
        let hongwei = try #require(g.unit(code: "420303002000"))
        let xianan = try #require(g.unit(code: "421202000000"))
        #expect(g.relatedness(jiepai, hongwei) == 4)
        #expect(g.relatedness(jiepai, xianan) == 1)
        #expect(g.isAncestor(hongwei, of: jiepai))
        #expect(!g.isAncestor(jiepai, of: hongwei))
    }

    @Test("name normalisation", arguments: [
        ("界牌社区居民委员会", 5, "界牌社区"), ("周家沟居委会", 5, "周家沟社区"), ("镜潭居委会（油坊院村）", 5, "镜潭社区"),
        ("幸福村村委会", 5, "幸福村"), ("幸福村委会", 5, "幸福村"), ("红河村村民委员会", 5, "红河村"),
        ("辛安渡办事处街道", 4, "辛安渡街道"), ("某某街道办事处", 4, "某某街道"), ("某某办事处", 4, "某某街道"), ("花楼街街道", 4, "花楼街街道"),
    ])
    func normalisation(official: String, level: Int, display: String) {
        let out = PlaceNames.display(PlaceNames.scalars(official), level: level)
        #expect(String(String.UnicodeScalarView(out.compactMap(Unicode.Scalar.init))) == display)
    }
}
