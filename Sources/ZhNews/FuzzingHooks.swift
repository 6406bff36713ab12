import ZhNewsModel
import ZhNewsParser

/// Entry points for the fuzz targets (`Fuzz/`, a package of its own), outside the public API:
/// they reach stages a library user never sees. Import with `@_spi(Fuzzing) import ZhNews`.
@_spi(Fuzzing)
public enum FuzzingHooks {
    /// What the page decoder made of some bytes.
    public struct DecodedText: Sendable {
        public var text: String
        public var encoding: String
        public var replacements: Int
        public var warnings: [Warning]
    }

    /// Stage 1a alone: bytes (with a caller's charset label) → text.
    public static func decode(_ bytes: [UInt8], callerCharset: String?) -> DecodedText {
        let page = decoder.decode(bytes, callerCharset: callerCharset)
        return DecodedText(text: page.text, encoding: page.encoding, replacements: page.replacements, warnings: page.warnings)
    }

    /// The HTML tree built from libxml2's parser events against libxml2's own DOM of the same
    /// text: `nil` when they agree (both give no document, or the same document), else what
    /// differs.
    public static func treeDifference(_ text: String) -> String? {
        let events = try? HTMLDocument(parsing: text, source: .parserEvents)
        let dom = try? HTMLDocument(parsing: text, source: .documentTree)
        switch (events, dom) {
        case (nil, nil):
            return nil
        case let (events?, dom?):
            return events == dom ? nil : "trees differ: \(events.nodes.count) nodes from events, \(dom.nodes.count) from the DOM"
        default:
            return "only one source gave a document (events: \(events != nil), DOM: \(dom != nil))"
        }
    }

    private static let decoder = PageDecoder()
}
