import ZhNewsModel

/// An immutable HTML tree copied out of libxml2: elements (tag, attributes) and text, in an
/// arena of nodes stored in document order.
///
/// An element's subtree is the contiguous run `index + 1 ..< node.end`, so walking children,
/// descendants and text needs no pointers and no recursion.
///
/// ```swift
/// let document = try HTMLDocument(parsing: "<p>你好</p>")
/// document.text(of: document.root)   // "你好"
/// ```
package struct HTMLDocument: Sendable, Equatable {
    /// One element or text node.
    package struct Node: Sendable, Hashable {
        package enum Kind: UInt8, Sendable, Hashable {
            case element
            case text
        }

        package var kind: Kind
        /// The lowercased tag name; empty for text.
        package var tag: String
        /// The tag as a kind the readers test cheaply (`.other` for text and unlisted tags).
        package var tagKind: HTMLTag = .other
        /// Text length in Unicode scalars (text nodes; 0 for elements).
        package var textLength = 0
        /// Where a text node's UTF-8 lies in the document's ``HTMLDocument/textBytes``.
        package var textStart: Int32 = 0
        package var textByteCount: Int32 = 0
        /// A `class` word names a caption (`pic-desc`, `img_desc`; see ``ArticleHints``).
        package var hasCaptionClass = false
        /// Where the element's attributes lie in the document's ``HTMLDocument/attributes``
        /// (none for text).
        package var attributeStart: Int32 = 0
        package var attributeCount: Int32 = 0
        /// The parent's index, `-1` for the top.
        package var parent: Int
        /// One past the last index of this node's subtree.
        package var end: Int

        /// Does the element carry any of the attributes the readers use?
        package var hasAttributes: Bool { attributeCount > 0 }
    }

    /// An attribute as written: its name, and where its value's UTF-8 lies in the document's
    /// ``HTMLDocument/attributeBytes``.
    package struct Attribute: Sendable, Hashable {
        package var name: HTMLAttributeName
        package var valueStart: Int32
        package var valueCount: Int32
    }

    /// All nodes in document order. Index 0 is a synthetic root element (`#document`).
    package let nodes: [Node]
    /// The UTF-8 of every text node, in document order (a node's share: ``Node/textStart``,
    /// ``Node/textByteCount``): one buffer instead of one string per node.
    package let textBytes: [UInt8]
    /// Every element's attributes, in document and source order (an element's share:
    /// ``Node/attributeStart``, ``Node/attributeCount``).
    package let attributes: [Attribute]
    /// The UTF-8 of every attribute value, in order: one buffer instead of one string each.
    package let attributeBytes: [UInt8]
    /// The parse was stopped at ``HTMLLimits/deadline``: the tree holds the page read so far.
    package internal(set) var isCutShort = false

    /// The synthetic root's index.
    package var root: Int { 0 }

    init(nodes: [Node], textBytes: [UInt8], attributes: [Attribute], attributeBytes: [UInt8]) {
        self.nodes = nodes
        self.textBytes = textBytes
        self.attributes = attributes
        self.attributeBytes = attributeBytes
    }

    /// The attributes of the element at `index`, in source order (empty for text).
    package func attributes(of index: Int) -> ArraySlice<Attribute> {
        let start = Int(nodes[index].attributeStart)
        return attributes[start..<(start + Int(nodes[index].attributeCount))]
    }

    /// The UTF-8 of an attribute's value.
    package func valueBytes(of attribute: Attribute) -> ArraySlice<UInt8> {
        let start = Int(attribute.valueStart)
        return attributeBytes[start..<(start + Int(attribute.valueCount))]
    }

    /// The UTF-8 of the value of attribute `name` on the element at `index`, if present.
    package func attributeBytes(_ name: HTMLAttributeName, of index: Int) -> ArraySlice<UInt8>? {
        attributes(of: index).first { $0.name == name }.map(valueBytes(of:))
    }

    /// The value of attribute `name` on the element at `index`, if present.
    package func attribute(_ name: HTMLAttributeName, of index: Int) -> String? {
        attributeBytes(name, of: index).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The UTF-8 bytes of a text node (empty for elements).
    package func textBytes(ofNode index: Int) -> ArraySlice<UInt8> {
        let start = Int(nodes[index].textStart)
        return textBytes[start..<(start + Int(nodes[index].textByteCount))]
    }

    /// The text nodes below `index` joined as written, without collapsing white space.
    package func rawText(of index: Int) -> String {
        var bytes: [UInt8] = []
        for node in index..<nodes[index].end where nodes[node].kind == .text {
            bytes.append(contentsOf: textBytes(ofNode: node))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The direct children of `index`, in order.
    package func children(of index: Int) -> ChildIndices {
        ChildIndices(nodes: nodes, parent: index)
    }

    /// Indices of the direct children of one node.
    package struct ChildIndices: Sequence, IteratorProtocol {
        let nodes: [Node]
        var cursor: Int
        let end: Int

        init(nodes: [Node], parent: Int) {
            self.nodes = nodes
            self.cursor = parent + 1
            self.end = nodes[parent].end
        }

        package mutating func next() -> Int? {
            guard cursor < end else { return nil }
            defer { cursor = nodes[cursor].end }
            return cursor
        }
    }

    /// The first element with tag `tag` in document order.
    package func first(_ tag: String, in scope: Int = 0) -> Int? {
        (scope..<nodes[scope].end).first { nodes[$0].kind == .element && nodes[$0].tag == tag }
    }

    /// All elements with tag `tag` in document order.
    package func all(_ tag: String, in scope: Int = 0) -> [Int] {
        (scope..<nodes[scope].end).filter { nodes[$0].kind == .element && nodes[$0].tag == tag }
    }

    /// The concatenated text below `index`, whitespace runs collapsed to one space.
    package func text(of index: Int) -> String {
        var bytes: [UInt8] = []
        for node in index..<nodes[index].end {
            if nodes[node].kind == .text {
                bytes.append(contentsOf: textBytes(ofNode: node))
            } else if nodes[node].tagKind == .br {
                bytes.append(0x20)  // a line break inside one line of text (a two-line headline) is a space
            }
        }
        return WhitespaceCollapser.collapse(bytes)
    }
}

extension HTMLDocument {
    /// Parses UTF-8 HTML with libxml2. Throws only when libxml2 returns no document.
    /// - Parameter source: how the tree is read out of libxml2; both give the same document.
    package init(parsing html: String, limits: HTMLLimits = HTMLLimits(), source: HTMLTreeSource = .parserEvents) throws(HTMLParseError) {
        self = try LibXML2Bridge.parse(html, limits: limits, source: source)
    }
}

/// The attributes the readers use; the tree keeps no others.
package enum HTMLAttributeName: UInt8, Sendable, Hashable, CaseIterable {
    case id, `class`, name, property, itemprop, content, httpEquiv, charset, type, datetime

    /// The attribute's name as written (lowercase).
    package var name: String {
        self == .httpEquiv ? "http-equiv" : "\(self)"
    }

    /// The attribute named by lowercase UTF-8 bytes, if it is one of these.
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let found = Self.utf8Names.firstIndex(where: { $0.elementsEqual(bytes) }) else { return nil }
        self = Self.allCases[found]
    }

    private static let utf8Names = allCases.map { Array($0.name.utf8) }
}

/// How ``HTMLDocument`` reads libxml2's tree. Both give the same document (the tests compare
/// them on every fixture page); they differ in cost.
package enum HTMLTreeSource: Sendable, Hashable, CaseIterable {
    /// libxml2's SAX events, linked as libxml2's own tree builder links them, written straight
    /// into the document: no libxml2 DOM is built and freed. The default.
    case parserEvents
    /// libxml2's DOM (`htmlReadMemory`), walked once and freed: the reference.
    case documentTree
}

extension HTMLDocument {
    /// Parses with libxml2 and discards the result: the bare parse the pipeline is measured
    /// against (`zhnews-bench`). Returns false when libxml2 produced no document.
    package static func bareLibXML2Parse(_ html: String) -> Bool {
        LibXML2Bridge.parseOnly(html)
    }
}

/// Bounds that keep hostile pages from exhausting memory or time.
package struct HTMLLimits: Sendable, Hashable {
    /// Elements nested deeper than this are flattened into their ancestor at this depth.
    package var maxDepth: Int
    /// When the parse must stop (`--time-limit`): libxml2 is stopped from its callbacks and the
    /// tree holds what was read (``HTMLDocument/isCutShort``).
    package var deadline: Deadline

    package init(maxDepth: Int = 512, deadline: Deadline = .never) {
        self.maxDepth = maxDepth
        self.deadline = deadline
    }
}

/// Why HTML could not be parsed.
package enum HTMLParseError: Error, Sendable, Hashable {
    /// libxml2 produced no document (empty or unusable input).
    case noDocument
}

extension String {
    /// Whitespace runs (including U+3000 and NBSP) collapsed to one space, trimmed.
    func collapsingWhitespace() -> String {
        WhitespaceCollapser.collapse(Array(utf8))
    }
}
