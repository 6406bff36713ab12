import ZhNews
import ZhNewsModel

/// One entry read from a WARC file.
package enum WARCEntry: Sendable, Hashable {
    /// An HTML `response` record: id = WARC-Record-ID (as written, e.g. "<urn:uuid:…>"), path = the WARC file's path,
    /// url = WARC-Target-URI, bytes = the HTTP body (de-chunked, content-decoded), charset = the charset parameter of the HTTP Content-Type header (nil if none).
    case page(PageInput)
    /// A record that is not an HTML response (warcinfo, request, metadata, revisit, resource, a response with image/png, a non-2xx response …).
    case skipped(recordType: String, reason: String)
    /// A record that cannot be read: truncated (InputError.truncated), over the byte limit (.tooLarge: skip its body without buffering it), malformed header (.unreadable).
    ///
    /// `id` is the WARC-Record-ID, or `<path>#record<n>` (n counted from 1) when the record has none
    /// or its header could not be read. A `.truncated` failure is always the last entry.
    case failure(id: String, url: String?, error: InputError, detail: String)
}
