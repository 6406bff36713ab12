/// Reads the records of a WARC file (WARC/1.0 or WARC/1.1, plain or gzip-compressed, one gzip
/// member per record or one for the whole file) one by one, streaming: the file is read in 1 MiB
/// chunks and only the body of the record being returned is held in memory.
///
/// ```swift
/// for entry in try WARCReader(path: "crawl.warc.gz", maxBytes: 8 << 20) {
///     if case .page(let page) = entry { lines += pipeline.process(page) }
/// }
/// ```
///
/// HTML `response` records with a 2xx status become ``WARCEntry/page(_:)``; every other record
/// is ``WARCEntry/skipped(recordType:reason:)``; records that cannot be read are
/// ``WARCEntry/failure(id:url:error:detail:)``. Reading stops after a truncated record or a
/// header that cannot be framed (no usable `Content-Length`, no `WARC/` version line). An empty
/// file has no entries.
package struct WARCReader: Sequence, IteratorProtocol {
    private let records: WARCRecordStream

    /// Opens the file; pages whose HTTP body (as stored, and after decoding) is larger than
    /// `maxBytes` are `.tooLarge` failures, skipped without being buffered.
    ///
    /// - Throws: ``InputFileError`` (`.notFound`, `.unreadable`) when the file cannot be opened.
    package init(path: String, maxBytes: Int) throws {
        records = try WARCRecordStream(path: path, maxBytes: maxBytes)
    }

    /// The next entry, or `nil` after the last one.
    package mutating func next() -> WARCEntry? {
        records.next()
    }
}
