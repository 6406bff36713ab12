import Foundation
import Testing
import ZhNewsModel
@testable import zhnews

/// `zhnews diff A.jsonl B.jsonl`, run as a user would.
@Suite("zhnews diff")
struct DiffCommandTests {
    /// Two runs in a temporary folder: A as extracted, B with a title changed, a paragraph
    /// removed, one record gone and one added.
    final class Runs {
        let directory: URL
        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhnews-diff-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let extract = try BatchCommandTests.run(["extract", "--quiet", "Fixtures/html/credits-mainland.html", "Fixtures/html/split-divs.html", "Fixtures/flattened/wechat-post.txt"])
            let a = extract.rawLines
            #expect(a.count == 3)
            var b = try a.map { try JSONValue(parsing: $0) }
            b[0] = b[0].setting("title", to: .string("新标题"))
            let paragraphs = b[1]["text"]!.stringValue!.split(separator: "\n").map(String.init)
            b[1] = b[1].setting("text", to: .string(paragraphs.dropFirst().joined(separator: "\n")))
            b[2] = b[2].setting("id", to: .string("elsewhere.txt"))
            try Data((a.joined(separator: "\n") + "\n").utf8).write(to: directory.appendingPathComponent("a.jsonl"))
            try Data(b.map { $0.compactJSON + "\n" }.joined().utf8).write(to: directory.appendingPathComponent("b.jsonl"))
        }
        deinit { try? FileManager.default.removeItem(at: directory) }
        func run(_ arguments: [String]) throws -> BatchCommandTests.Run { try BatchCommandTests.run(arguments, in: directory) }
    }

    @Test("the same run twice: no difference, exit 0")
    func same() throws {
        let runs = try Runs()
        let run = try runs.run(["diff", "a.jsonl", "a.jsonl"])
        #expect(run.status == 0)
        #expect(run.text == "zhnews diff: A 3 records, B 3: 3 unchanged, 0 changed, 0 only in A, 0 only in B\n")
    }

    @Test("text: per record and field, records only in one run, counts per field; exit 1")
    func text() throws {
        let runs = try Runs()
        let run = try runs.run(["diff", "a.jsonl", "b.jsonl"])
        #expect(run.status == 1)
        #expect(run.text.contains("changed  Fixtures/html/credits-mainland.html\n    title: \"多地推出夜间文旅消费新场景\" → \"新标题\"\n"))
        #expect(run.text.contains("changed  Fixtures/html/split-divs.html\n    text:\n      @@ -1,2 +1,1 @@\n      -"))
        #expect(run.text.contains("only in A  Fixtures/flattened/wechat-post.txt"))
        #expect(run.text.contains("only in B  elsewhere.txt"))
        #expect(run.text.hasSuffix("zhnews diff: A 3 records, B 3: 0 unchanged, 2 changed (title 1, text 1), 1 only in A, 1 only in B\n"))
        let ignoring = try runs.run(["diff", "--ignore", "title,text", "a.jsonl", "b.jsonl"])
        #expect(ignoring.text.contains("2 unchanged, 0 changed"))
    }

    @Test("markdown for a CI comment, and JSON")
    func formats() throws {
        let runs = try Runs()
        let markdown = try runs.run(["diff", "--format", "markdown", "a.jsonl", "b.jsonl"])
        #expect(markdown.status == 1)
        #expect(markdown.text.hasPrefix("### zhnews diff: 2 changed, 1 only in A, 1 only in B\n"))
        #expect(markdown.text.contains("| `title` | 1 |"))
        #expect(markdown.text.contains("```diff\n# title\n- \"多地推出夜间文旅消费新场景\"\n+ \"新标题\"\n```"))
        let json = try runs.run(["diff", "--format", "json", "a.jsonl", "b.jsonl"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        #expect(object["changed"] as? Int == 2)
        #expect(object["only_in_a"] as? [String] == ["Fixtures/flattened/wechat-post.txt"])
        #expect((object["fields"] as? [String: Int])?["text"] == 1)
    }

    @Test("usage errors and unreadable files exit 2", arguments: [
        ["diff", "a.jsonl"], ["diff", "--format", "html", "a.jsonl", "b.jsonl"], ["diff", "a.jsonl", "nowhere.jsonl"],
    ])
    func usage(arguments: [String]) throws {
        let runs = try Runs()
        #expect(try runs.run(arguments).status == 2)
    }
}
