import ZhNewsModel

/// The header of one WARC record: its version line and named fields (WARC/1.0 and WARC/1.1).
struct WARCRecordHeader: Sendable, Hashable {
    /// The version line as written, e.g. `WARC/1.1`.
    var version: String
    var fields: HeaderFields

    init(versionLine: [UInt8], lines: [[UInt8]]) {
        version = String(decoding: HeaderFields.trimmingLineEnd(versionLine), as: UTF8.self)
        fields = HeaderFields(lines: lines)
    }

    /// Whether a line is a WARC version line (`WARC/` followed by a version).
    static func isVersionLine(_ line: [UInt8]) -> Bool {
        line.starts(with: Array("WARC/".utf8))
    }

    /// `WARC-Type` as written (`response`, `request`, `warcinfo` …), empty when absent.
    var type: String { fields["WARC-Type"] ?? "" }

    /// `WARC-Record-ID` as written, e.g. `<urn:uuid:…>`.
    var recordID: String? { fields["WARC-Record-ID"].flatMap { $0.isEmpty ? nil : $0 } }

    /// `WARC-Target-URI`, without the angle brackets some WARC/1.1 writers put around it.
    var targetURI: String? {
        guard var uri = fields["WARC-Target-URI"], !uri.isEmpty else { return nil }
        if uri.hasPrefix("<") && uri.hasSuffix(">") && uri.count >= 2 {
            uri = String(uri.dropFirst().dropLast())
        }
        return uri
    }

    /// The length of the record's block in bytes: authoritative for framing. `nil` when absent
    /// or not a decimal number that fits in `Int`.
    var contentLength: Int? { fields.nonNegativeInteger("Content-Length") }

    /// The media type of the block, lowercased without parameters (`application/http`), or `nil`.
    var blockMediaType: String? {
        guard let value = fields["Content-Type"] else { return nil }
        let type = HeaderFields.trimmed(String(value.split(separator: ";", omittingEmptySubsequences: false).first ?? "")).lowercased()
        return type.isEmpty ? nil : type
    }

    /// `WARC-Truncated` (`length`, `time` …): the crawler stored only part of the payload.
    var truncatedBy: String? { fields["WARC-Truncated"] }

    /// `WARC-Segment-Number`: the record is one segment of a payload split across records.
    var segmentNumber: String? { fields["WARC-Segment-Number"] }
}
