/// A non-fatal problem met while turning a page into a record.
///
/// Warnings travel on the record so that nothing is silently lost: an encoding that was
/// guessed, bytes that were replaced, damaged runs that were repaired.
///
/// ```swift
/// let warning = Warning(code: "encoding-detected", message: "no charset declared; detected GB18030")
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
