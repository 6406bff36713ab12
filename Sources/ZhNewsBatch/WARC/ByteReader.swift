/// Lines and counted runs of bytes over a ``ByteSource``, holding at most one chunk ahead.
final class ByteReader {
    private let source: any ByteSource
    private var buffer: [UInt8] = []
    private var position = 0
    private var sourceEnded = false
    /// Bytes consumed so far (offset of the next byte in the uncompressed stream).
    private(set) var offset = 0

    init(_ source: any ByteSource) {
        self.source = source
    }

    /// Whether the stream has no more bytes.
    func atEnd() throws(InputFileError) -> Bool {
        try !fill()
    }

    /// The next line, with its `\n` when there is one, reading at most `maxLength` bytes; `nil`
    /// at the end of the stream. A result without a final `\n` means the line was longer than
    /// `maxLength` or the stream ended inside it.
    func readLine(maxLength: Int) throws(InputFileError) -> [UInt8]? {
        guard try fill() else { return nil }
        var line: [UInt8] = []
        while line.count < maxLength, try fill() {
            let end = position + min(buffer.count - position, maxLength - line.count)
            if let newline = buffer[position..<end].firstIndex(of: 0x0A) {
                line += buffer[position...newline]
                consume(newline + 1 - position)
                return line
            }
            line += buffer[position..<end]
            consume(end - position)
        }
        return line
    }

    /// Up to `count` bytes (fewer only at the end of the stream).
    func read(upTo count: Int) throws(InputFileError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(max(count, 0), 1 << 20))
        while bytes.count < count, try fill() {
            let end = position + min(buffer.count - position, count - bytes.count)
            bytes += buffer[position..<end]
            consume(end - position)
        }
        return bytes
    }

    /// Skips up to `count` bytes without keeping them; returns how many were skipped (fewer only
    /// at the end of the stream).
    func skip(_ count: Int) throws(InputFileError) -> Int {
        var skipped = 0
        while skipped < count, try fill() {
            let step = min(buffer.count - position, count - skipped)
            consume(step)
            skipped += step
        }
        return skipped
    }

    private func consume(_ count: Int) {
        position += count
        offset += count
    }

    /// Makes sure at least one unread byte is buffered; `false` at the end of the stream.
    private func fill() throws(InputFileError) -> Bool {
        while position >= buffer.count {
            if sourceEnded { return false }
            buffer = try source.nextChunk()
            position = 0
            if buffer.isEmpty { sourceEnded = true }
        }
        return true
    }
}
