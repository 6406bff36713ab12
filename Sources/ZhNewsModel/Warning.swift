/// A non-fatal problem met while turning a page into a record.
///
/// Warnings travel on the record so that nothing is silently lost: an encoding that was
/// guessed, bytes that were replaced, damaged runs that were repaired.
///
/// ```swift
/// let warning = Warning(.encodingDetected, message: "no charset declared; detected GB18030")
/// ```
public struct Warning: Codable, Sendable, Hashable {
    /// A stable, kebab-case identifier (documented in `docs/SCHEMA.md`).
    public var code: String
    /// A human-readable explanation.
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}

extension Warning {
    /// The warning as one of the codes this version writes (`nil` for a code it does not know,
    /// from a newer version's record).
    public var knownCode: WarningCode? { WarningCode(rawValue: code) }

    /// A warning with one of the documented codes.
    public init(_ code: WarningCode, message: String) {
        self.init(code: code.rawValue, message: message)
    }
}

/// The codes a record's `warnings` use (documented in `docs/SCHEMA.md`).
public enum WarningCode: String, Sendable, Hashable, CaseIterable, Codable {
    /// Bytes invalid in the page's encoding were replaced with U+FFFD.
    case bytesReplaced = "bytes-replaced"
    /// No charset was declared; the encoding was detected.
    case encodingDetected = "encoding-detected"
    /// The declared charset did not fit the bytes; another was used.
    case encodingMislabelled = "encoding-mislabelled"
    /// A declared charset is unknown; the encoding was detected.
    case encodingUnknown = "encoding-unknown"
    /// The page gave a record without body text.
    case noArticleText = "no-article-text"
    /// The page went past `--time-limit`; the record holds what was read by then.
    case timeLimit = "time-limit"
}
