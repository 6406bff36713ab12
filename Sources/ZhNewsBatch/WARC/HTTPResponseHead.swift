/// The status line and header fields of an HTTP response stored in a WARC `response` record.
struct HTTPResponseHead: Sendable, Hashable {
    var statusCode: Int
    var fields: HeaderFields

    /// Parses `HTTP/1.1 200 OK` and the header lines; `nil` when the status line is not HTTP.
    init?(statusLine: [UInt8], headerLines: [[UInt8]]) {
        let line = String(decoding: HeaderFields.trimmingLineEnd(statusLine), as: UTF8.self)
        let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2, parts[0].uppercased().hasPrefix("HTTP/"), parts[1].utf8.count == 3,
              let code = HeaderFields.decimal(String(parts[1]))
        else { return nil }
        statusCode = code
        fields = HeaderFields(lines: headerLines)
    }

    /// Whether the status is 2xx.
    var isSuccess: Bool { (200...299).contains(statusCode) }

    /// The media type of `Content-Type`, lowercased without parameters; `nil` when absent or empty.
    var mediaType: String? {
        guard let value = fields["Content-Type"] else { return nil }
        let type = HeaderFields.trimmed(String(value.split(separator: ";", omittingEmptySubsequences: false).first ?? "")).lowercased()
        return type.isEmpty ? nil : type
    }

    /// The `charset` parameter of `Content-Type`, unquoted, as written; `nil` when none.
    var charset: String? {
        guard let value = fields["Content-Type"] else { return nil }
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, HeaderFields.trimmed(String(pair[0])).lowercased() == "charset" else { continue }
            var charset = HeaderFields.trimmed(String(pair[1]))
            if charset.count >= 2, let first = charset.first, first == "\"" || first == "'", charset.last == first {
                charset = String(charset.dropFirst().dropLast())
            }
            charset = HeaderFields.trimmed(charset)
            return charset.isEmpty ? nil : charset
        }
        return nil
    }

    /// The media types taken as HTML pages.
    static let htmlMediaTypes: Set<String> = ["text/html", "application/xhtml+xml"]

    /// `Transfer-Encoding` codings, lowercased, in the order applied by the sender. (Common Crawl's
    /// `X-Crawler-Transfer-Encoding` is a different field: that body is already de-chunked.)
    var transferCodings: [String] { fields.tokens("Transfer-Encoding") }

    /// `Content-Encoding` codings, lowercased, in the order applied by the sender. (Common Crawl's
    /// `X-Crawler-Content-Encoding` is a different field: that body is already decoded.)
    var contentCodings: [String] { fields.tokens("Content-Encoding") }
}
