import ZhNewsModel

/// Text decoded from a page's bytes, with how the encoding was chosen.
package struct DecodedPage: Sendable, Hashable {
    /// The decoded text (a BOM, if any, removed).
    package var text: String
    /// The decoder's canonical name (`UTF-8`, `GB18030`, `Big5-HKSCS` …).
    package var encoding: String
    /// Which rule chose ``encoding``.
    package var encodingSource: InputInfo.EncodingSource
    /// How many invalid byte sequences became U+FFFD.
    package var replacements: Int
    /// What the decoder wants the user to know.
    package var warnings: [Warning]
}
