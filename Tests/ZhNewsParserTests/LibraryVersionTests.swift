import Testing
import ZhNews
import ZhNewsParser

/// The libxml2 fast path for script text runs exactly where it was checked.
@Suite("Library versions")
struct LibraryVersionTests {
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
