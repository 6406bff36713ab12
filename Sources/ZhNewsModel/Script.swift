/// The script of a text: simplified, traditional or a mix of both.
public enum Script: String, Codable, Sendable, Hashable, CaseIterable {
    /// Simplified Chinese (or no script-specific characters at all).
    case hans
    /// Traditional Chinese.
    case hant
    /// Both scripts in significant amounts.
    case mixed
}
