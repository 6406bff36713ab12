import Foundation
import Testing
import ZhNewsParser
import ZhNewsTestSupport

/// The libraries the goldens were made with (`Fixtures/golden/VERSIONS`): another libxml2 or ICU
/// may change a golden for reasons of its own.
@Suite("Golden libraries")
struct GoldenVersionsTests {
    static let versionsFile = FixturePaths.root.appendingPathComponent("Fixtures/golden/VERSIONS")

    @Test("the running libxml2 and ICU are those Fixtures/golden/VERSIONS records (the goldens' libraries)")
    func goldensLibraries() throws {
        if GoldenTests.recording {
            try Data(LibraryVersions.summary.utf8).write(to: Self.versionsFile)
            return
        }
        let recorded = try String(contentsOf: Self.versionsFile, encoding: .utf8)
        #expect(recorded == LibraryVersions.summary, "goldens were made with other libraries: regenerate them (scripts/regenerate-goldens) and review the diff")
    }
}
