import Foundation
import ZhNews
import ZhNewsModel

/// `--output-dir DIR`: one file per article (`.json`: the format's ``RecordFormat/fileExtension``),
/// at a path that mirrors the input's.
///
/// `crawl/a/b.html` gives `DIR/crawl/a/b.html.json`; a page holding several articles gives
/// `b.html.1.json`, `b.html.2.json`; an input that failed gives `b.html.error.json` (nothing is
/// lost). Inputs that are not files of their own — archive records, `--stdin-jsonl` requests —
/// are named by their id, inside a folder named after the archive when there is one. Absolute
/// paths lose their leading `/`, `..` becomes `__`, and characters unsafe in file names become
/// `_`; a name that would start with `.` gets a leading `_`. Two inputs that map to the same
/// name in one run (repeated request ids) are kept apart with `~2`, `~3` before the suffix.
/// Every file is written under a temporary name and renamed into place.
final class OutputDirectory {
    let root: String
    /// The ending of every file (`.json`).
    let fileExtension: String
    /// Names written in this run, so that no input overwrites another's file.
    private var written: Set<String> = []

    /// Creates the directory when missing.
    init(root: String, fileExtension: String = ".json") throws {
        self.root = root
        self.fileExtension = fileExtension
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw RecordWriter.Failure.cannotWrite(target: root, reason: error.localizedDescription)
        }
    }

    /// Writes one input's lines, each to its own file; `rendered` holds each line's text.
    func write(_ lines: [OutputLine], rendered: [String]) throws {
        for (line, text) in zip(lines, rendered) {
            let (id, input, suffix): (String, InputInfo, String)
            switch line {
            case .record(let record):
                let parts = record.input.parts
                (id, input, suffix) = (record.id, record.input, parts > 1 ? ".\(record.input.part)" + fileExtension : fileExtension)
            case .error(let error):
                (id, input, suffix) = (error.id, error.input, ".error" + fileExtension)
            }
            let base = root + "/" + relativeName(id: id, input: input)
            var path = base + suffix
            var copy = 1
            while !written.insert(path).inserted {
                copy += 1
                path = base + "~\(copy)" + suffix
            }
            try Self.writeFile(path, text)
        }
    }

    /// The file name (without suffix) for an input: its path, or for a record that is not a file
    /// of its own, its id (under the archive's path when there is one).
    func relativeName(id: String, input: InputInfo) -> String {
        let pageID = id.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? id
        if let path = input.path, path != "-" {
            return pageID == path ? Self.safePath(path) : Self.safePath(path) + "/" + Self.safeName(pageID)
        }
        return Self.safeName(pageID)
    }

    /// A path made safe to put under the root: components kept, `..` and `.` neutralised.
    static func safePath(_ path: String) -> String {
        let components = path.split(separator: "/").compactMap { component -> String? in
            switch component {
            case ".": nil
            case "..": "__"
            default: safeName(String(component))
            }
        }
        return components.isEmpty ? "_" : components.joined(separator: "/")
    }

    /// One file-name component: `/`, control characters and characters that trouble shells and
    /// other systems become `_`; at most 200 bytes.
    static func safeName(_ name: String) -> String {
        var result = ""
        for scalar in name.unicodeScalars {
            let unsafe = scalar.value < 0x20 || "/\\:*?\"<>|".unicodeScalars.contains(scalar)
            result.unicodeScalars.append(unsafe ? "_" : scalar)
            if result.utf8.count > 200 { break }
        }
        if result.isEmpty || result == "." || result == ".." { return "_" }
        return result.hasPrefix(".") ? "_" + result : result
    }

    private static func writeFile(_ path: String, _ text: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw RecordWriter.Failure.cannotWrite(target: directory, reason: error.localizedDescription)
        }
        try RecordWriter.writeWhole(text, to: path)
    }
}
