import Foundation
import Testing
import ZhNews
import ZhNewsParser

/// The libraries the goldens were made with, and the libxml2 fast path that depends on one.
@Suite("Library versions")
struct LibraryVersionTests {
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

    @Test("the script fast path runs on the libxml2 it was checked against, and only there")
    func rawTextFastPathRuns() throws {
        let script = String(repeating: "var a = '脚本内容';\n", count: 400)  // well past libxml2's 1,000-character block
        let html = "<html><head><script>\(script)</script></head><body><p>这是一段足够长的正文，用来测试脚本快速路径。</p></body></html>"
        let before = LibraryVersions.rawTextFastPathHits
        let document = try HTMLDocument(parsing: html)
        let after = LibraryVersions.rawTextFastPathHits
        #expect(document.nodes.count > 3)
        if LibraryVersions.rawTextFastPathEnabled {
            #expect(after > before, "the fast path did not run on libxml2 \(LibraryVersions.libxml2)")
        } else {
            #expect(after == before, "the fast path ran on libxml2 \(LibraryVersions.libxml2), which it was not checked against")
        }
    }
}
