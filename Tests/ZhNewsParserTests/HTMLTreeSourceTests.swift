import Foundation
import Testing
import ZhNews
import ZhNewsParser
import ZhNewsTestSupport

/// The document built from libxml2's SAX events (the default) must be the one a walk of
/// libxml2's own DOM gives: same elements, attributes, text nodes and nesting, on every page.
@Suite("HTML tree: parser events equal libxml2's DOM")
struct HTMLTreeSourceTests {
    /// Both sources on one page; on a difference, the first differing node of each.
    static func expectSameTree(_ html: String, _ label: String, limits: HTMLLimits = HTMLLimits(), sourceLocation: SourceLocation = #_sourceLocation) {
        let events = try? HTMLDocument(parsing: html, limits: limits, source: .parserEvents)
        let dom = try? HTMLDocument(parsing: html, limits: limits, source: .documentTree)
        guard let events, let dom else {
            #expect(events == nil && dom == nil, "\(label): only one source produced a document", sourceLocation: sourceLocation)
            return
        }
        if events == dom { return }
        let shared = min(events.nodes.count, dom.nodes.count)
        func sameContent(_ index: Int) -> Bool {
            let (a, b) = (events.nodes[index], dom.nodes[index])
            let attributes = { (document: HTMLDocument) in
                document.attributes(of: index).map { "\($0.name.name)=\(String(decoding: document.valueBytes(of: $0), as: UTF8.self))" }
            }
            return a.kind == b.kind && a.tag == b.tag && attributes(events) == attributes(dom) && a.parent == b.parent
                && events.textBytes(ofNode: index) == dom.textBytes(ofNode: index)
        }
        // The first node whose own content differs, else the first whose subtree ends elsewhere.
        let first = (0..<shared).first { !sameContent($0) } ?? (0..<shared).first { events.nodes[$0] != dom.nodes[$0] } ?? shared
        func describe(_ document: HTMLDocument) -> String {
            guard first < document.nodes.count else { return "(no node \(first) of \(document.nodes.count))" }
            let node = document.nodes[first]
            let text = String(decoding: document.textBytes(ofNode: first), as: UTF8.self)
            return "\(node.kind) <\(node.tag)> parent \(node.parent) end \(node.end) \(text.debugDescription.prefix(80))"
        }
        let message = "\(label): trees differ at node \(first): events \(describe(events)) vs DOM \(describe(dom)); "
            + "\(events.nodes.count) vs \(dom.nodes.count) nodes"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    /// Every fixture, HTML or not (a flattened page or a WARC archive read as HTML is hostile
    /// input the two sources must agree on too), and every dev-set page.
    @Test("every fixture page and archive, and every dev-set page (when present)")
    func fixturePages() throws {
        let pipeline = Pipeline()
        var pages = FixturePaths.pages().map { path in
            (path, pipeline.decode(PageInput(id: path, path: path, bytes: (try? FixturePaths.bytes(path)) ?? [])).text)
        }
        pages += ["Fixtures/warc/crawl.warc"].map { ($0, String(decoding: (try? FixturePaths.bytes($0)) ?? [], as: UTF8.self)) }
        pages += DevsetPages.htmlPages().map { ("devset/\($0.id)", String(decoding: (try? FixturePaths.bytes($0.path)) ?? [], as: UTF8.self)) }
        #expect(pages.count >= 6)
        for (label, text) in pages { Self.expectSameTree(text, label) }
    }

    /// The places where libxml2's tree builder, not its parser, decides what the tree holds.
    @Test("tree-builder corner cases", arguments: [
        ("blanks between blocks", "<html><body><div>a</div>\n  <div>b</div> <span>c</span> <p> </p></body></html>"),
        ("blanks as first child", "<div>\n<ul>\n <li>x</li>\n <li>y</li>\n</ul>\n<table> <tr> <td> 1 </td> </tr> </table></div>"),
        ("blanks after a comment", "<div><!-- c -->\n<p>x</p><!-- d -->\n</div><p>a<!-- e --> b</p>"),
        ("text split by a comment", "<p>前<!-- x -->后</p>"),
        ("entities and character references", "<p>a &amp; b &#20013;&#x6587; &nbsp; &lt;c&gt; &#32; </p>"),
        ("strict doctype", "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><body>\n<div>x</div>\n</body></html>"),
        ("html5 doctype, text after </html>", "<!DOCTYPE html><html><body><p>x</p></body></html>\n尾巴<b>粗</b>"),
        ("no doctype, text after </html>", "<html><body><p>x</p></body></html>尾巴<div>块</div>"),
        ("comment before <html>", "<!-- top --><html><body><p>x</p></body></html><p>after</p>"),
        ("doctype inside the page", "<html><body><p>a\n<!DOCTYPE html>\nb</p><!DOCTYPE html><div>c</div></body></html>"),
        ("processing instruction", "<?xml version=\"1.0\"?><html><body><?php echo 1 ?>\n<p>x</p></body></html>"),
        ("script and style content", "<html><head><script> </script><script>var a = \"<p>\"; // x\n</script><style>p{}</style></head><body><script>b()</script> <p>y</p></body></html>"),
        ("hidden and dropped subtrees", "<body><div hidden>h</div> <div style=\"DISPLAY: none\">n</div> <nav>nav</nav> <div aria-hidden=\"true\">a</div><p>ok</p></body>"),
        ("hidden root", "<html hidden><body><p>x</p></body></html><p>after</p>"),
        ("misplaced html and body tags", "<html><body class=\"a\"><p>x</p><html lang=\"zh\"><body class=\"b\"><p>y</p></body></html>"),
        ("unclosed and misnested tags", "<div><p>a<b>b<i>c</p>d</b></i><table><tr><td>e<div>f</table>g"),
        ("attributes", "<div id=\"i\" class=\"c d\" data-x=\"1\" hidden=\"\" property=\"og:title\" content=\"a&amp;b\">x</div><input disabled><p class>y</p>"),
        ("prefixed tag names", "<div><wb:share-button count=\"n\">分享</wb:share-button><a:>x</a:><o:p></o:p><x:y:z>deep</x:y:z><svg:svg>s</svg:svg></div>"),
        ("text only", "只有文字，没有标签。"),
        ("blank only", " \n\t "),
        ("long text split in parser chunks", "<div>" + String(repeating: "长文本，", count: 3000) + "<br>" + String(repeating: " ", count: 2500) + "<p>x</p></div>"),
        ("long blank run before a block", "<div><span>a</span>" + String(repeating: " ", count: 2500) + "<div>b</div></div>"),
    ])
    func cornerCase(_ label: String, _ html: String) {
        Self.expectSameTree(html, label)
    }

    /// Script and style content past libxml2's first 1,000-character block is taken in one piece
    /// (zhxml_raw_text.c); the tree must still be libxml2's, whatever the content holds.
    @Test("long script and style content", arguments: [
        ("ASCII script, tags inside, upper-case end tag", "<div><script>" + longScript("var s = '<p>x</p></div>';\n", 80) + "</SCRIPT ><p>after</p></div>"),
        ("CJK, line feeds, CR LF, tabs, astral characters", "<p>a<script>" + longScript("var 中文 = \"标题\";\r\n\t// 😀 注释\n", 120) + "</script>b</p>"),
        ("a block ending on every character width", "<script>" + String(repeating: "a", count: 997) + "中文😀" + longScript("é中😀x", 400) + "</script><p>x</p>"),
        ("end tag that only starts with the name", "<head><script>" + longScript("x = 1;", 300) + "</scripts>y = 2;</script></head><body><p>z</p></body>"),
        ("control character after the first block", "<script>" + longScript("x", 1500) + "\u{01}" + longScript("y", 200) + "</script><p>x</p>"),
        ("NUL and noncharacters after the first block", "<script>" + longScript("x", 1500) + "\u{0}\u{FFFE}\u{FFFF}" + longScript("y", 200) + "</script><p>x</p>"),
        ("no end tag", "<body><p>x</p><script>" + longScript("var a = 1;\n", 300)),
        ("two long scripts and a long style", "<head><style>" + longScript("p { color: red }\n", 200) + "</style><script>" + longScript("a();", 400) + "</script></head><body><script>" + longScript("b();\n", 400) + "</script><p>正文</p></body>"),
        ("a short script after a long one", "<script>" + longScript("x", 5000) + "</script><script>短</script><p>y</p>"),
        ("ld+json", "<script type=\"application/ld+json\">{\"datePublished\": \"2024-08-12T17:55:00+08:00\", \"x\": \"" + longScript("长", 1200) + "\"}</script><p>x</p>"),
    ])
    func longRawText(_ label: String, _ html: String) {
        Self.expectSameTree(html, label)
    }


    @Test("deep nesting, flattened at the depth limit")
    func deepNesting() {
        let html = String(repeating: "<div>x ", count: 700) + "深" + String(repeating: "</div> y", count: 700)
        Self.expectSameTree(html, "700 divs", limits: HTMLLimits(maxDepth: 512))
        Self.expectSameTree(html, "700 divs, limit 3", limits: HTMLLimits(maxDepth: 3))
    }

    @Test("no document from empty input, from either source")
    func emptyInput() {
        #expect(throws: HTMLParseError.noDocument) { try HTMLDocument(parsing: "", source: .parserEvents) }
        #expect(throws: HTMLParseError.noDocument) { try HTMLDocument(parsing: "", source: .documentTree) }
    }
}

@Suite("HTML tag kinds")
struct HTMLTagTests {
    @Test("the kind read from UTF-8 bytes is the kind read from the name, for every tag and some others")
    func kindFromBytes() {
        let names = HTMLTag.allCases.map(\.name) + ["", "x", "span", "strong", "blockquotes", "articles", "h7", "scripts", "tablet", "Div", "wb:share"]
        for name in names {
            let fromBytes = Array(name.utf8).withUnsafeBufferPointer { HTMLTag(utf8: $0) }
            #expect(fromBytes == HTMLTag(name: name), "\(name)")
        }
    }
}

/// `count` copies of `piece`: script and style content long enough to span libxml2's blocks.
private func longScript(_ piece: String, _ count: Int) -> String { String(repeating: piece, count: count) }
