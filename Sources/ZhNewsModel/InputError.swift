/// Why an input gave no article; each case is an error record's `code`.
public enum InputError: String, Error, Sendable, Hashable, CaseIterable {
    /// The path does not exist.
    case notFound = "not-found"
    /// The file exists but cannot be read (permissions, I/O error, vanished while reading).
    case unreadable
    /// The input holds no bytes.
    case empty
    /// The input is larger than `--max-bytes`.
    case tooLarge = "too-large"
    /// The bytes are not text (an image, an archive, random bytes).
    case binary
    /// libxml2 could not make a document of the HTML.
    case unparsable
    /// An archive record or stream ends before its declared length (a cut WARC or gzip file).
    case truncated
    /// An input line of `--stdin-jsonl` or `--input-file` that is not a valid request.
    case badRequest = "bad-request"
    /// The page went past `--time-limit` before anything usable (text or headline) was read.
    case timeLimit = "time-limit"
    /// The batch was stopped (SIGINT/SIGTERM) while the page was in flight, and it did not
    /// finish within the second it was given.
    case interrupted

    /// The error record for an input.
    public func record(id: String, input: InputInfo, detail: String) -> ErrorRecord {
        ErrorRecord(id: id, input: input, error: ErrorRecord.Failure(code: rawValue, message: detail))
    }
}
