extension WARCReader {
    /// Whether a path names a WARC file: by name (`.warc`, `.warc.gz`, any case; ARC files are not
    /// WARC) or, for other names, by its first bytes (the gzip magic followed by `WARC/` once
    /// inflated, or `WARC/1.`). A file that cannot be opened is not a WARC file, unless its name says so.
    package static func isWARC(path: String) -> Bool {
        let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
        if name.hasSuffix(".warc") || name.hasSuffix(".warc.gz") { return true }
        // Only regular files are sniffed: opening a FIFO or a device could block or never end.
        guard InputFiles.isRegularFile(path), let file = try? FileByteSource(path: path, chunkSize: 4096),
              let head = try? file.peek(count: 7)
        else { return false }
        if head.starts(with: GzipStream.magic) {
            let inflated = ByteReader(GzipStream(compressed: file, chunkSize: 4096))
            guard let start = try? inflated.read(upTo: 5) else { return false }
            return start == Array("WARC/".utf8)
        }
        return head == Array("WARC/1.".utf8)
    }
}
