/// Collapses white-space runs to one space and trims, on UTF-8 bytes: the text of an HTML line
/// as a browser would show it. White space here: ASCII space and TAB…CR, NBSP, NEL, the U+2000 spaces, line and paragraph separators,
/// narrow NBSP, U+205F, U+3000 and the BOM.
enum WhitespaceCollapser {
    /// The collapsed text of valid UTF-8 bytes.
    static func collapse(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { input in
            String(unsafeUninitializedCapacity: input.count) { output in
                var written = 0
                var pendingSpace = false
                var index = 0
                let count = input.count
                while index < count {
                    let width = spaceWidth(input, at: index)
                    if width > 0 {
                        pendingSpace = written > 0
                        index += width
                        continue
                    }
                    if pendingSpace {
                        output[written] = 0x20
                        written += 1
                        pendingSpace = false
                    }
                    output[written] = input[index]
                    written += 1
                    index += 1
                }
                return written
            }
        }
    }

    /// The byte length of the white-space character at `index`, or 0.
    @inline(__always)
    static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        let remaining = bytes.count - index
        switch byte {
        case 0xC2:
            guard remaining >= 2 else { return 0 }
            return bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE1:
            guard remaining >= 3 else { return 0 }
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard remaining >= 3 else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80 {
                return third <= 0x8B || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            guard remaining >= 3 else { return 0 }
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xEF:
            guard remaining >= 3 else { return 0 }
            return bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF ? 3 : 0
        default:
            return 0
        }
    }
}
