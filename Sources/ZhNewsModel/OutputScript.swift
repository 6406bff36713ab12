/// Which script a record's text is written in.
public enum OutputScript: String, Sendable, Hashable, CaseIterable {
    /// Convert traditional characters to simplified (the default).
    case simplified
    /// Keep the script as printed.
    case keep
}
