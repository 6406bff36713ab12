import Testing
import ZhNews
import ZhNewsTestSupport

/// Guards on the development set (`../shared/data/devset`), skipped when it is absent. Scores
/// themselves come from `scripts/score-devset.py`; these tests hold the floor that must never
/// give way: a page whose gold has a body never comes back empty.
@Suite("Dev set", .enabled(if: DevsetPages.isPresent, "the dev set (../shared/data/devset) is not beside the project"))
struct DevsetTests {
    @Test("no HTML dev page with a gold body comes back without text", arguments: DevsetPages.htmlPages())
    func htmlPageHasText(page: DevsetPages.Page) throws {
        try Self.expectText(page)
    }

    @Test("no flattened dev page with a gold body comes back without text", arguments: DevsetPages.flatPages())
    func flatPageHasText(page: DevsetPages.Page) throws {
        try Self.expectText(page)
    }

    static func expectText(_ page: DevsetPages.Page) throws {
        guard !page.goldBody.isEmpty else { return }
        let lines = ZhNewsTestSupport.pipeline.process(PageInput(id: page.id, path: page.path, bytes: try FixturePaths.bytes(page.path)))
        guard case .record(let record) = try #require(lines.first) else {
            Issue.record("\(page.id): an error record")
            return
        }
        #expect(!record.text.isEmpty, "\(page.id) came back empty")
        #expect(!record.warnings.contains { $0.code == "no-article-text" }, "\(page.id)")
    }
}
