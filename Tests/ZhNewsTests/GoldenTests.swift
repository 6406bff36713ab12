import Foundation
import Testing
import ZhNews
import ZhNewsTestSupport

/// Every fixture page against its golden records (`Fixtures/golden/<page>.jsonl`).
///
/// Regenerate after an intended change with `scripts/regenerate-goldens` (it sets
/// `ZHNEWS_RECORD_GOLDENS=1`), then read the diff in git before committing: goldens are the spec.
@Suite("Golden records")
struct GoldenTests {
    static let recording = ProcessInfo.processInfo.environment["ZHNEWS_RECORD_GOLDENS"] == "1"

    @Test("fixture pages exist")
    func fixturesExist() {
        #expect(FixturePaths.pages().count >= 10)
    }

    @Test("page matches its golden", arguments: FixturePaths.pages())
    func pageMatchesGolden(page: String) throws {
        let actual = try ZhNewsTestSupport.jsonLines(ZhNewsTestSupport.lines(forFixture: page))
        let goldenURL = FixturePaths.golden(for: page)
        if Self.recording {
            try FileManager.default.createDirectory(at: goldenURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: goldenURL)
            Issue.record("recorded a new golden for \(page); unset ZHNEWS_RECORD_GOLDENS and run again")
            return
        }
        guard let expected = try? String(contentsOf: goldenURL, encoding: .utf8) else {
            Issue.record("no golden for \(page) at \(goldenURL.path); run scripts/regenerate-goldens")
            return
        }
        if expected != actual {
            Issue.record("\(page) differs from its golden:\n\(RecordDiff.describe(expected: expected, actual: actual))")
        }
    }
}
