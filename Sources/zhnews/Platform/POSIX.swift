#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The tool's system calls, in one place: file descriptors, atomic replacement of a file,
/// signals, the terminal. Everything else in the tool goes through Foundation or these.
enum POSIX {
    /// Standard output's descriptor.
    static let standardOutput: Int32 = 1
    /// Standard error's descriptor.
    static let standardError: Int32 = 2
    /// `SIGINT` and `SIGTERM`: the signals that ask a batch to stop.
    static let stopSignals: [Int32] = [SIGINT, SIGTERM]

    /// Why a call failed: `errno` as text.
    struct Failure: Error, CustomStringConvertible {
        /// The reader of a pipe went away (`EPIPE`).
        var isClosedPipe: Bool
        var description: String

        static func current() -> Failure {
            Failure(isClosedPipe: errno == EPIPE, description: String(cString: strerror(errno)))
        }
    }

    /// Whether `path` exists and is something other than a regular file (`/dev/null`, a FIFO).
    static func isSpecialFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFREG
    }

    /// Opens `path` for writing: truncated and created (mode 0644) when `create` is set.
    static func openForWriting(_ path: String, create: Bool) throws(Failure) -> Int32 {
        let flags = create ? O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC : O_WRONLY | O_CLOEXEC
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else { throw Failure.current() }
        return descriptor
    }

    /// Writes all of `bytes` with `write(2)`, retrying after interruptions.
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw Failure.current()
            }
            offset += written
        }
    }

    /// Flushes a file to disk and closes it.
    static func syncAndClose(_ descriptor: Int32) throws(Failure) {
        if fsync(descriptor) != 0 || close(descriptor) != 0 { throw Failure.current() }
    }

    /// Closes a descriptor, ignoring errors (after a failure).
    static func closeQuietly(_ descriptor: Int32) {
        _ = close(descriptor)
    }

    /// Renames `source` to `destination` (atomic within a file system).
    static func move(_ source: String, to destination: String) throws(Failure) {
        if rename(source, destination) != 0 { throw Failure.current() }
    }

    /// Removes a file, ignoring errors.
    static func removeQuietly(_ path: String) {
        _ = unlink(path)
    }

    /// This process's id (for temporary names).
    static var processID: Int32 { getpid() }

    /// Whether `descriptor` is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Ignores `SIGPIPE`: a closed output shows up as a write error instead of killing the
    /// process mid-line.
    static func ignoreBrokenPipes() { _ = signal(SIGPIPE, SIG_IGN) }

    /// Ignores a signal's default action (a handler is installed through Dispatch).
    static func ignore(signal number: Int32) { _ = signal(number, SIG_IGN) }

    /// Ends the process at once, without running exit handlers.
    static func exitImmediately(_ status: Int32) -> Never { _exit(status) }

    /// A signal's name, for messages.
    static func name(ofSignal number: Int32) -> String {
        switch number {
        case SIGINT: "SIGINT"
        case SIGTERM: "SIGTERM"
        default: "signal \(number)"
        }
    }
}
