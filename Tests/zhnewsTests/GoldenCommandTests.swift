import Foundation
import Testing
import ZhNewsModel
import ZhNewsTestSupport
@testable import zhnews

/// `zhnews golden record` and `check` on a folder of pages, run as a user would: a changed title,
/// a removed paragraph, a new page and a missing page, and the exit statuses.
@Suite("zhnews golden")
struct GoldenCommandTests {
    /// A folder `site/` holding three fixture pages, with goldens recorded; removed at the end.
    final class Site {
        let directory: URL
        var site: URL { directory.appendingPathComponent("site") }
        var goldens: URL { site.appendingPathComponent("golden") }

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhnews-golden-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory.appendingPathComponent("site/more"), withIntermediateDirectories: true)
            for (fixture, name) in [("html/credits-mainland.html", "a.html"), ("html/split-divs.html", "b.html"), ("flattened/wechat-post.txt", "more/c.txt")] {
                try FileManager.default.copyItem(at: FixturePaths.fixtures.appendingPathComponent(fixture), to: site.appendingPathComponent(name))
            }
        }

        deinit { try? FileManager.default.removeItem(at: directory) }

        func run(_ arguments: [String]) throws -> BatchCommandTests.Run {
            try BatchCommandTests.run(arguments, in: directory)
        }

        /// Rewrites a page's golden through `edit` (on its one record).
        func editGolden(_ page: String, _ edit: (JSONValue) -> JSONValue) throws {
            let url = goldens.appendingPathComponent(page + ".json")
            let records = try GoldenFormat.records(reading: String(contentsOf: url, encoding: .utf8))
            try Data(GoldenFormat.document(records.map(edit)).utf8).write(to: url)
        }
    }

    @Test("record writes one pretty golden per page; check finds them all unchanged (exit 0)")
    func recordThenCheck() throws {
        let site = try Site()
        let record = try site.run(["golden", "record", "site"])
        #expect(record.status == 0, "\(record.stderr)")
        #expect(record.text.contains("zhnews golden: 3 pages: 0 unchanged, 0 changed, 3 new, 0 missing"))
        let golden = try String(contentsOf: site.goldens.appendingPathComponent("a.html.json"), encoding: .utf8)
        #expect(golden.hasPrefix("[\n  {\n    \"schema\": 1,\n    \"id\": \"site/a.html\",\n"))
        #expect(golden.contains("    \"text\": [\n      \"新华社北京5月13日电"))
        #expect(FileManager.default.fileExists(atPath: site.goldens.appendingPathComponent("more/c.txt.json").path))
        let check = try site.run(["golden", "check", "site"])
        #expect(check.status == 0, "\(check.text)")
        #expect(check.text == "zhnews golden: 3 pages: 3 unchanged, 0 changed, 0 new, 0 missing\n")
    }

    @Test("a changed title, a removed paragraph, a new page and a missing page: reported field by field, exit 1; --update accepts them")
    func changes() throws {
        let site = try Site()
        #expect(try site.run(["golden", "record", "site"]).status == 0)
        try site.editGolden("a.html") { $0.setting("title", to: .string("旧标题")) }
        var removedParagraph = ""
        try site.editGolden("b.html") { record in
            let text = record["text"]!.stringValue!
            var paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            removedParagraph = "这一段在新的输出里没有了。"
            paragraphs.insert(removedParagraph, at: 1)
            return record.setting("text", to: .string(paragraphs.joined(separator: "\n")))
        }
        try FileManager.default.copyItem(at: FixturePaths.fixtures.appendingPathComponent("html/headers/written-date.html"), to: site.site.appendingPathComponent("d.html"))
        try FileManager.default.removeItem(at: site.site.appendingPathComponent("more/c.txt"))

        let check = try site.run(["golden", "check", "site"])
        #expect(check.status == 1)
        let report = check.text
        #expect(report.contains("changed  site/a.html\n    title: \"旧标题\" → \"多地推出夜间文旅消费新场景\"\n"))
        #expect(report.contains("changed  site/b.html\n    text:\n      @@ -1,3 +1,2 @@\n"))
        #expect(report.contains("      -" + removedParagraph + "\n"))
        #expect(report.contains("new      site/d.html"))
        #expect(report.contains("missing  more/c.txt"))
        #expect(report.hasSuffix("zhnews golden: 3 pages: 0 unchanged, 2 changed, 1 new, 1 missing\n"))

        // --ignore and --fields choose what is compared.
        let ignoringTitle = try site.run(["golden", "check", "--ignore", "title", "site"])
        #expect(ignoringTitle.text.contains("1 unchanged, 1 changed, 1 new, 1 missing"))
        let onlyTitles = try site.run(["golden", "check", "--fields", "title,published", "site"])
        #expect(onlyTitles.text.contains("1 unchanged, 1 changed, 1 new, 1 missing"))
        #expect(!onlyTitles.text.contains("@@"))

        // A check of part of the folder leaves the rest's goldens alone.
        let part = try site.run(["golden", "check", "site/a.html", "site/b.html", "--golden", "site/golden"])
        #expect(part.text.hasSuffix("0 unchanged, 2 changed, 0 new, 0 missing\n"), "\(part.text)")

        let update = try site.run(["golden", "check", "--update", "site"])
        #expect(update.status == 0, "\(update.text)")
        #expect(!FileManager.default.fileExists(atPath: site.goldens.appendingPathComponent("more/c.txt.json").path))
        let after = try site.run(["golden", "check", "site"])
        #expect(after.status == 0)
        #expect(after.text == "zhnews golden: 3 pages: 3 unchanged, 0 changed, 0 new, 0 missing\n")
    }

    @Test("a page that cannot be read has its error record as golden: never left out")
    func failingPage() throws {
        let site = try Site()
        try Data().write(to: site.site.appendingPathComponent("empty.txt"))
        #expect(try site.run(["golden", "record", "site"]).status == 0)
        let golden = try String(contentsOf: site.goldens.appendingPathComponent("empty.txt.json"), encoding: .utf8)
        #expect(golden.contains("\"error\": {\"code\": \"empty\""))
        let check = try site.run(["golden", "check", "site"])
        #expect(check.status == 0)
        #expect(check.text == "zhnews golden: 4 pages: 4 unchanged, 0 changed, 0 new, 0 missing (1 gave an error record)\n")
    }

    @Test("usage errors exit 2", arguments: [
        ["golden", "check"], ["golden", "record", "-"], ["golden", "check", "--fields", "titel", "site"], ["golden", "check", "--parallel", "0", "site"],
        ["golden", "record", "no-such-folder"],
    ])
    func usageErrors(arguments: [String]) throws {
        let site = try Site()
        let run = try site.run(arguments)
        #expect(run.status == 2, "\(run.stderr)")
    }
}
