import Foundation
import ZhNews
import ZhNewsModel

/// One line of `zhnews extract --stdin-jsonl`: a JSON object naming one page.
///
/// `{"id": "a1", "url": "https://…", "html": "<html>…"}` — exactly one of `html` (markup),
/// `text` (a flattened page) or `path` (a file to read) gives the page; `url` is copied to the
/// records; `encoding` is the charset of the file named by `path` (inline `html` and `text` are
/// already Unicode, so it does not apply to them). A line that is not such an object becomes a
/// `bad-request` error record with the id `stdin:LINE` (or its `id`, when it has one).
package enum PageRequest {
    /// The batch job for one request line (1-based `lineNumber`, for the id of a bad line).
    package static func job(forLine line: String, lineNumber: Int) -> BatchJob {
        let fallbackID = "stdin:\(lineNumber)"
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
            return bad(id: fallbackID, url: nil, "line \(lineNumber) is not a JSON object")
        }
        let url = object["url"] as? String
        guard let id = object["id"] as? String, !id.isEmpty else {
            return bad(id: fallbackID, url: url, "line \(lineNumber) has no string \"id\"")
        }
        if object["url"] != nil, url == nil, !(object["url"] is NSNull) {
            return bad(id: id, url: nil, "\"url\" must be a string")
        }
        let encoding = object["encoding"] as? String
        let sources = ["html", "text", "path"].filter { object[$0] != nil }
        guard sources.count == 1, let source = sources.first, let value = object[source] as? String else {
            return bad(id: id, url: url, "a request needs exactly one of \"html\", \"text\" or \"path\", as a string")
        }
        switch source {
        case "path":
            return .file(path: value, charset: encoding, id: id, url: url)
        default:
            let format: InputInfo.Format = source == "html" ? .html : .text
            return .page(PageInput(id: id, url: url, bytes: Array(value.utf8), charset: "utf-8", format: format))
        }
    }

    private static func bad(id: String, url: String?, _ detail: String) -> BatchJob {
        .failed(InputError.badRequest.record(id: id, input: InputInfo(url: url), detail: detail))
    }
}
