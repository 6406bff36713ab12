/// UTF-8 checks and lossy decoding with a count of what was replaced.
enum UTF8Validation {
    /// Strict UTF-8 decoding, or `nil` when any sequence is invalid.
    static func strict(_ bytes: ArraySlice<UInt8>) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    /// Decodes UTF-8, replacing each invalid sequence with U+FFFD, and counts them.
    static func lossy(_ bytes: ArraySlice<UInt8>) -> (text: String, replacements: Int) {
        if let text = strict(bytes) { return (text, 0) }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var scalars = String.UnicodeScalarView()
        var replacements = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): scalars.append(Unicode.UTF8.decode(encoded))
            case .error:
                replacements += 1
                scalars.append("\u{FFFD}")
            case .emptyInput: break loop
            }
        }
        return (String(scalars), replacements)
    }

    /// The number of multi-byte sequences in bytes known to be valid UTF-8.
    static func multiByteCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $1 >= 0xC0 ? $0 + 1 : $0 }
    }
}
