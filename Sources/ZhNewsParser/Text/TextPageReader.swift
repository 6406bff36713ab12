/// Reads a flattened text page into lines (line endings normalised, trailing spaces trimmed).
package enum TextPageReader {
    package static func layout(of text: String) -> PageLayout {
        var lines: [String] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            lines.append(String(line).trimmingTrailingWhitespace())
        }
        return PageLayout(format: .text, lines: lines)
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var view = Substring(self)
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }
}
