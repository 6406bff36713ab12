import ZhNewsRules
import ZhNewsModel

/// Reads an ``HTMLDocument`` into a ``PageLayout``: the body's block texts as lines, the
/// element that most likely holds the article, and the head's metadata.
package enum HTMLPageReader {
    /// - Parameter deadline: when the walk over the tree stops (``PageLayout/isCutShort``): the
    ///   lines read by then are the page.
    package static func layout(of document: HTMLDocument, deadline: Deadline = .never) -> PageLayout {
        var builder = LineBuilder(document: document)
        let walkedWhole = builder.walk(until: deadline)
        var (metadata, hints) = readMetadata(document)
        let summary = MetaKeys.summary.lazy.compactMap { metadata.meta[$0] }.first
        let container = ArticleContainerFinder(document: document, lines: builder.lines, summary: summary, deadline: deadline).bestContainer()
        // An author named after the article is a commenter's or a sidebar's, not the article's.
        let articleEnd = container.map { document.nodes[$0].end } ?? document.nodes.count
        metadata.authorHints = hints.filter { $0.node < articleEnd && $0.kind == .author }.map(\.text)
        metadata.outletHints = hints.filter { $0.node < articleEnd && $0.kind == .outlet }.map(\.text)
        var articleLines: Range<Int>?
        var outsideParts: Set<Int> = []
        if let container {
            // An article split into sibling parts (`content part1`, ad, `content part2`) is read whole.
            let parts = ArticleParts.siblings(of: container, in: document)
            var inside = builder.lines.indices.filter { line in parts.contains { builder.lines[line].node >= $0 && builder.lines[line].node < document.nodes[$0].end } }
            if let first = inside.first, let lead = leadUnderHeadline(before: first, lines: builder.lines, in: document) {
                inside.insert(lead, at: 0)
            }
            if let first = inside.first, let last = inside.last {
                articleLines = first..<(last + 1)
                outsideParts = Set(articleLines!).subtracting(inside)
            }
        }
        var layout = PageLayout(format: .html, lines: builder.lines.map(\.text), articleLines: articleLines, metadata: metadata)
        layout.linkRatios = builder.lines.map { $0.length == 0 ? 0 : Double($0.linkLength) / Double($0.length) }
        layout.chromeLines = Set(builder.lines.indices.filter { builder.lines[$0].inChrome }).union(outsideParts)
        layout.captionLines = Set(builder.lines.indices.filter { builder.lines[$0].inCaption })
        layout.isCutShort = document.isCutShort || !walkedWhole
        return layout
    }

    /// A lead paragraph printed right under the headline, apart from the body's column
    /// (`<div id="leadin"><h1>…</h1><div class="leadin"><p>…` on the left, the body on the
    /// right): the first line after the first `h1`, when it stands before the container's first
    /// line and reads as prose (``leadMinimumLength`` characters or more, a sentence mark, few
    /// links, not in a header or footer).
    static func leadUnderHeadline(before firstInside: Int, lines: [PageLine], in document: HTMLDocument) -> Int? {
        let nodes = document.nodes
        guard let heading = nodes.indices.first(where: { nodes[$0].tagKind == .h1 }) else { return nil }
        guard let afterHeading = lines.firstIndex(where: { $0.node >= nodes[heading].end }), afterHeading < firstInside else { return nil }
        let line = lines[afterHeading]
        guard !line.inChrome, line.length >= leadMinimumLength, line.linkLength * 5 < line.length,
              line.text.unicodeScalars.contains(where: { $0 == "。" || $0 == "，" }) else { return nil }
        return afterHeading
    }

    /// The shortest line taken for a lead printed apart from the body.
    static let leadMinimumLength = 50

    /// The head's metadata, and the author hints with their node indices.
    static func readMetadata(_ document: HTMLDocument) -> (PageMetadata, [NamedElement]) {
        var metadata = PageMetadata()
        var hints: [NamedElement] = []
        let nodes = document.nodes
        for index in nodes.indices where nodes[index].kind == .element {
            switch nodes[index].tagKind {
            case .title where metadata.documentTitle == nil:
                let title = document.text(of: index)
                if !title.isEmpty { metadata.documentTitle = title }
            case .meta:
                guard let content = document.attribute(.content, of: index)?.collapsingWhitespace(), !content.isEmpty else { continue }
                for key in [HTMLAttributeName.name, .property, .itemprop, .httpEquiv] {
                    if let name = document.attribute(key, of: index)?.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased(), metadata.meta[name] == nil { metadata.meta[name] = content }
                }
            case .h1:
                let heading = document.text(of: index)
                if !heading.isEmpty {
                    if metadata.headings.isEmpty { metadata.subheading = subheading(after: index, in: document) }
                    metadata.headings.append(heading)
                }
            case .script:
                let text = document.rawText(of: index)
                if document.attribute(.type, of: index)?.lowercased() == "application/ld+json" {
                    metadata.jsonLD.append(text)
                } else if metadata.scriptTimeValues.count < ScriptTimeValues.maxValues {
                    metadata.scriptTimeValues += ScriptTimeValues.find(in: text)
                }
            default:
                // Only small elements with a class or id can name an author or outlet.
                guard nodes[index].end - index <= 6, nodes[index].hasAttributes else { continue }
                if let hint = namedElement(document, index) { hints.append(hint) }
            }
        }
        return (metadata, hints)
    }

    /// The `h2`/`h3` that is the next element after the `h1` at `index` (white space between).
    static func subheading(after index: Int, in document: HTMLDocument) -> String? {
        var next = document.nodes[index].end
        while next < document.nodes.count, document.nodes[next].kind == .text, WhitespaceCollapser.collapse(Array(document.textBytes(ofNode: next))).isEmpty {
            next += 1
        }
        guard next < document.nodes.count, document.nodes[next].kind == .element, [.h2, .h3].contains(document.nodes[next].tagKind) else { return nil }
        let text = document.text(of: next)
        return text.isEmpty ? nil : text
    }

    /// An element whose `class` or `id` names what its text is: an author (`author-name`,
    /// `byline`) or the outlet (`source`), with text short enough to be a name.
    struct NamedElement {
        enum Kind { case author, outlet }
        var text: String
        var node: Int
        var kind: Kind
    }

    static func namedElement(_ document: HTMLDocument, _ index: Int) -> NamedElement? {
        let node = document.nodes[index]
        guard node.kind == .element, node.end - index <= 6, node.hasAttributes else { return nil }  // a small element, not a container
        let hinted = [HTMLAttributeName.class, .id].contains { name in
            guard let value = document.attributeBytes(name, of: index) else { return false }
            return value.withUnsafeBufferPointer { ArticleHints.namedElementMatcher.groupsIgnoringASCIICase(in: $0) } != 0
        }
        guard hinted else { return nil }
        let classes = document.attribute(.class, of: index) ?? "", id = document.attribute(.id, of: index) ?? ""
        let raw = classes + " " + id
        let names = raw.lowercased()
        let tokens = names.split { $0 == " " || $0 == "\t" }.map(String.init)
        let kind: NamedElement.Kind
        if tokens.contains(where: ElementHints.authorClassHints.contains) {
            kind = .author
        } else if tokens.contains(where: ElementHints.outletClassHints.contains) {
            kind = .outlet
        } else {
            return nil
        }
        let text = document.text(of: index)
        return (2...30).contains(text.unicodeScalars.count) ? NamedElement(text: text, node: index, kind: kind) : nil
    }
}

/// A line of page text, the first text node it came from, and how much of it is link text.
struct PageLine: Hashable {
    var text: String
    var node: Int
    /// Characters of raw text, and of those inside `<a>` elements.
    var length = 0
    var linkLength = 0
    /// Inside a `header` or `footer` element.
    var inChrome = false
    /// Inside a `figcaption` or an element whose class names a caption.
    var inCaption = false
}

/// Splits the body into lines at block boundaries, in reading order.
struct LineBuilder {
    let document: HTMLDocument
    var lines: [PageLine] = []
    private var current: [UInt8] = []
    private var currentNode = -1
    private var currentLength = 0
    private var currentLinkLength = 0
    private var currentInChrome = false
    private var currentInCaption = false

    init(document: HTMLDocument) {
        self.document = document
    }

    /// Reads the tree into ``lines``; returns false when stopped at `deadline` (checked every
    /// 1,024 nodes), with the lines read so far.
    @discardableResult
    mutating func walk(until deadline: Deadline = .never) -> Bool {
        let nodes = document.nodes
        var closeAt: [(end: Int, isBlock: Bool)] = []  // open elements, innermost last
        var linkEnd = 0  // inside an <a> while index < linkEnd
        var chromeEnd = 0  // inside a header or footer while index < chromeEnd
        var captionEnd = 0  // inside a caption while index < captionEnd
        var index = 1
        while index < nodes.count {
            if index & 1023 == 0, deadline.hasPassed {
                flush()
                return false
            }
            while let top = closeAt.last, top.end <= index {
                closeAt.removeLast()
                if top.isBlock { flush() }
            }
            if nodes[index].kind == .text {
                if currentNode < 0 { currentNode = index }
                current.append(contentsOf: document.textBytes(ofNode: index))
                let length = nodes[index].textLength
                currentLength += length
                if index < linkEnd { currentLinkLength += length }
                index += 1
                continue
            }
            let tag = nodes[index].tagKind
            let end = nodes[index].end
            if tag == .a, end > linkEnd { linkEnd = end }
            if tag.isChrome {
                flush()
                chromeEnd = max(chromeEnd, end)
            }
            currentInChrome = index < chromeEnd
            if tag == .figcaption || nodes[index].hasCaptionClass {
                flush()
                captionEnd = max(captionEnd, end)
            }
            currentInCaption = index < captionEnd
            if tag.isSkipped {
                index = end
                continue
            }
            let isBlock = tag.isBlock
            if isBlock { flush() }
            closeAt.append((end, isBlock))
            index += 1
        }
        flush()
        return true
    }

    /// Markup libxml2's HTML parser leaves as text: an internal DTD subset's declarations
    /// (`<!ENTITY lol "…">`, whose `<` it drops), which implied elements would otherwise put
    /// in the body.
    static func isDeclarationDebris(_ text: String) -> Bool {
        declarationStarts.contains { text.hasPrefix($0) }
    }

    private static let declarationStarts = ["!ENTITY ", "!ELEMENT ", "!ATTLIST ", "!NOTATION "]

    private mutating func flush() {
        if !current.isEmpty {
            let text = WhitespaceCollapser.collapse(current)
            if !text.isEmpty, !Self.isDeclarationDebris(text) {
                lines.append(PageLine(text: text, node: currentNode, length: currentLength, linkLength: currentLinkLength,
                                      inChrome: currentInChrome, inCaption: currentInCaption))
            }
            current.removeAll(keepingCapacity: true)
        }
        currentNode = -1
        currentLength = 0
        currentLinkLength = 0
    }
}
