import Foundation
import Testing
import ZhNews
import ZhNewsModel

/// The record contract: key order, nulls, escaping, and round trips through Codable.
@Suite("Record schema v1")
struct RecordSchemaTests {
    static let sample = Record(
        id: "a/b.html", input: InputInfo(path: "a/b.html", format: .html, encoding: "UTF-8", encodingSource: .declared),
        title: "标题 \"引号\"\n换行", published: "2024-08-12T17:55:00+08:00", outlet: "荆楚网",
        bylines: [Byline(role: .reporter, label: "记者", name: "张世鑫")], script: .hans, text: "正文/一\n正文二",
        figures: [FigureMention(text: "1万余元", start: 0, end: 5, value: 10000, unit: "元", qualifier: .over)],
        warnings: [Warning(code: "x", message: "y")]
    )

    @Test("keys come in the documented order, absent values as null")
    func keyOrder() throws {
        let line = try JSONLines.json(for: Self.sample)
        let keys = ["schema", "id", "input", "title", "kicker", "subtitle", "published", "outlet", "bylines", "script", "text", "dates", "places", "world_places", "figures", "warnings"]
        var position = line.startIndex
        for key in keys {
            let range = try #require(line.range(of: "\"\(key)\":", range: position..<line.endIndex), "\(key) missing or out of order")
            position = range.upperBound
        }
        #expect(line.contains("\"kicker\":null"))
        #expect(line.hasPrefix("{\"schema\":1,\"id\":\"a/b.html\",\"input\":{\"path\":\"a/b.html\",\"url\":null,\"format\":\"html\""))
    }

    @Test("Chinese and slashes are written as is; quotes and newlines escaped; one line")
    func escaping() throws {
        let line = try JSONLines.line(for: Self.sample)
        #expect(line.contains("\"title\":\"标题 \\\"引号\\\"\\n换行\""))
        #expect(line.contains("正文/一\\n正文二"))
        #expect(line.filter { $0 == "\n" }.count == 1 && line.hasSuffix("\n"))
        #expect(line.contains("\"value\":10000,"))
    }

    @Test("a written record decodes back to the same value")
    func roundTrip() throws {
        let data = Data(try JSONLines.json(for: Self.sample).utf8)
        let decoded = try JSONDecoder().decode(Record.self, from: data)
        #expect(decoded == Self.sample)
    }

    @Test("an error record has schema, id, input and error, nothing else")
    func errorRecord() throws {
        let error = ErrorRecord(id: "x", input: InputInfo(path: "x"), error: .init(code: "not-found", message: "no such file"))
        let json = try JSONLines.json(for: OutputLine.error(error))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["schema", "id", "input", "error"])
        #expect(json.hasPrefix("{\"schema\":1,\"id\":\"x\",\"input\":"))
    }

    @Test("control characters are escaped as \\u00XX")
    func controlCharacters() throws {
        let json = try JSONLines.json(for: ["a\u{0}b\u{1F}"])
        #expect(json == "[\"a\\u0000b\\u001f\"]")
    }

    @Test("mentions write every key, absent values as null")
    func mentionNulls() throws {
        let place = PlaceMention(text: "城关镇", start: 0, end: 3, kind: .township, name: "城关镇", code: nil, path: [], ambiguous: true)
        #expect(try JSONLines.json(for: place) == "{\"text\":\"城关镇\",\"start\":0,\"end\":3,\"kind\":\"township\",\"name\":\"城关镇\",\"code\":null,\"path\":[],\"ambiguous\":true,\"former\":false,\"candidates\":null}")
        let date = DateMention(text: "近日", start: 0, end: 2, value: nil, precision: nil, relative: false)
        #expect(try JSONLines.json(for: date) == "{\"text\":\"近日\",\"start\":0,\"end\":2,\"value\":null,\"precision\":null,\"relative\":false,\"range\":null}")
        let figure = FigureMention(text: "16.4亿", start: 0, end: 5, value: 1.64e9, unit: nil, qualifier: .exact)
        #expect(try JSONLines.json(for: figure) == "{\"text\":\"16.4亿\",\"start\":0,\"end\":5,\"value\":1640000000,\"unit\":null,\"qualifier\":\"exact\",\"min\":null,\"max\":null}")
    }
}
