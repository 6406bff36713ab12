import ZhNews
import ZhNewsModel

/// The golden file of one page (`zhnews golden`): its records as a JSON array, pretty-printed so
/// that a change reads as a small diff in git. Keys stay in schema order, one per line; `text` is
/// a list of paragraphs, one per line; every list of objects (bylines, mentions, warnings) has
/// one item per line; other values stay on their line.
///
/// ```json
/// [
///   {
///     "schema": 1,
///     "id": "crawl/a.html",
///     "input": {"path": "crawl/a.html", "url": null, "format": "html", …},
///     "title": "多地推出夜间文旅消费新场景",
///     "bylines": [
///       {"role": "reporter", "label": "记者", "name": "邹多为"}
///     ],
///     "text": [
///       "第一段。",
///       "第二段。"
///     ],
///     …
///   }
/// ]
/// ```
///
/// Reading a golden back (``records(reading:)``) joins the paragraphs again: the records are the
/// very JSON Lines records `extract` writes, byte for byte.
struct GoldenFormat: RecordFormat {
    var fileExtension: String { ".json" }

    /// The record key whose string value is written as a list of paragraphs.
    static let paragraphKey = "text"

    func render(_ lines: [OutputLine]) throws -> String {
        Self.document(try lines.map { try JSONValue(parsing: JSONLines.json(for: $0)) })
    }

    /// The golden text of records given as JSON values.
    static func document(_ records: [JSONValue]) -> String {
        guard !records.isEmpty else { return "[]\n" }
        var output = "[\n"
        for (index, record) in records.enumerated() {
            writeRecord(record, to: &output)
            output += index + 1 < records.count ? ",\n" : "\n"
        }
        output += "]\n"
        return output
    }

    private static func writeRecord(_ record: JSONValue, to output: inout String) {
        guard case .object(let members) = record, !members.isEmpty else {
            output += "  "
            record.write(to: &output, spaced: true)
            return
        }
        output += "  {\n"
        for (index, member) in members.enumerated() {
            output += "    " + JSONValue.quoted(member.key) + ": "
            var value = member.value
            if member.key == paragraphKey, let text = value.stringValue {
                value = .array(text.split(separator: "\n", omittingEmptySubsequences: false).map { .string(String($0)) })
            }
            if case .array(let items) = value, !items.isEmpty {
                output += "[\n"
                for (itemIndex, item) in items.enumerated() {
                    output += "      "
                    item.write(to: &output, spaced: true)
                    output += itemIndex + 1 < items.count ? ",\n" : "\n"
                }
                output += "    ]"
            } else {
                value.write(to: &output, spaced: true)
            }
            output += index + 1 < members.count ? ",\n" : "\n"
        }
        output += "  }"
    }

    /// Why a golden file cannot be read.
    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    /// The records of a golden text, as `extract` writes them (paragraphs joined by `\n`).
    static func records(reading text: String) throws -> [JSONValue] {
        let document: JSONValue
        do {
            document = try JSONValue(parsing: text)
        } catch {
            throw ReadError(description: "not JSON: \(error)")
        }
        guard let items = document.arrayValue else { throw ReadError(description: "not a list of records") }
        return try items.map { item in
            guard case .object = item else { throw ReadError(description: "a list item is not a record") }
            guard let paragraphs = item[paragraphKey]?.arrayValue else { return item }
            let texts = paragraphs.compactMap(\.stringValue)
            guard texts.count == paragraphs.count else { throw ReadError(description: "\"text\" holds something other than paragraphs") }
            return item.setting(paragraphKey, to: .string(texts.joined(separator: "\n")))
        }
    }
}
