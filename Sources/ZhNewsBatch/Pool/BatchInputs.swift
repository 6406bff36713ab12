import Foundation
import ZhNews
import ZhNewsModel

/// The inputs of a batch as one stream of jobs, read as the batch goes: paths (files,
/// directories, WARC archives), a list file of paths, `--stdin-jsonl` requests, or one page on
/// standard input.
///
/// Directories named on the command line are expanded up front, so the number of inputs is
/// known for progress; list files, archives and requests are read lazily.
package final class BatchInputs: IteratorProtocol, @unchecked Sendable {
    /// Where the inputs come from.
    package enum Source {
        /// Files, directories and archives, as named.
        case paths([String])
        /// A file (or `-`: standard input) holding one path per line; blank lines are skipped.
        case pathList(String)
        /// `--stdin-jsonl`: one JSON request per line of standard input.
        case requests
        /// One page read whole from standard input.
        case standardInput
    }

    private let charset: String?
    private let maxBytes: Int
    /// Paths still to expand (from a list file), then items still to turn into jobs.
    private var listReader: LineReader?
    private var requestReader: LineReader?
    private var items: [InputFiles.Item] = []
    private var itemIndex = 0
    private var archive: WARCReader?
    private var archivePath = ""
    private var standardInputPending = false
    private let lock = NSLock()
    private var skipped: [String: Int] = [:]

    /// The number of inputs when known before reading them (paths without archives), else nil.
    package let knownTotal: Int?

    /// - Parameters:
    ///   - charset: the caller's charset for files (`--charset`).
    ///   - maxBytes: the size limit, also for archive records.
    /// - Throws: ``InputFileError`` when a list file cannot be opened.
    package init(_ source: Source, charset: String?, maxBytes: Int) throws {
        self.charset = charset
        self.maxBytes = maxBytes
        switch source {
        case .paths(let paths):
            items = InputFiles.expand(paths)
            knownTotal = items.contains { WARCReader.isWARC(path: $0.path) } ? nil : items.count
        case .pathList(let path):
            guard let reader = path == "-" ? LineReader(descriptor: 0) : LineReader(path: path) else {
                throw InputFileError(error: .unreadable, detail: "cannot open the list file \(path)")
            }
            listReader = reader
            knownTotal = nil
        case .requests:
            requestReader = LineReader(descriptor: 0)
            knownTotal = nil
        case .standardInput:
            standardInputPending = true
            knownTotal = 1
        }
    }

    /// Archive records passed over (not HTML responses), by record type.
    package var skippedRecords: [String: Int] {
        lock.withLock { skipped }
    }

    /// The next job; nil when every input has been given.
    package func next() -> BatchJob? {
        while true {
            if var reader = archive {
                let entry = reader.next()
                archive = reader
                switch entry {
                case .page(let input):
                    return .page(input)
                case .skipped(let recordType, _):
                    lock.withLock { skipped[recordType, default: 0] += 1 }
                    continue
                case .failure(let id, let url, let error, let detail):
                    return .failed(error.record(id: id, input: InputInfo(path: archivePath, url: url), detail: detail))
                case nil:
                    archive = nil
                    continue
                }
            }
            if itemIndex < items.count {
                let item = items[itemIndex]
                itemIndex += 1
                if itemIndex == items.count {
                    items.removeAll(keepingCapacity: false)
                    itemIndex = 0
                }
                switch item {
                case .file(let path):
                    guard WARCReader.isWARC(path: path) else { return .file(path: path, charset: charset) }
                    do {
                        archive = try WARCReader(path: path, maxBytes: maxBytes)
                        archivePath = path
                    } catch {
                        let detail = (error as? InputFileError)?.detail ?? "cannot open the archive: \(error)"
                        return .failed(InputError.unreadable.record(id: path, input: InputInfo(path: path), detail: detail))
                    }
                    continue
                case .failure(let path, let error, let detail):
                    return .failed(error.record(id: path, input: InputInfo(path: path), detail: detail))
                }
            }
            if let reader = listReader {
                guard let line = reader.next() else {
                    listReader = nil
                    return nil
                }
                if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }  // blank lines
                items = InputFiles.expand([line])
                itemIndex = 0
                continue
            }
            if let reader = requestReader {
                guard let line = reader.next() else { return nil }
                if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
                return PageRequest.job(forLine: line, lineNumber: reader.lineNumber)
            }
            if standardInputPending {
                standardInputPending = false
                // One byte over the limit is enough for the pipeline to refuse the page.
                let bytes = [UInt8]((try? FileHandle.standardInput.read(upToCount: maxBytes + 1)) ?? Data())
                return .page(PageInput(id: "-", path: "-", bytes: bytes, charset: charset))
            }
            return nil
        }
    }
}
