/// The line written for an input that could not be processed, so that no input is lost.
///
/// ```json
/// {"schema":1,"id":"missing.html","input":{…},"error":{"code":"not-found","message":"…"}}
/// ```
public struct ErrorRecord: Codable, Sendable, Hashable, Error {
    /// Why an input gave no article.
    public struct Failure: Codable, Sendable, Hashable {
        /// A stable, kebab-case identifier (documented in `docs/SCHEMA.md`).
        public var code: String
        public var message: String

        /// The code as one this version writes (`nil` for a code from a newer version).
        public var knownCode: InputError? { InputError(rawValue: code) }

        public init(code: String, message: String) {
            self.code = code
            self.message = message
        }
    }

    public var schema: Int
    public var id: String
    public var input: InputInfo
    public var error: Failure

    public init(id: String, input: InputInfo, error: Failure) {
        self.schema = Record.schemaVersion
        self.id = id
        self.input = input
        self.error = error
    }
}

/// One line of output: an article record or an error record.
public enum OutputLine: Sendable, Hashable, Encodable {
    case record(Record)
    case error(ErrorRecord)

    /// The line's id: the input's id, with `#n` when the page holds several articles.
    public var id: String {
        switch self {
        case .record(let record): record.id
        case .error(let error): error.id
        }
    }

    /// True for an error record.
    public var isError: Bool {
        if case .error = self { return true }
        return false
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .record(let record): try record.encode(to: encoder)
        case .error(let error): try error.encode(to: encoder)
        }
    }
}
