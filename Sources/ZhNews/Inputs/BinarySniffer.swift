/// Tells text from binary data before any decoding is attempted.
package enum BinarySniffer {
    /// File signatures of common non-text formats, with a name for the error message.
    static let signatures: [(bytes: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0xFF, 0xD8, 0xFF], "JPEG image"), (Array("GIF8".utf8), "GIF image"),
        (Array("%PDF".utf8), "PDF document"), ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"), ([0x1F, 0x8B], "gzip data"),
        (Array("RIFF".utf8), "RIFF media"), ([0x7F, 0x45, 0x4C, 0x46], "ELF binary"), ([0x42, 0x5A, 0x68], "bzip2 data"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A], "xz data"), ([0x28, 0xB5, 0x2F, 0xFD], "zstd data"),
    ]

    /// A description of the binary format, or `nil` when the bytes may be text.
    package static func binaryKind(_ bytes: [UInt8]) -> String? {
        for signature in signatures where bytes.starts(with: signature.bytes) { return signature.name }
        // Text has almost no C0 control bytes other than tab, newline, carriage return, form feed.
        // (UTF-16 without a BOM is not supported: it would count as binary.)
        let sample = bytes.prefix(8192)
        let controls = sample.reduce(0) { count, byte in
            byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B ? count + 1 : count
        }
        return controls * 100 > sample.count * 5 ? "binary data" : nil
    }
}
