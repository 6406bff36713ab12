import ZhNewsModel

/// Decides whether decoded text is HTML or flattened text, by looking at it.
public enum PageFormatSniffer {
    /// Markers that mean a whole HTML document wherever they stand near the start.
    static let documentMarkers = ["<!doctype html", "<html", "<head>", "<head ", "<body"]
    /// Markers that mean an HTML fragment when the text starts with a tag.
    static let fragmentMarkers = ["<meta ", "<div", "<p>", "<p ", "<table", "<article", "<?xml", "<title", "<section", "<span"]

    /// `html` when the text looks like markup, else `text`.
    public static func format(of text: String) -> InputInfo.Format {
        let head = String(text.unicodeScalars.prefix(4096)).lowercased()
        if documentMarkers.contains(where: head.contains) { return .html }
        let startsWithTag = head.first { !$0.isWhitespace && $0 != "\u{FEFF}" } == "<"
        return startsWithTag && fragmentMarkers.contains(where: head.contains) ? .html : .text
    }
}
