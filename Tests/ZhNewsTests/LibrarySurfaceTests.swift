import Foundation
import Testing
import ZhNews
import ZhNewsTestSupport

/// The library's door: one page from a string, and no stage internals on the public surface.
@Suite("Library surface")
struct LibrarySurfaceTests {
    @Test("articles(html:url:) gives the page's records, articles(text:) a flattened page's")
    func onePageFromAString() throws {
        let html = """
            <html><head><title>江城举办春季招聘会</title></head><body><h1>江城举办春季招聘会</h1>
            <p>发布时间：2024-03-02 09:30 来源：江城日报</p>
            <p>3月1日，江城市在会展中心举办春季招聘会，200余家企业提供岗位5000多个，吸引求职者约1.2万人次。</p>
            </body></html>
            """
        let records = try Pipeline().articles(html: html, url: "https://news.example.cn/a.html")
        #expect(records.count == 1)
        #expect(records.first?.title == "江城举办春季招聘会")
        #expect(records.first?.published == "2024-03-02T09:30:00+08:00")
        #expect(records.first?.input.url == "https://news.example.cn/a.html")
        let text = try Pipeline().articles(text: "江城举办春季招聘会\n2024-03-02 09:30 来源：江城日报\n3月1日，江城市在会展中心举办春季招聘会，200余家企业提供岗位5000多个。\n")
        #expect(text.first?.title == "江城举办春季招聘会")
    }

    @Test("a page that gives no records throws its error record")
    func errorRecordThrown() {
        #expect(throws: ErrorRecord.self) { try Pipeline().articles(text: "") }
        do {
            _ = try Pipeline().articles(text: "")
        } catch {
            #expect(error.error.knownCode == .empty)
        }
    }

    /// The stage modules are `package`: nothing in them is public API (every lexicon edit would
    /// be an API change). Only ZhNews and the records (ZhNewsModel) declare public symbols.
    @Test("no public declarations outside ZhNews and ZhNewsModel")
    func stagesArePackageOnly() throws {
        let sources = FixturePaths.root.appendingPathComponent("Sources")
        for module in ["ZhNewsRules", "ZhNewsParser", "ZhNewsConverter", "ZhNewsExtractor", "ZhNewsBatch"] {
            let folder = sources.appendingPathComponent(module)
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
            #expect(!files.isEmpty, "no sources found for \(module)")
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let publicLines = text.split(separator: "\n").filter { line in
                    let code = line.drop { $0 == " " }
                    return !code.hasPrefix("//") && (code.hasPrefix("public ") || code.contains(" public ") || code.hasPrefix("@_exported"))
                }
                #expect(publicLines.isEmpty, "\(module)/\(file) declares public API: \(publicLines.prefix(3))")
            }
        }
    }
}
