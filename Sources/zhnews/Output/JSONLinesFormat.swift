import ZhNews
import ZhNewsModel

/// JSON Lines: one compact JSON object per record per line, keys in schema order (`JSONLines`).
/// Texts of consecutive inputs concatenate into one stream.
struct JSONLinesFormat: RecordFormat {
    var fileExtension: String { ".json" }

    func render(_ lines: [OutputLine]) throws -> String {
        try lines.map { try JSONLines.line(for: $0) }.joined()
    }
}
