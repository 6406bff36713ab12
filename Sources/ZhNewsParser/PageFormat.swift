import ZhNewsRules
import ZhNewsModel

/// Decides whether decoded text is HTML or flattened text, by looking at it.
package enum PageFormatSniffer {
    /// Markers that mean a whole HTML document wherever they stand near the start.
    static let documentMarkers = ["<!doctype html", "<html", "<head>", "<head ", "<body"]
    /// Markers that mean an HTML fragment when the text starts with a tag.
    static let fragmentMarkers = ["<meta ", "<div", "<p>", "<p ", "<table", "<article", "<?xml", "<title", "<section", "<span"]

    private static let documentMatcher = PhraseMatcher(groups: [documentMarkers])
    private static let fragmentMatcher = PhraseMatcher(groups: [fragmentMarkers])

    /// `html` when the text looks like markup, else `text`. Only the first 4 KB are read, as
    /// ASCII-lowercased bytes.
    package static func format(of text: String) -> InputInfo.Format {
        var head = [UInt8]()
        head.reserveCapacity(4096)
        for byte in text.utf8.prefix(4096) { head.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        return head.withUnsafeBufferPointer { bytes in
            if documentMatcher.groups(in: bytes) != 0 { return .html }
            // Skip white space and a BOM (EF BB BF) before the first tag.
            var index = 0
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
            if index + 2 < bytes.count, bytes[index] == 0xEF, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { index += 3 }
            let startsWithTag = index < bytes.count && bytes[index] == UInt8(ascii: "<")
            return startsWithTag && fragmentMatcher.groups(in: bytes) != 0 ? .html : .text
        }
    }
}
