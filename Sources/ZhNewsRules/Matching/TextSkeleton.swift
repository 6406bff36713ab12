/// What two printings of one text share: its letters and digits, CJK included, without white
/// space and punctuation (a `description` and the lead it repeats, a `<title>` and its `h1`).
package enum TextSkeleton {
    /// The letters and digits of `text`, in order.
    package static func of(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter(isLetterOrDigit)))
    }

    /// ASCII and CJK told by range; other scalars by their Unicode properties.
    package static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
        case 0..<0x80, 0x3000...0x303F, 0xFF00...0xFF0F, 0xFF1A...0xFF20: return false  // ASCII and CJK punctuation
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }
}
