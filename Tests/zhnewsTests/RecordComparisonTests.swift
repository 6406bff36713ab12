import Foundation
import Testing
import ZhNews
import ZhNewsModel
import ZhNewsTestSupport
@testable import zhnews

/// The pieces under `zhnews golden` and `zhnews diff`: JSON read and written back byte for byte,
/// the golden format, field changes and the paragraph diff.
@Suite("Record comparison")
struct RecordComparisonTests {
    @Test("a JSON line read and written again is the same bytes (escapes as the record writer writes them)")
    func roundTrip() throws {
        let line = #"{"schema":1,"id":"a\"b\\c/d","n":-1.5e3,"t":"一\n二\t\u0001\u0008","x":[true,false,null,{}],"e":[]}"#
        #expect(try JSONValue(parsing: line).compactJSON == line)
        #expect(try JSONValue(parsing: #"{"s":"\ud83d\ude00\/"}"#)["s"] == .string("😀/"))
        #expect(throws: (any Error).self) { try JSONValue(parsing: #"{"a":1,}"#) }
        #expect(throws: (any Error).self) { try JSONValue(parsing: #""\ud83d""#) }
    }

    @Test("the golden format: paragraphs and list items one per line, read back to the record written by extract")
    func goldenFormat() throws {
        let lines = try ZhNewsTestSupport.lines(forFixture: "Fixtures/html/credits-mainland.html")
        let text = try GoldenFormat().render(lines)
        #expect(text.contains("\n    \"text\": [\n      \"新华社"))
        #expect(text.contains("\n    \"bylines\": [\n      {\"role\": \"reporter\", \"label\": \"记者\", \"name\": \"邹多为\"},\n"))
        let back = try GoldenFormat.records(reading: text).map { $0.compactJSON + "\n" }.joined()
        #expect(back == (try JSONLinesFormat().render(lines)))
    }

    @Test("field changes: values, paragraphs, items added and removed, spans moved")
    func changes() throws {
        let old = try JSONValue(parsing: #"{"title":"甲","text":"一\n二\n三","dates":[{"text":"今年","start":1,"end":3,"value":"2024"}],"warnings":[]}"#)
        let new = try JSONValue(parsing: #"{"title":"乙","text":"零\n一\n二\n三","dates":[{"text":"今年","start":3,"end":5,"value":"2024"}],"warnings":[{"code":"time-limit","message":"cut"}]}"#)
        let changes = RecordComparison.changes(old: old, new: new)
        #expect(ChangeText.lines(changes) == [
            "title: \"甲\" → \"乙\"",
            "text:", "  @@ -1,1 +1,2 @@", "  +零", "   一",
            "dates: 1 span moved",
            "warnings: + time-limit cut",
        ])
        #expect(RecordComparison.changes(old: old, new: new, fields: FieldSelection(only: ["title"])).map(\.field) == ["title"])
        #expect(RecordComparison.changes(old: old, new: new, fields: FieldSelection(only: nil, ignored: ["title", "text", "dates", "warnings"])).isEmpty)
    }

    @Test("a record against an error record: the paragraphs as removed, not one long value")
    func errorRecord() throws {
        let record = try JSONValue(parsing: #"{"id":"a","title":"甲","text":"一\n二"}"#)
        let error = try JSONValue(parsing: #"{"id":"a","error":{"code":"empty"}}"#)
        #expect(ChangeText.lines(RecordComparison.changes(old: record, new: error)) == [
            "title: \"甲\" → (absent)", "text:", "  @@ -1,2 +0,0 @@", "  -一", "  -二", "error: (absent) → {\"code\": \"empty\"}",
        ])
    }

    @Test("a mention as a short line")
    func mentionLine() throws {
        let place = try JSONValue(parsing: #"{"text":"十堰市","start":45,"end":48,"kind":"prefecture","name":"十堰市","code":"420300000000","path":["湖北省","十堰市"],"ambiguous":false,"former":false,"candidates":null}"#)
        #expect(ChangeText.item(place) == "「十堰市」45–48 prefecture 十堰市 420300000000 湖北省/十堰市")
    }

    @Test("paragraph diff: hunks with one paragraph of context, far-apart changes in separate hunks")
    func paragraphDiff() {
        let old = ["a", "b", "c", "d", "e", "f", "g"]
        let new = ["a", "B", "c", "d", "e", "f", "g", "h"]
        #expect(ParagraphDiff.lines(old: old, new: new) == ["@@ -1,3 +1,3 @@", " a", "-b", "+B", " c", "@@ -7,1 +7,2 @@", " g", "+h"])
        #expect(ParagraphDiff.lines(old: old, new: old).isEmpty)
    }

    @Test("golden folder: the base is the folder holding the paths; goldens named by the path below it")
    func goldenFolder() {
        let folder = GoldenFolder(paths: ["Fixtures/html", "Fixtures/encoding/empty.txt"], golden: nil)
        #expect(folder.root.hasSuffix("Fixtures/golden"))
        #expect(folder.scopes == ["html", "encoding/empty.txt"])
        #expect(folder.relativeName(for: .file(path: "Fixtures/html/a.html", charset: nil)) == "html/a.html")
        // One folder of pages, goldens named beside it: names stay relative to the golden folder's parent.
        let named = GoldenFolder(paths: ["Fixtures/html"], golden: "Fixtures/golden")
        #expect(named.scopes == ["html"])
        #expect(named.relativeName(for: .file(path: "Fixtures/html/a.html", charset: nil)) == "html/a.html")
        // A golden folder whose parent holds no page (the test must not depend on where the clone lives).
        #expect(GoldenFolder(paths: ["Fixtures/html"], golden: "/zhnews-no-such-folder/goldens").scopes == [""])
    }
}
