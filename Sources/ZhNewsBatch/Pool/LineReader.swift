import Foundation

/// Reads a file descriptor line by line (split on `\n`, a trailing `\r` dropped), in 64 KiB
/// reads, so a list of a million paths or requests is never held whole.
package final class LineReader: IteratorProtocol, @unchecked Sendable {
    private let descriptor: Int32
    private let closesDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next `\n` goes on (bytes before it hold none).
    private var searched = 0
    private var atEnd = false
    /// The 1-based number of the line last returned.
    package private(set) var lineNumber = 0

    /// Reads `descriptor` (not closed at the end).
    package init(descriptor: Int32) {
        self.descriptor = descriptor
        self.closesDescriptor = false
    }

    /// Opens `path` for reading; nil when it cannot be opened.
    package init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.closesDescriptor = true
    }

    deinit {
        if closesDescriptor { close(descriptor) }
    }

    /// The next line, without its line end; nil at the end of the input.
    package func next() -> String? {
        while true {
            if let newline = buffer[max(start, searched)...].firstIndex(of: 0x0A) {
                let line = take(upTo: newline)
                start = newline + 1
                searched = start
                return line
            }
            searched = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = take(upTo: buffer.count)
                start = buffer.count
                return line
            }
            fill()
        }
    }

    private func take(upTo end: Int) -> String {
        lineNumber += 1
        var stop = end
        if stop > start, buffer[stop - 1] == 0x0D { stop -= 1 }
        return String(decoding: buffer[start..<stop], as: UTF8.self)
    }

    private func fill() {
        if start > 0 {
            buffer.removeFirst(start)
            searched -= start
            start = 0
        }
        let chunk = 64 * 1024
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        var count: Int
        repeat {
            count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, chunk) }
        } while count < 0 && errno == EINTR
        buffer.removeLast(chunk - max(count, 0))
        if count <= 0 { atEnd = true }
    }
}
