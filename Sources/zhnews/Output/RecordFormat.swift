import ZhNews
import ZhNewsModel

/// A way of writing records as text: the seam between what the pipeline gives (output lines)
/// and the bytes that reach a stream or a file. One type per format, so a new format is one file
/// (``JSONLinesFormat`` for `extract`, ``GoldenFormat`` for `zhnews golden`).
///
/// ```swift
/// let text = try JSONLinesFormat().render(lines)   // one compact JSON object per line
/// ```
protocol RecordFormat: Sendable {
    /// The ending of a file that holds one input's records (`.json`).
    var fileExtension: String { get }

    /// One input's output lines (its records, or its error record) as one text.
    func render(_ lines: [OutputLine]) throws -> String
}
