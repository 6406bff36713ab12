import Foundation

/// Where JSON lines go: standard output, or a file written under a temporary name and renamed
/// into place when the batch is done, so a reader never sees a half-written file under its name.
///
/// Lines are buffered and written with `write(2)` whole, so the output only ever holds whole
/// lines. The buffer goes out when it passes 256 KiB, when the last flush is more than 0.2 s old
/// (the first records show up at once), and after every input when `flushesEachInput` is set
/// (what `--stdin-jsonl` clients such as Spark need).
final class RecordWriter {
    /// Why output stopped.
    enum Failure: Error, CustomStringConvertible {
        /// The reader went away (a closed pipe): not an error for the user.
        case closedByReader
        /// Writing failed (a full disk, an I/O error); the message says why.
        case cannotWrite(target: String, reason: String)

        var description: String {
            switch self {
            case .closedByReader: "the reader closed the output"
            case .cannotWrite(let target, let reason): "cannot write \(target): \(reason)"
            }
        }
    }

    private let descriptor: Int32
    private let temporaryPath: String?
    private let finalPath: String?
    private let flushesEachInput: Bool
    private var buffer: [UInt8] = []
    private var lastFlush = DispatchTime.now().uptimeNanoseconds
    /// The name output goes to, for messages.
    let target: String

    /// - Parameter path: a file to write, or nil / `-` for standard output. A path that names
    ///   something other than a regular file (`/dev/null`, a FIFO) is written directly.
    init(path: String?, flushesEachInput: Bool) throws {
        self.flushesEachInput = flushesEachInput
        buffer.reserveCapacity(512 * 1024)
        guard let path, path != "-" else {
            (descriptor, temporaryPath, finalPath, target) = (POSIX.standardOutput, nil, nil, "standard output")
            return
        }
        self.target = path
        if POSIX.isSpecialFile(path) {
            do {
                (descriptor, temporaryPath, finalPath) = (try POSIX.openForWriting(path, create: false), nil, nil)
            } catch {
                throw Failure.cannotWrite(target: path, reason: error.description)
            }
            return
        }
        let temporary = Self.temporaryPath(beside: path)
        do {
            descriptor = try POSIX.openForWriting(temporary, create: true)
        } catch {
            throw Failure.cannotWrite(target: path, reason: error.description)
        }
        temporaryPath = temporary
        finalPath = path
    }

    /// The hidden name a file is written under before it is renamed to `path`: `.NAME.PID.tmp`
    /// in the same directory (a rename never crosses file systems).
    static func temporaryPath(beside path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        return (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(POSIX.processID).tmp"
    }

    /// Writes `text` as the whole of the file at `path`: under ``temporaryPath(beside:)``, then
    /// renamed into place, so the name never holds a half-written file.
    static func writeWhole(_ text: String, to path: String) throws(Failure) {
        let temporary = temporaryPath(beside: path)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
            try POSIX.move(temporary, to: path)
        } catch {
            POSIX.removeQuietly(temporary)
            throw Failure.cannotWrite(target: path, reason: (error as? POSIX.Failure)?.description ?? error.localizedDescription)
        }
    }

    /// Adds one input's lines (whole JSON lines, each ending in `\n`).
    func write(_ lines: String) throws {
        buffer.append(contentsOf: lines.utf8)
        let now = DispatchTime.now().uptimeNanoseconds
        if flushesEachInput || buffer.count >= 256 * 1024 || now &- lastFlush > 200_000_000 {
            try flush()
            lastFlush = now
        }
    }

    /// Writes out what is buffered.
    func flush() throws {
        do {
            try POSIX.writeAll(descriptor, buffer)
        } catch {
            throw error.isClosedPipe ? Failure.closedByReader : Failure.cannotWrite(target: target, reason: error.description)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, and for a file, syncs it and renames it into place (or, when the batch was
    /// interrupted, to `FILE.partial`, so the final name only ever holds a complete batch).
    /// Returns the file name the output ended under (nil for standard output).
    @discardableResult
    func finish(complete: Bool) throws -> String? {
        try flush()
        guard let temporaryPath, let finalPath else { return nil }
        let destination = complete ? finalPath : finalPath + ".partial"
        do {
            try POSIX.syncAndClose(descriptor)
        } catch {
            POSIX.removeQuietly(temporaryPath)
            throw Failure.cannotWrite(target: finalPath, reason: error.description)
        }
        do {
            try POSIX.move(temporaryPath, to: destination)
        } catch {
            POSIX.removeQuietly(temporaryPath)
            throw Failure.cannotWrite(target: destination, reason: error.description)
        }
        return destination
    }

    /// Removes the temporary file after a failure.
    func abandon() {
        guard let temporaryPath else { return }
        POSIX.closeQuietly(descriptor)
        POSIX.removeQuietly(temporaryPath)
    }
}
