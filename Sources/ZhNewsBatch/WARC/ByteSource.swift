#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes read in order, one chunk at a time: a plain file, or a gzip file as it inflates.
///
/// The WARC reader sees the same interface whichever the file is, so it never needs the whole
/// file in memory.
protocol ByteSource: AnyObject {
    /// The next bytes of the stream (at most about one chunk); empty only at the end of the stream.
    /// Throws `.truncated` when the stream ends where it may not, `.unreadable` on I/O or data errors.
    func nextChunk() throws(InputFileError) -> [UInt8]
}

/// Opens the byte source for a file: inflating when the file starts with the gzip magic bytes,
/// plain otherwise (the name does not decide: a `.warc.gz` that was stored uncompressed still reads).
enum ByteSources {
    /// The size of the chunks read from disk.
    static let defaultChunkSize = 1 << 20

    static func open(path: String, chunkSize: Int = defaultChunkSize) throws(InputFileError) -> any ByteSource {
        let file = try FileByteSource(path: path, chunkSize: chunkSize)
        let head = try file.peek(count: 2)
        return head == GzipStream.magic ? GzipStream(compressed: file, chunkSize: chunkSize) : file
    }
}

/// A file read in chunks with `read(2)`; closed when the source is released.
final class FileByteSource: ByteSource {
    private let descriptor: Int32
    private let chunkSize: Int
    /// Bytes read ahead by ``peek(count:)``, handed out before anything else.
    private var pending: [UInt8] = []
    private var ended = false

    init(path: String, chunkSize: Int = ByteSources.defaultChunkSize) throws(InputFileError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            let detail = String(cString: strerror(code))
            throw InputFileError(error: code == ENOENT ? .notFound : .unreadable, detail: "cannot open the file: \(detail)")
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw InputFileError(error: .unreadable, detail: "is a directory, not a file")
        }
        self.descriptor = descriptor
        self.chunkSize = max(chunkSize, 16)
    }

    deinit { close(descriptor) }

    /// The first `count` bytes still to come (fewer at the end of the file), without consuming them.
    func peek(count: Int) throws(InputFileError) -> [UInt8] {
        while pending.count < count && !ended {
            let chunk = try readChunk()
            if chunk.isEmpty { ended = true } else { pending += chunk }
        }
        return Array(pending.prefix(count))
    }

    func nextChunk() throws(InputFileError) -> [UInt8] {
        if !pending.isEmpty {
            defer { pending = [] }
            return pending
        }
        if ended { return [] }
        let chunk = try readChunk()
        if chunk.isEmpty { ended = true }
        return chunk
    }

    private func readChunk() throws(InputFileError) -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 {
                chunk.removeSubrange(count...)
                return chunk
            }
            let code = errno
            if code == EINTR { continue }
            throw InputFileError(error: .unreadable, detail: "read failed: \(String(cString: strerror(code)))")
        }
    }
}

/// Bytes already in memory, handed out in chunks (for inflating a buffer and for tests).
final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var position = 0

    init(_ bytes: [UInt8], chunkSize: Int = ByteSources.defaultChunkSize) {
        self.bytes = bytes
        self.chunkSize = max(chunkSize, 1)
    }

    func nextChunk() throws(InputFileError) -> [UInt8] {
        let end = min(position + chunkSize, bytes.count)
        defer { position = end }
        return Array(bytes[position..<end])
    }
}
