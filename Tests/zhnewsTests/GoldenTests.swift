import Foundation
import Testing
import ZhNews
import ZhNewsTestSupport
@testable import zhnews

/// Every fixture page against its golden file (`Fixtures/golden/<page>.json`), by the comparison
/// `zhnews golden check` makes.
///
/// Regenerate after an intended change with `scripts/regenerate-goldens` (`zhnews golden record`),
/// then read the diff in git before committing: goldens are the spec.
@Suite("Golden records")
struct GoldenTests {
    /// Set by `scripts/regenerate-goldens` to rewrite `Fixtures/golden/VERSIONS`.
    static let recording = ProcessInfo.processInfo.environment["ZHNEWS_RECORD_GOLDENS"] == "1"

    @Test("fixture pages exist")
    func fixturesExist() {
        #expect(FixturePaths.pages().count >= 10)
    }

    @Test("page matches its golden", arguments: FixturePaths.pages())
    func pageMatchesGolden(page: String) throws {
        let lines = try ZhNewsTestSupport.lines(forFixture: page)
        let check = GoldenCheck(page: page, lines: lines, goldenPath: FixturePaths.golden(for: page).path)
        switch check.status {
        case .unchanged:
            // The golden holds the records byte for byte, as `extract` writes them.
            let golden = try String(contentsOf: FixturePaths.golden(for: page), encoding: .utf8)
            let readBack = try GoldenFormat.records(reading: golden).map { $0.compactJSON + "\n" }.joined()
            #expect(readBack == (try ZhNewsTestSupport.jsonLines(lines)))
        case .new:
            Issue.record("no golden for \(page) at \(check.goldenPath); run scripts/regenerate-goldens")
        case .changed:
            Issue.record("\(page) differs from its golden:\n\(check.report.joined(separator: "\n"))")
        }
    }

    @Test("the golden folder holds a golden for every fixture page and nothing else")
    func noStrayGoldens() {
        let folder = GoldenFolder(paths: [FixturePaths.fixtures.path], golden: FixturePaths.goldens.path)
        let goldens = Set(folder.goldenFiles().map(\.name))
        let pages = Set(FixturePaths.pages().map { String($0.dropFirst("Fixtures/".count)) })
        #expect(goldens == pages)
    }
}
