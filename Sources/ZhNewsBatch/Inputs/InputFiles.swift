import Foundation
import ZhNews
import ZhNewsModel

/// Expands the paths a user names into the pages to process, and reads them.
///
/// Directories are walked recursively in sorted order (symlink loops are detected); inside
/// them, files ending in `.html`, `.htm`, `.shtml`, `.xhtml`, `.txt`, `.warc`, `.warc.gz` are taken, and
/// extensionless files when their first bytes look like text. A path named explicitly is always
/// taken, whatever its extension, so that a bad file yields an error record rather than nothing.
package enum InputFiles {
    /// File name endings taken from directories.
    package static let pageExtensions: Set<String> = ["html", "htm", "shtml", "xhtml", "txt"]

    /// One entry of the expansion: a file to read, or a path that cannot be (with its error).
    package enum Item: Sendable, Hashable {
        case file(String)
        case failure(path: String, error: InputError, detail: String)

        package var path: String {
            switch self {
            case .file(let path): path
            case .failure(let path, _, _): path
            }
        }
    }

    /// The pages under `paths`, in order: each path as given, directories expanded in place.
    package static func expand(_ paths: [String]) -> [Item] {
        var items: [Item] = []
        var visited: Set<String> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                let dangling = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
                items.append(.failure(path: path, error: dangling ? .unreadable : .notFound, detail: dangling ? "broken symbolic link" : "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                walk(path, into: &items, visited: &visited)
            } else {
                items.append(.file(path))
            }
        }
        return items
    }

    private static func walk(_ directory: String, into items: inout [Item], visited: inout Set<String>) {
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }  // a symlink loop, or a directory seen already
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            items.append(.failure(path: directory, error: .unreadable, detail: "cannot list directory: \(error.localizedDescription)"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                // A broken or self-referring link named like a page is reported, not skipped.
                let ext = (name as NSString).pathExtension.lowercased()
                if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil, pageExtensions.contains(ext) {
                    items.append(.failure(path: path, error: .unreadable, detail: "broken symbolic link"))
                }
                continue
            }
            if isDirectory.boolValue {
                walk(path, into: &items, visited: &visited)
            } else if isPage(path) {
                items.append(.file(path))
            }
        }
    }

    /// Whether `path` (after symbolic links) is a regular file: FIFOs, sockets and devices are
    /// never opened, so a batch cannot block on one.
    package static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// Whether a file found inside a directory should be read as a page.
    static func isPage(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        if name.hasSuffix(".warc") || name.hasSuffix(".warc.gz") { return true }
        let ext = (name as NSString).pathExtension.lowercased()
        if !ext.isEmpty { return pageExtensions.contains(ext) }
        guard isRegularFile(path) else { return false }
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }  // unreadable: report it
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 4096)) ?? Data())
        return !head.isEmpty && BinarySniffer.binaryKind(head) == nil
    }

    /// Reads a file's bytes, refusing files over `maxBytes` without reading them.
    package static func read(_ path: String, maxBytes: Int) -> Result<[UInt8], InputFileError> {
        guard FileManager.default.fileExists(atPath: path) else {
            return .failure(InputFileError(error: .notFound, detail: "no such file or directory"))
        }
        guard isRegularFile(path) else {
            return .failure(InputFileError(error: .unreadable, detail: "not a regular file (a directory, FIFO, socket or device)"))
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber, size.intValue > maxBytes {
            return .failure(InputFileError(error: .tooLarge, detail: "the file is \(size.intValue) bytes, above the limit of \(maxBytes) (--max-bytes)"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(InputFileError(error: .unreadable, detail: "permission denied or not a regular file"))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
            if data.count > maxBytes {
                return .failure(InputFileError(error: .tooLarge, detail: "the file is larger than the limit of \(maxBytes) bytes (--max-bytes)"))
            }
            return .success([UInt8](data))
        } catch {
            return .failure(InputFileError(error: .unreadable, detail: "read failed: \(error.localizedDescription)"))
        }
    }
}

/// Why a file could not be read.
package struct InputFileError: Error, Sendable, Hashable {
    package var error: InputError
    package var detail: String
}
