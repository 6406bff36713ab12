import ZhNewsModel
import ZhNewsXMLShim

/// The one Swift file that talks to libxml2 (through the C shim): it hands UTF-8 to the shim,
/// reads back the flat event stream, builds an ``HTMLDocument`` and frees the C buffer before
/// returning. No C pointer leaves this file.
enum LibXML2Bridge {
    static func parse(_ html: String, limits: HTMLLimits, source: HTMLTreeSource) throws(HTMLParseError) -> HTMLDocument {
        var html = html
        // The time left for the parse; 0 would mean "no limit" to the shim, so a deadline already
        // passed gets the shortest limit instead.
        let seconds = limits.deadline == .never ? 0 : max(limits.deadline.remainingSeconds, 1e-9)
        let result: (status: Int32, buffer: UnsafeMutablePointer<UInt8>?, length: Int) = html.withUTF8 { utf8 in
            var buffer: UnsafeMutablePointer<UInt8>?
            var length = 0
            let status = switch source {
            case .parserEvents:
                zh_xml_parse_html(utf8.baseAddress, Int32(clamping: utf8.count), Int32(clamping: limits.maxDepth),
                                  droppedTagList, keptAttributeList, seconds, &buffer, &length)
            case .documentTree:
                zh_xml_parse_html_via_dom(utf8.baseAddress, Int32(clamping: utf8.count), Int32(clamping: limits.maxDepth),
                                          droppedTagList, keptAttributeList, &buffer, &length)
            }
            return (status, buffer, length)
        }
        guard result.status == 0 || result.status == 1, let buffer = result.buffer else { throw .noDocument }
        defer { zh_xml_free(buffer) }
        var (document, builtWhole) = build(from: UnsafeBufferPointer(start: buffer, count: result.length), until: limits.deadline)
        document.isCutShort = result.status == 1 || !builtWhole
        return document
    }

    /// libxml2's parse alone, document freed at once (the benchmark's floor).
    static func parseOnly(_ html: String) -> Bool {
        var html = html
        return html.withUTF8 { zh_xml_parse_only($0.baseAddress, Int32(clamping: $0.count)) == 0 }
    }

    /// Elements whose subtrees carry no readable content; the shim leaves them out (with hidden
    /// elements). `header` and `footer` are kept: their lines are never body text, but they hold
    /// info lines. Scripts are kept for JSON-LD and publish-time keys (see ``ScriptTimeValues``).
    static let droppedTags = [
        "style", "noscript", "iframe", "form", "nav", "aside", "svg", "canvas", "object", "embed", "template",
        "select", "button", "input", "textarea", "video", "audio",
    ]
    /// Attributes the readers use; the shim writes no others.
    static let keptAttributes = HTMLAttributeName.allCases.map(\.name)
    private static let droppedTagList = nulSeparated(droppedTags)
    private static let keptAttributeList = nulSeparated(keptAttributes)

    /// Names as the shim takes lists: each NUL-terminated, an empty name at the end.
    private static func nulSeparated(_ names: [String]) -> [CChar] {
        names.flatMap { Array($0.utf8CString) } + [0]
    }

    /// The document of the shim's stream; past `deadline` (checked every 1,024 events) the
    /// rest of the stream is left unread and `whole` is false.
    private static func build(from stream: UnsafeBufferPointer<UInt8>, until deadline: Deadline) -> (document: HTMLDocument, whole: Bool) {
        var reader = StreamReader(stream: stream)
        var nodes: [HTMLDocument.Node] = [
            HTMLDocument.Node(kind: .element, tag: "#document", tagKind: .document, parent: -1, end: 0),
        ]
        nodes.reserveCapacity(stream.count / 4)  // an event takes at least 5 bytes
        var textBytes: [UInt8] = []
        textBytes.reserveCapacity(stream.count)
        var attributes: [HTMLDocument.Attribute] = []
        var attributeBytes: [UInt8] = []
        var open: [Int] = [0]
        var events = 0
        var whole = true
        while let event = reader.byte() {
            events &+= 1
            if events & 1023 == 0, deadline.hasPassed {
                whole = false
                break
            }
            switch Int32(event) {
            case Int32(ZH_XML_OPEN):
                let name = reader.bytes()  // the shim lowercases names
                let tagKind = HTMLTag(utf8: name)
                let tag = tagKind == .other ? String(decoding: name, as: UTF8.self) : tagKind.name
                var node = HTMLDocument.Node(kind: .element, tag: tag, tagKind: tagKind, parent: open.last!, end: 0)
                node.attributeStart = Int32(truncatingIfNeeded: attributes.count)
                let count = reader.u32()
                for _ in 0..<count {
                    let attributeName = reader.bytes()
                    let value = reader.bytes()
                    guard let name = HTMLAttributeName(utf8: attributeName) else { continue }  // the shim keeps only these
                    if name == .class { node.hasCaptionClass = ArticleHints.namesCaption(value) }
                    attributes.append(HTMLDocument.Attribute(
                        name: name, valueStart: Int32(truncatingIfNeeded: attributeBytes.count), valueCount: Int32(truncatingIfNeeded: value.count)
                    ))
                    attributeBytes.append(contentsOf: value)
                }
                node.attributeCount = Int32(truncatingIfNeeded: attributes.count) - node.attributeStart
                nodes.append(node)
                open.append(nodes.count - 1)
            case Int32(ZH_XML_TEXT):
                let start = textBytes.count
                let length = reader.appendString(to: &textBytes)
                nodes.append(HTMLDocument.Node(
                    kind: .text, tag: "", textLength: length, textStart: Int32(truncatingIfNeeded: start),
                    textByteCount: Int32(truncatingIfNeeded: textBytes.count - start), parent: open.last!, end: nodes.count + 1
                ))
            case Int32(ZH_XML_CLOSE):
                if open.count > 1 {
                    let index = open.removeLast()
                    nodes[index].end = nodes.count
                }
            case Int32(ZH_XML_COMMENT):
                _ = reader.bytes()
            default:
                break  // a corrupt stream cannot happen; stop quietly if it does
            }
        }
        while let index = open.popLast() { nodes[index].end = nodes.count }
        return (HTMLDocument(nodes: nodes, textBytes: textBytes, attributes: attributes, attributeBytes: attributeBytes), whole)
    }

    /// Reads the shim's little-endian, length-prefixed event stream.
    private struct StreamReader {
        let stream: UnsafeBufferPointer<UInt8>
        var offset = 0

        mutating func byte() -> UInt8? {
            guard offset < stream.count else { return nil }
            defer { offset += 1 }
            return stream[offset]
        }

        mutating func u32() -> UInt32 {
            guard offset + 4 <= stream.count else {
                offset = stream.count
                return 0
            }
            let value = UInt32(stream[offset]) | UInt32(stream[offset + 1]) << 8 | UInt32(stream[offset + 2]) << 16 | UInt32(stream[offset + 3]) << 24
            offset += 4
            return value
        }

        /// Appends a string's bytes to `buffer` and returns its length in Unicode scalars (the
        /// shim's text is UTF-8).
        mutating func appendString(to buffer: inout [UInt8]) -> Int {
            let length = min(Int(u32()), stream.count - offset)
            defer { offset += length }
            let bytes = UnsafeBufferPointer(rebasing: stream[offset..<(offset + length)])
            buffer.append(contentsOf: bytes)
            var scalars = 0
            for byte in bytes where byte & 0xC0 != 0x80 { scalars &+= 1 }
            return scalars
        }

        /// A length-prefixed run of bytes, valid while the stream is.
        mutating func bytes() -> UnsafeBufferPointer<UInt8> {
            let length = min(Int(u32()), stream.count - offset)
            defer { offset += length }
            return UnsafeBufferPointer(rebasing: stream[offset..<(offset + length)])
        }

    }
}
