import ZhNews
import ZhNewsModel

/// The state behind ``WARCReader``: frames records by their `Content-Length` and turns each into
/// a ``WARCEntry``.
final class WARCRecordStream {
    /// The longest header line accepted (WARC or HTTP).
    static let maxHeaderLine = 64 * 1024
    /// The most bytes a WARC record header, or an HTTP response header, may take.
    static let maxHeaderBytes = 256 * 1024
    /// How much of a too-large body without `Content-Type` is read to tell whether it is HTML.
    static let sniffBytes = HTMLSniffer.window

    private let path: String
    private let maxBytes: Int
    private let reader: ByteReader
    private var recordNumber = 0
    private var finished = false

    init(path: String, maxBytes: Int) throws(InputFileError) {
        self.path = path
        self.maxBytes = max(maxBytes, 0)
        reader = ByteReader(try ByteSources.open(path: path))
    }

    /// A record could not be read; `stop` ends the reading (the stream cannot be framed any more).
    private struct RecordFailure: Error {
        var error: InputError
        var detail: String
        var stop: Bool
    }

    func next() -> WARCEntry? {
        guard !finished else { return nil }
        recordNumber += 1
        var header: WARCRecordHeader?
        do {
            guard let versionLine = try nextNonBlankLine() else {
                finished = true
                return nil
            }
            let readHeader = try readHeader(versionLine: versionLine)
            header = readHeader
            return try readBlock(of: readHeader)
        } catch let failure as RecordFailure {
            if failure.stop { finished = true }
            return .failure(id: header?.recordID ?? fallbackID, url: header?.targetURI, error: failure.error, detail: failure.detail)
        } catch let error as InputFileError {
            // The byte source failed: a cut gzip member, corrupt data or an I/O error. Nothing after it can be framed.
            finished = true
            let place = header.map { "record \($0.recordID ?? "#\(recordNumber)") is cut or unreadable: " } ?? ""
            return .failure(id: header?.recordID ?? fallbackID, url: header?.targetURI, error: error.error, detail: place + error.detail)
        } catch {
            finished = true
            return .failure(id: header?.recordID ?? fallbackID, url: header?.targetURI, error: .unreadable, detail: "\(error)")
        }
    }

    private var fallbackID: String { "\(path)#record\(recordNumber)" }

    // MARK: - Record header

    /// The first non-blank line (records are separated by CR LF CR LF; extra blank lines are tolerated).
    private func nextNonBlankLine() throws -> [UInt8]? {
        while let line = try reader.readLine(maxLength: Self.maxHeaderLine) {
            if !HeaderFields.isBlank(line) { return line }
        }
        return nil
    }

    private func readHeader(versionLine: [UInt8]) throws -> WARCRecordHeader {
        guard WARCRecordHeader.isVersionLine(versionLine), versionLine.last == 0x0A else {
            let shown = String(decoding: HeaderFields.trimmingLineEnd(Array(versionLine.prefix(40))), as: UTF8.self)
            throw RecordFailure(
                error: .unreadable,
                detail: "no WARC version line at byte \(reader.offset - versionLine.count) of the (uncompressed) file, found \"\(shown)\"; reading stops",
                stop: true
            )
        }
        var lines: [[UInt8]] = []
        var total = versionLine.count
        while true {
            guard let line = try reader.readLine(maxLength: Self.maxHeaderLine) else {
                throw RecordFailure(error: .truncated, detail: "the file ends inside a WARC record header", stop: true)
            }
            if line.last != 0x0A {
                let cut = try reader.atEnd()
                throw RecordFailure(
                    error: cut ? .truncated : .unreadable,
                    detail: cut ? "the file ends inside a WARC record header" : "a WARC header line is longer than \(Self.maxHeaderLine) bytes; reading stops",
                    stop: true
                )
            }
            if HeaderFields.isBlank(line) { break }
            total += line.count
            guard total <= Self.maxHeaderBytes else {
                throw RecordFailure(error: .unreadable, detail: "the WARC record header is longer than \(Self.maxHeaderBytes) bytes; reading stops", stop: true)
            }
            lines.append(line)
        }
        return WARCRecordHeader(versionLine: versionLine, lines: lines)
    }

    // MARK: - Record block

    private func readBlock(of header: WARCRecordHeader) throws -> WARCEntry {
        guard let length = header.contentLength else {
            let field = header.fields["Content-Length"].map { "an invalid Content-Length \"\($0.prefix(40))\"" } ?? "no Content-Length"
            throw RecordFailure(error: .unreadable, detail: "the WARC record header has \(field), so the record cannot be framed; reading stops", stop: true)
        }
        var block = BlockCursor(remaining: length)
        let type = header.type.lowercased()
        guard type == "response" else {
            try skipRest(of: &block, header: header)
            return .skipped(recordType: header.type.isEmpty ? "(none)" : header.type, reason: Self.reason(forSkipping: type))
        }
        if let mediaType = header.blockMediaType, mediaType != "application/http" {
            try skipRest(of: &block, header: header)
            return .skipped(recordType: header.type, reason: "the record holds \(mediaType), not an HTTP response")
        }
        if header.segmentNumber != nil {
            try skipRest(of: &block, header: header)
            return .skipped(recordType: header.type, reason: "a segmented record (WARC-Segment-Number): segments are not reassembled")
        }
        return try readHTTPResponse(in: &block, header: header)
    }

    /// Bytes left in the current record's block.
    private struct BlockCursor {
        var remaining: Int
    }

    private func readHTTPResponse(in block: inout BlockCursor, header: WARCRecordHeader) throws -> WARCEntry {
        guard let head = try readHTTPHead(in: &block, header: header) else {
            try skipRest(of: &block, header: header)
            throw RecordFailure(error: .unreadable, detail: "the response record does not start with an HTTP status line", stop: false)
        }
        guard head.isSuccess else {
            try skipRest(of: &block, header: header)
            return .skipped(recordType: header.type, reason: "HTTP status \(head.statusCode)")
        }
        let mediaType = head.mediaType
        if let mediaType, !HTTPResponseHead.htmlMediaTypes.contains(mediaType) {
            try skipRest(of: &block, header: header)
            return .skipped(recordType: header.type, reason: "not HTML (Content-Type \(mediaType))")
        }
        let bodyLength = block.remaining
        if bodyLength > maxBytes {
            // Too large: without a Content-Type, look at the start first so that a large non-HTML body is skipped, not failed.
            if mediaType == nil && head.contentCodings.isEmpty && head.transferCodings.isEmpty {
                let start = try read(min(Self.sniffBytes, block.remaining), from: &block, header: header)
                if !HTMLSniffer.looksLikeHTML(start) {
                    try skipRest(of: &block, header: header)
                    return .skipped(recordType: header.type, reason: "no Content-Type and the body does not look like HTML")
                }
            }
            try skipRest(of: &block, header: header)
            throw RecordFailure(error: .tooLarge, detail: "the HTTP body is \(bodyLength) bytes, above the limit of \(maxBytes) (--max-bytes)", stop: false)
        }
        let raw = try read(block.remaining, from: &block, header: header)
        let body = try decodedBody(raw, head: head, header: header)
        if mediaType == nil && !HTMLSniffer.looksLikeHTML(body) {
            return .skipped(recordType: header.type, reason: "no Content-Type and the body does not look like HTML")
        }
        let id = header.recordID ?? fallbackID
        return .page(PageInput(id: id, path: path, url: header.targetURI, bytes: body, charset: head.charset))
    }

    /// The HTTP status line and header fields at the start of the block; `nil` when the block does
    /// not start with an HTTP status line.
    private func readHTTPHead(in block: inout BlockCursor, header: WARCRecordHeader) throws -> HTTPResponseHead? {
        guard let statusLine = try readLine(from: &block, header: header), statusLine.last == 0x0A || block.remaining == 0 else {
            return nil
        }
        var lines: [[UInt8]] = []
        var total = statusLine.count
        while block.remaining > 0 {
            guard let line = try readLine(from: &block, header: header) else { break }
            if HeaderFields.isBlank(line) { break }
            total += line.count
            guard line.last == 0x0A || block.remaining == 0, total <= Self.maxHeaderBytes else {
                try skipRest(of: &block, header: header)
                throw RecordFailure(error: .unreadable, detail: "the HTTP response header is longer than \(Self.maxHeaderBytes) bytes", stop: false)
            }
            lines.append(line)
        }
        return HTTPResponseHead(statusLine: statusLine, headerLines: lines)
    }

    /// The body after transfer and content decoding, within `maxBytes`.
    private func decodedBody(_ raw: [UInt8], head: HTTPResponseHead, header: WARCRecordHeader) throws -> [UInt8] {
        var codings = head.transferCodings
        var body = raw
        if codings.last == "chunked" {
            codings.removeLast()
            body = HTTPBodyDecoder.dechunk(raw) ?? raw
        }
        codings.removeAll { $0 == "chunked" }
        switch HTTPBodyDecoder.decode(body, codings: head.contentCodings + codings, maxBytes: maxBytes, acceptCut: header.truncatedBy != nil) {
        case .success(let decoded):
            return decoded
        case .failure(.unsupported(let coding)):
            throw RecordFailure(error: .unreadable, detail: "the body has an unsupported encoding \"\(coding)\" (only gzip, x-gzip and deflate are decoded)", stop: false)
        case .failure(.corrupt(let message)):
            throw RecordFailure(error: .unreadable, detail: "the body cannot be decoded: \(message)", stop: false)
        case .failure(.tooLarge(let limit)):
            throw RecordFailure(error: .tooLarge, detail: "the decoded HTTP body is larger than the limit of \(limit) bytes (--max-bytes)", stop: false)
        }
    }

    // MARK: - Reading inside a block

    private func readLine(from block: inout BlockCursor, header: WARCRecordHeader) throws -> [UInt8]? {
        guard block.remaining > 0 else { return nil }
        guard let line = try reader.readLine(maxLength: min(block.remaining, Self.maxHeaderLine)) else {
            throw cut(header: header, missing: block.remaining)
        }
        block.remaining -= line.count
        if line.last != 0x0A && block.remaining > 0, try reader.atEnd() {
            throw cut(header: header, missing: block.remaining)
        }
        return line
    }

    private func read(_ count: Int, from block: inout BlockCursor, header: WARCRecordHeader) throws -> [UInt8] {
        let bytes = try reader.read(upTo: count)
        block.remaining -= bytes.count
        guard bytes.count == count else { throw cut(header: header, missing: block.remaining) }
        return bytes
    }

    private func skipRest(of block: inout BlockCursor, header: WARCRecordHeader) throws {
        let skipped = try reader.skip(block.remaining)
        block.remaining -= skipped
        guard block.remaining == 0 else { throw cut(header: header, missing: block.remaining) }
    }

    private func cut(header: WARCRecordHeader, missing: Int) -> RecordFailure {
        let length = header.contentLength ?? 0
        return RecordFailure(
            error: .truncated,
            detail: "the file ends inside the record: \(length - missing) of its \(length) bytes (Content-Length) are present",
            stop: true
        )
    }

    // MARK: - Skipped record types

    static func reason(forSkipping type: String) -> String {
        switch type {
        case "warcinfo": "information about the WARC file, not a page"
        case "request": "the request the crawler sent, not a page"
        case "metadata": "metadata about another record, not a page"
        case "revisit": "a revisit: the payload was not stored again (it is in an earlier record)"
        case "resource": "a resource record, not an HTTP response"
        case "conversion": "a conversion record, not an HTTP response"
        case "continuation": "a continuation segment: segments are not reassembled"
        case "": "the record has no WARC-Type"
        default: "a \(type) record, not an HTTP response"
        }
    }
}
