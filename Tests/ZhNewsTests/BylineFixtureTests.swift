import Testing
import ZhNews
import ZhNewsModel
import ZhNewsTestSupport

/// Whole pages whose credits take the forms the Chinese-language press prints (`Fixtures/html/credits-*`,
/// `Fixtures/flattened/credits-cna.txt`, written for these tests): the bylines, outlet and text a
/// careful reader takes from them, the same under `--script keep` as under the default (names then
/// come back in the page's script).
@Suite("Byline fixture pages")
struct BylineFixtureTests {
    static let keepScript = Pipeline(options: PipelineOptions(outputScript: .keep))

    static func record(_ path: String, _ pipeline: Pipeline) throws -> Record {
        let lines = try ZhNewsTestSupport.lines(forFixture: path, pipeline: pipeline)
        guard lines.count == 1, case .record(let record) = lines[0] else { throw TestFailure("expected one record for \(path)") }
        return record
    }

    static func bylines(_ record: Record) -> [String] {
        record.bylines.map { "\($0.role.rawValue):\($0.name)" }
    }

    @Test("Taiwan portal: 〔記者…／台北報導〕, source-credit captions, （編輯：…）1120823")
    func taiwan() throws {
        let simplified = try Self.record("Fixtures/html/credits-taiwan.html", ZhNewsTestSupport.pipeline)
        let kept = try Self.record("Fixtures/html/credits-taiwan.html", Self.keepScript)
        // No photographer named 翻攝自抖音 or 台北市政府: those captions credit a source.
        #expect(Self.bylines(simplified) == ["reporter:吴柏轩", "editor:李亨山"])
        #expect(Self.bylines(kept) == ["reporter:吳柏軒", "editor:李亨山"])
        #expect(kept.bylines.first?.label == "記者")
        // The outlet named only by og:site_name follows the output script.
        #expect(simplified.outlet == "自由时报电子报")
        #expect(kept.outlet == "自由時報電子報")
        for record in [simplified, kept] {
            #expect(!record.text.contains("1120823"))
            #expect(!record.text.contains("李亨山"))
            #expect(record.text.hasPrefix("〔"))  // the lead keeps its credit
        }
    }

    @Test("mainland portal: wire lead, 来源 with glued link text, 本文来源… 作者… line, Xinhua footer")
    func mainland() throws {
        for pipeline in [ZhNewsTestSupport.pipeline, Self.keepScript] {
            let record = try Self.record("Fixtures/html/credits-mainland.html", pipeline)
            #expect(record.outlet == "求是网")
            #expect(Self.bylines(record) == [
                "reporter:邹多为", "reporter:唐诗凝", "author:何苗", "author:张梦洁",
                "responsible-editor:NF055", "responsible-editor:刘笑冬",
            ])
            #expect(!record.text.contains("本文来源"))
            #expect(!record.text.contains("纠错"))
            #expect(record.text.hasPrefix("新华社北京5月13日电（记者邹多为、唐诗凝）"))
        }
    }

    @Test("flattened CNA story: （中央社記者…台北23日電） lead names reporter and outlet")
    func cna() throws {
        let simplified = try Self.record("Fixtures/flattened/credits-cna.txt", ZhNewsTestSupport.pipeline)
        let kept = try Self.record("Fixtures/flattened/credits-cna.txt", Self.keepScript)
        #expect(Self.bylines(simplified) == ["reporter:沈佩瑶", "editor:卓冠齐"])
        #expect(Self.bylines(kept) == ["reporter:沈佩瑤", "editor:卓冠齊"])
        #expect(simplified.outlet == "中央社")
        #expect(kept.outlet == "中央社")
        #expect(!simplified.text.contains("1120823"))
    }
}
