import Foundation
import Testing
import ZhNewsModel
import ZhNewsTestSupport
@testable import zhnews

/// `zhnews score` and the dev-set measures it computes.
@Suite("zhnews score")
struct ScoreCommandTests {
    /// Gold files for two fixture pages, made from their goldens (so they score 1), in a temporary folder.
    final class Gold {
        let directory: URL
        var gold: URL { directory.appendingPathComponent("gold") }
        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhnews-score-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
            for page in ["html/credits-mainland.html", "html/split-divs.html"] {
                let golden = try String(contentsOf: FixturePaths.goldens.appendingPathComponent(page + ".json"), encoding: .utf8)
                let record = try #require(try GoldenFormat.records(reading: golden).first)
                let authors = (record["bylines"]?.arrayValue ?? []).filter { DevsetMetrics.authorRoles.contains($0["role"]?.stringValue ?? "") }.compactMap { $0["name"] }
                let gold = JSONValue.object([
                    JSONMember(key: "title", value: record["title"]!),
                    JSONMember(key: "published", value: record["published"]!),
                    JSONMember(key: "authors", value: .array(authors)),
                    JSONMember(key: "body", value: .array(record["text"]!.stringValue!.split(separator: "\n").map { .string(String($0)) })),
                ])
                let name = ((page as NSString).lastPathComponent as NSString).deletingPathExtension
                try Data(gold.compactJSON.utf8).write(to: self.gold.appendingPathComponent(name + ".json"))
            }
        }
        deinit { try? FileManager.default.removeItem(at: directory) }
    }

    @Test("pages scored against gold made from their own records: every measure 1, per page and per family")
    func pagesScorePerfectly() throws {
        let gold = try Gold()
        let run = try BatchCommandTests.run(["score", "--gold", gold.gold.path, "Fixtures/html/credits-mainland.html", "Fixtures/html/split-divs.html"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.text.contains("credits-mainland           1.000   1.000  1.000    ok    ok    ok  1.00\n"))
        #expect(run.text.contains("split        1   1.000  1.000  1.000"))
        #expect(run.text.hasSuffix("pages 2: body P 1.000 R 1.000 F1 1.000 | title exact 1.000 (spaces ignored 1.000) | date 1.000 (2) | date+time 1.000 (2) | author F1 1.000\n"), "\(run.text)")
    }

    @Test("gold files no input scored are noted (and do not count)")
    func goldWithoutPage() throws {
        let gold = try Gold()
        let run = try BatchCommandTests.run(["score", "--quiet", "--gold", gold.gold.path, "Fixtures/html/credits-mainland.html"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("note: 1 gold file without a page among the inputs (not scored): split-divs"))
        #expect(run.text.hasSuffix("pages 1: body P 1.000 R 1.000 F1 1.000 | title exact 1.000 (spaces ignored 1.000) | date 1.000 (1) | date+time 1.000 (1) | author F1 1.000\n"))
    }

    @Test("records instead of pages; a page without gold is reported and exit 1; --json")
    func recordsAndJSON() throws {
        let gold = try Gold()
        let extract = try BatchCommandTests.run(["extract", "--quiet", "Fixtures/html/credits-mainland.html", "Fixtures/html/split-divs.html", "Fixtures/html/long-related.html"])
        let records = gold.directory.appendingPathComponent("r.jsonl")
        try extract.stdout.write(to: records)
        let run = try BatchCommandTests.run(["score", "--gold", gold.gold.path, "--json", records.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no gold at \(gold.gold.path)/long-related.json (not scored)"))
        let object = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        #expect((object["pages"] as? [[String: Any]])?.count == 2)
        #expect((object["all"] as? [String: Any])?["body_f1"] as? Double == 1.0)
    }

    @Test("usage errors exit 2", arguments: [["score", "Fixtures/html"], ["score", "--gold", "/nonexistent", "Fixtures/html"], ["score", "--gold", "Fixtures", "a.jsonl", "Fixtures/html"]])
    func usage(arguments: [String]) throws {
        #expect(try BatchCommandTests.run(arguments).status == 2)
    }

    // MARK: Measures

    @Test("body: letters and digits counted, punctuation and space ignored, scripts folded")
    func body() {
        let score = DevsetMetrics.body(gold: ["記者報導：今年 3 月。"], text: "记者报导今年3月，另外")
        #expect(score.recall == 1.0)
        #expect(score.precision == 8.0 / 10.0)  // 另外 is not in the gold; ，and spaces are not counted
        #expect(DevsetMetrics.body(gold: [], text: nil) == (1.0, 1.0, 1.0))
        #expect(DevsetMetrics.body(gold: ["正文"], text: nil) == (0.0, 0.0, 0.0))
    }

    @Test("title: exact after folding and collapsing white space (Python's \\s, \\u3000 included)")
    func title() {
        #expect(DevsetMetrics.titleMatches(gold: "多地項目　連環爆雷  狂奔", got: " 多地项目 连环爆雷 狂奔\n"))
        #expect(!DevsetMetrics.titleMatches(gold: "多地项目连环爆雷", got: "多地项目 连环爆雷"))
    }

    @Test("title with spaces ignored: a renderer's deleted space is forgiven, a wrong line is not")
    func titleIgnoringSpaces() {
        #expect(DevsetMetrics.titleMatchesIgnoringSpaces(gold: "多地项目 连环爆雷", got: "多地項目連環爆雷"))
        #expect(!DevsetMetrics.titleMatchesIgnoringSpaces(gold: "多地项目 连环爆雷", got: "多地项目"))
    }

    @Test("published: date; date and time at the gold's precision; zones only when both give one", arguments: [
        ("2024-05-13", "2024-05-13T12:03:10+08:00", true as Bool?, nil as Bool?),
        ("2024-05-13T12:03", "2024-05-13T12:03:10+08:00", true, true),
        ("2024-05-13T12:03:10", "2024-05-13T12:03+08:00", true, false),
        ("2024-05-13T12:03:00", "2024-05-13T12:03", true, true),
        ("2024-05-13T12:03+08:00", "2024-05-13T12:03Z", true, false),
        ("2024-05-13T12:03+08:00", "2024-05-13T12:03", true, true),
        ("2024-05-13T12:03", "2024-05-14T12:03", false, false),
        ("2024-05-13T12:03", nil, false, false),
    ] as [(String, String?, Bool?, Bool?)])
    func published(gold: String, got: String?, date: Bool?, dateTime: Bool?) {
        let result = DevsetMetrics.published(gold: gold, got: got)
        #expect(result.date == date)
        #expect(result.dateTime == dateTime)
    }

    @Test("authors: set F1 over author roles, scripts folded; editors are not authors")
    func authors() {
        let bylines: [(role: String, name: String)] = [("reporter", "吴柏轩"), ("responsible-editor", "王五"), ("author", "李四")]
        #expect(DevsetMetrics.authors(gold: ["吳柏軒", "张三"], bylines: bylines) == 0.5)
        #expect(DevsetMetrics.authors(gold: [], bylines: [("responsible-editor", "王五")]) == 1.0)
    }
}
