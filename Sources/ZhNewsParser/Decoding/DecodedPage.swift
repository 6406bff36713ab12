import ZhNewsModel

/// Text decoded from a page's bytes, with how the encoding was chosen.
public struct DecodedPage: Sendable, Hashable {
    /// The decoded text (a BOM, if any, removed).
    public var text: String
    /// The decoder's canonical name (`UTF-8`, `GB18030`, `Big5-HKSCS` …).
    public var encoding: String
    /// Which rule chose ``encoding``.
    public var encodingSource: InputInfo.EncodingSource
    /// How many invalid byte sequences became U+FFFD.
    public var replacements: Int
    /// What the decoder wants the user to know.
    public var warnings: [Warning]
}
