import Foundation
import ZhNews
import ZhNewsBatch

/// Where the goldens of a set of pages live, and which golden belongs to which page.
///
/// The pages' *base* is the deepest folder holding every path named (a folder named counts as
/// itself, a file as its folder), or, when the golden folder is named (`--golden`) and the paths
/// lie in its parent folder, that parent; each page's golden is the page's path below the base
/// plus `.json`, under the golden folder (default: `golden/` in the base). So
/// `zhnews golden record crawl/` keeps `crawl/site/a.html`'s records in
/// `crawl/golden/site/a.html.json`. A page of an archive is kept under the archive's name:
/// `crawl/golden/x.warc.gz/<record id>.json`.
struct GoldenFolder: Sendable {
    /// The folder the goldens are in, as given or derived.
    let root: String
    /// The absolute base folder of the pages.
    let base: String
    /// The named paths below the base (`""` for the base itself): the part of the golden folder a
    /// run covers, so that checking `crawl/site-a` does not call `crawl/site-b`'s goldens missing.
    let scopes: [String]
    private let absoluteRoot: String

    init(paths: [String], golden: String?) {
        let named = paths.map { path -> (absolute: String, isDirectory: Bool) in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            return (Self.absolute(path), exists && isDirectory.boolValue)
        }
        let folders = named.map { $0.isDirectory ? $0.absolute : ($0.absolute as NSString).deletingLastPathComponent }
        // A golden folder named with --golden sits beside the pages it holds (`Fixtures/golden` for
        // `Fixtures/html`): its parent is the base when every path lies inside it.
        let goldenParent = golden.map { (Self.absolute($0) as NSString).deletingLastPathComponent }
        let base: String
        if let goldenParent, named.allSatisfy({ Self.below(goldenParent, $0.absolute) != nil }) {
            base = goldenParent
        } else {
            base = Self.commonAncestor(folders)
        }
        self.base = base
        self.scopes = named.map { Self.below(base, $0.absolute) ?? "" }
        root = golden ?? Self.relativeToWorkingDirectory(base + "/golden")
        absoluteRoot = Self.absolute(root)
    }

    /// The golden file's path for a job's page.
    func goldenPath(for job: BatchJob) -> String {
        root + "/" + relativeName(for: job) + ".json"
    }

    /// The page's name below the base (for a page of an archive, the archive's name and the
    /// record id), made safe as a path.
    func relativeName(for job: BatchJob) -> String {
        let path: String?, id: String
        switch job {
        case .file(let filePath, _, let jobID, _): (path, id) = (filePath, jobID ?? filePath)
        case .page(let input): (path, id) = (input.path, input.id)
        case .failed(let record): (path, id) = (record.input.path, record.id)
        }
        guard let path, path != "-" else { return OutputDirectory.safeName(id) }
        let name = Self.below(base, Self.absolute(path)).map(OutputDirectory.safePath) ?? OutputDirectory.safePath(path)
        return id == path ? name : name + "/" + OutputDirectory.safeName(id)
    }

    /// Whether a path lies inside the golden folder (pages there are never read as inputs).
    func holds(_ path: String) -> Bool {
        let absolute = Self.absolute(path)
        return absolute == absoluteRoot || absolute.hasPrefix(absoluteRoot + "/")
    }

    /// The golden files in the covered part of the folder, by relative page name (the name
    /// ``relativeName(for:)`` gives), sorted.
    func goldenFiles() -> [(name: String, path: String)] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [(String, String)] = []
        while let item = enumerator.nextObject() as? String {
            guard item.hasSuffix(".json"), !(item as NSString).lastPathComponent.hasPrefix(".") else { continue }
            let name = String(item.dropLast(".json".count))
            guard scopes.contains(where: { $0.isEmpty || name == $0 || name.hasPrefix($0 + "/") }) else { continue }
            files.append((name, root + "/" + item))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    // MARK: Paths

    static func absolute(_ path: String) -> String {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path)
        var result = url.standardized.path
        while result.count > 1, result.hasSuffix("/") { result.removeLast() }
        return result
    }

    /// `path` below `folder` (`""` when equal), or nil when it is not inside it.
    static func below(_ folder: String, _ path: String) -> String? {
        if path == folder { return "" }
        let prefix = folder == "/" ? "/" : folder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
    }

    /// The deepest folder holding every one of the absolute folders.
    static func commonAncestor(_ folders: [String]) -> String {
        guard var common = folders.first?.split(separator: "/", omittingEmptySubsequences: true) else { return absolute(".") }
        for folder in folders.dropFirst() {
            let parts = folder.split(separator: "/", omittingEmptySubsequences: true)
            var count = 0
            while count < common.count, count < parts.count, common[count] == parts[count] { count += 1 }
            common = Array(common.prefix(count))
        }
        return "/" + common.joined(separator: "/")
    }

    /// An absolute path written relative to the working directory when it lies below it.
    static func relativeToWorkingDirectory(_ path: String) -> String {
        below(absolute("."), path).map { $0.isEmpty ? "." : $0 } ?? path
    }
}
