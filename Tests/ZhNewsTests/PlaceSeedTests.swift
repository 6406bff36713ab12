import Foundation
import Testing
import ZhNews
@testable import ZhNewsExtractor
import ZhNewsModel
import ZhNewsTestSupport

/// Issue #7 on the seed pages: the places each page must yield, and the ones it must not.
@Suite("Place seeds")
struct PlaceSeedTests {
    static let extractor = PlaceExtractor()

    static func mentions(_ record: Record) -> [PlaceMention] {
        extractor.places(in: record.text, outlet: record.outlet)
    }

    /// An expected mention: its text, kind and code (nil: no code, e.g. a compound).
    struct Want: CustomTestStringConvertible, Sendable {
        var text: String
        var kind: PlaceMention.Kind
        var code: String?
        var testDescription: String { "\(text) \(kind.rawValue) \(code ?? "-")" }
    }

    static func expect(_ wants: [Want], in found: [PlaceMention], sourceLocation: SourceLocation = #_sourceLocation) {
        for want in wants {
            let matches = found.filter { $0.text == want.text }
            #expect(!matches.isEmpty, "missing \(want.text)", sourceLocation: sourceLocation)
            for match in matches {
                #expect(match.kind == want.kind && match.code == want.code && !match.ambiguous,
                        "\(want.text): got \(match.kind.rawValue) \(match.code ?? "nil")", sourceLocation: sourceLocation)
            }
        }
    }

    /// Spans are code-point offsets that slice the mention's own text.
    static func expectSpans(_ found: [PlaceMention], in text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(text.unicodeScalars)
        for m in found {
            #expect(m.start < m.end && m.end <= scalars.count, sourceLocation: sourceLocation)
            #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.text, sourceLocation: sourceLocation)
        }
    }

    @Test("000: 十堰市张湾区红卫街道 chain, its communities and compounds; no institutions")
    func seed000() throws {
        let record = try ZhNewsTestSupport.record("Fixtures/000_131cf33ef8afb27c.txt")
        let found = Self.mentions(record)
        Self.expect([
            Want(text: "十堰市", kind: .prefecture, code: "420300000000"), Want(text: "张湾区", kind: .county, code: "420303000000"),
            Want(text: "红卫街道", kind: .township, code: "420303002000"), Want(text: "界牌社区", kind: .community, code: "420303002005"),
            Want(text: "凯旋社区", kind: .community, code: "420303002008"), Want(text: "红河社区", kind: .community, code: "420303002009"),
            Want(text: "周家沟社区", kind: .community, code: "420303002002"),
            Want(text: "西城佳苑小区", kind: .compound, code: nil), Want(text: "永光新村小区", kind: .compound, code: nil),
        ], in: found)
        Self.expectSpans(found, in: record.text)
        let scalars = Array(record.text.unicodeScalars)
        for institution in ["湖北汽车工业学院", "东风公司", "湖北日报网"] {
            var ranges: [Range<Int>] = []
            var i = 0
            let word = Array(institution.unicodeScalars)
            while i + word.count <= scalars.count {
                if Array(scalars[i..<(i + word.count)]) == word { ranges.append(i..<(i + word.count)) }
                i += 1
            }
            #expect(!ranges.isEmpty)
            for range in ranges {
                #expect(!found.contains { $0.start < range.upperBound && range.lowerBound < $0.end }, "mention inside \(institution)")
            }
        }
        #expect(!found.contains { $0.text.hasPrefix("城佳苑") || $0.text == "和谐" || $0.text == "红河" || $0.text == "新兴社区" })
        #expect(found.first { $0.text == "界牌社区" }?.path == ["湖北省", "十堰市", "张湾区", "红卫街道", "界牌社区"])
    }

    @Test("002: 咸安区温泉街道 and its communities and compounds")
    func seed002() throws {
        let record = try ZhNewsTestSupport.record("Fixtures/002_adad61cd2cde84bc.txt")
        let found = Self.mentions(record)
        Self.expect([
            Want(text: "咸安区", kind: .county, code: "421202000000"), Want(text: "温泉街道", kind: .township, code: "421202001000"),
            Want(text: "南昌路社区", kind: .community, code: "421202001008"), Want(text: "学府社区", kind: .community, code: "421202001004"),
            Want(text: "花坛社区", kind: .community, code: "421202001007"),
            Want(text: "和谐小区", kind: .compound, code: nil), Want(text: "长乐小区", kind: .compound, code: nil),
            Want(text: "汇泉小区", kind: .compound, code: nil),
        ], in: found)
        #expect(found.first { $0.text == "咸安区" }?.path == ["湖北省", "咸宁市", "咸安区"])
        Self.expectSpans(found, in: record.text)
        // Institutions and common words.
        #expect(!found.contains { ["湖北", "南昌", "和谐", "共享花园"].contains($0.text) })
    }

    @Test("003: 武昌区中南路街道何家垅社区, its address and roads")
    func seed003() throws {
        let record = try ZhNewsTestSupport.record("Fixtures/003_dd8dcf3c6dc5b916.txt")
        let found = Self.mentions(record)
        Self.expect([
            Want(text: "武昌区", kind: .county, code: "420106000000"), Want(text: "中南路街道", kind: .township, code: "420106011000"),
            Want(text: "何家垅社区", kind: .community, code: "420106011012"),
            Want(text: "民主路727-8-1号", kind: .address, code: nil), Want(text: "民主三巷", kind: .road, code: nil),
            Want(text: "紫沙东路", kind: .road, code: nil),
        ], in: found)
        Self.expectSpans(found, in: record.text)
        #expect(!found.contains { $0.text == "武汉市" })   // 武汉市武房房屋管家置业有限公司 is a company
    }

    @Test("004: three articles, each on its own")
    func seed004() throws {
        let records = try ZhNewsTestSupport.records("Fixtures/004_53050bc7863aed82.txt")
        try #require(records.count == 3)
        let first = Self.mentions(records[0])
        Self.expect([
            Want(text: "张湾区", kind: .county, code: "420303000000"), Want(text: "汉江路街道", kind: .township, code: "420303004000"),
            Want(text: "六堰社区", kind: .community, code: "420303004001"),
            Want(text: "天沐园小区", kind: .compound, code: nil), Want(text: "锦华苑小区", kind: .compound, code: nil),
            Want(text: "金阳小区", kind: .compound, code: nil), Want(text: "黄石路", kind: .road, code: nil),
        ], in: first)
        #expect(!first.contains { $0.text == "黄石" || $0.text == "园小区" })
        let second = Self.mentions(records[1])
        Self.expect([
            Want(text: "车城路街道", kind: .township, code: "420303003000"), Want(text: "镜潭社区", kind: .community, code: "420303003002"),
            Want(text: "镜潭新村", kind: .compound, code: nil), Want(text: "28号楼", kind: .address, code: nil),
        ], in: second)
        #expect(Self.mentions(records[2]).isEmpty)   // 十堰市妇幼保健院 is a hospital
        for record in records { Self.expectSpans(Self.mentions(record), in: record.text) }
    }

    @Test("flattened pages: spans valid, Taiwan page yields no division")
    func flattened() throws {
        for page in FixturePaths.pages() where page.hasPrefix("Fixtures/flattened/") {
            for record in try ZhNewsTestSupport.records(page) {
                let found = Self.mentions(record)
                Self.expectSpans(found, in: record.text)
                if page.contains("taiwan") { #expect(!found.contains { $0.code != nil }) }
            }
        }
    }

    /// Every record of every fixture page, with its mentions (set ZHNEWS_PLACES_DUMP=1 to print them).
    /// A tool, not a check: it prints and cannot fail, so it shows as skipped unless asked for.
    @Test("dump (ZHNEWS_PLACES_DUMP=1)",
          .enabled(if: ProcessInfo.processInfo.environment["ZHNEWS_PLACES_DUMP"] != nil, "prints places only: set ZHNEWS_PLACES_DUMP=1"))
    func dump() throws {
        for page in FixturePaths.pages() where !page.contains("/encoding/") {
            for record in try ZhNewsTestSupport.records(page) {
                print("== \(page) outlet=\(record.outlet ?? "-")")
                for m in Self.mentions(record) {
                    print("  \(m.start)-\(m.end) \(m.text) [\(m.kind.rawValue)] \(m.name) \(m.code ?? "nil") \(m.path.joined(separator: "/"))\(m.ambiguous ? " AMBIGUOUS" : "")")
                }
            }
        }
    }
}
