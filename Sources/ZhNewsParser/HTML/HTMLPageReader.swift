/// Reads an ``HTMLDocument`` into a ``PageLayout``: the body's block texts as lines, the
/// element that most likely holds the article, and the head's metadata.
public enum HTMLPageReader {
    public static func layout(of document: HTMLDocument) -> PageLayout {
        var builder = LineBuilder(document: document)
        builder.walk()
        let metadata = readMetadata(document)
        let container = ArticleContainerFinder(document: document, lines: builder.lines).bestContainer()
        var articleLines: Range<Int>?
        if let container {
            let end = document.nodes[container].end
            let inside = builder.lines.indices.filter { builder.lines[$0].node >= container && builder.lines[$0].node < end }
            if let first = inside.first, let last = inside.last { articleLines = first..<(last + 1) }
        }
        return PageLayout(format: .html, lines: builder.lines.map(\.text), articleLines: articleLines, metadata: metadata)
    }

    static func readMetadata(_ document: HTMLDocument) -> PageMetadata {
        var metadata = PageMetadata()
        for index in document.nodes.indices where document.nodes[index].kind == .element {
            let node = document.nodes[index]
            switch node.tag {
            case "title" where metadata.documentTitle == nil:
                let title = document.text(of: index)
                if !title.isEmpty { metadata.documentTitle = title }
            case "meta":
                guard let content = node.attribute("content")?.collapsingWhitespace(), !content.isEmpty else { continue }
                for key in ["name", "property", "itemprop", "http-equiv"] {
                    if let name = node.attribute(key)?.lowercased(), metadata.meta[name] == nil { metadata.meta[name] = content }
                }
            case "h1":
                let heading = document.text(of: index)
                if !heading.isEmpty { metadata.headings.append(heading) }
            case "script":
                metadata.jsonLD.append(document.nodes[index..<node.end].filter { $0.kind == .text }.map(\.text).joined())
            default:
                continue
            }
        }
        return metadata
    }
}

/// A line of page text and the first text node it came from.
struct PageLine: Hashable {
    var text: String
    var node: Int
}

/// Splits the body into lines at block boundaries, in reading order.
struct LineBuilder {
    /// Tags that start and end a line of text.
    static let blockTags: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table",
        "section", "article", "blockquote", "pre", "main", "figure", "figcaption", "center", "hr", "address", "caption", "tbody",
    ]
    /// Elements whose text is not page text.
    static let skippedTags: Set<String> = ["head", "script", "title", "meta", "link"]

    let document: HTMLDocument
    var lines: [PageLine] = []
    private var current = ""
    private var currentNode = -1

    init(document: HTMLDocument) {
        self.document = document
    }

    mutating func walk() {
        let nodes = document.nodes
        var closeAt: [(end: Int, isBlock: Bool)] = []  // open elements, innermost last
        var index = 1
        while index < nodes.count {
            while let top = closeAt.last, top.end <= index {
                closeAt.removeLast()
                if top.isBlock { flush() }
            }
            let node = nodes[index]
            if node.kind == .text {
                if currentNode < 0 { currentNode = index }
                current += node.text
                index += 1
                continue
            }
            if Self.skippedTags.contains(node.tag) {
                index = node.end
                continue
            }
            let isBlock = Self.blockTags.contains(node.tag)
            if isBlock { flush() }
            closeAt.append((node.end, isBlock))
            index += 1
        }
        flush()
    }

    private mutating func flush() {
        let text = current.collapsingWhitespace()
        if !text.isEmpty { lines.append(PageLine(text: text, node: currentNode)) }
        current = ""
        currentNode = -1
    }
}
