import Foundation

/// The development set beside the project (`../shared/data/devset`: real pages with gold
/// records), when present. It is not part of the project: tests that need it are skipped, with
/// the reason, in a clone without it.
package enum DevsetPages {
    /// The dev set's folder.
    package static let directory = FixturePaths.root.deletingLastPathComponent().appendingPathComponent("shared/data/devset")

    package static var isPresent: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("pages").path)
    }

    /// One dev page: its path relative to the package root, and its gold record's body.
    package struct Page: Sendable, CustomStringConvertible {
        package var path: String
        package var id: String
        package var goldBody: [String]
        package var description: String { id }
    }

    /// The HTML pages (`pages/*.html`) with their gold bodies; empty when the dev set is absent.
    package static func htmlPages() -> [Page] {
        pages(folder: "pages", suffix: ".html")
    }

    /// The flattened pages (`flat/*.txt`); empty when absent.
    package static func flatPages() -> [Page] {
        pages(folder: "flat", suffix: ".txt")
    }

    private static func pages(folder: String, suffix: String) -> [Page] {
        let folderURL = directory.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folderURL.path) else { return [] }
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { name in
            let id = String(name.dropLast(suffix.count))
            let goldURL = directory.appendingPathComponent("gold/\(id).json")
            var body: [String] = []
            if let data = try? Data(contentsOf: goldURL),
               let gold = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
                body = gold["body"] as? [String] ?? []
            }
            return Page(path: "../shared/data/devset/\(folder)/\(name)", id: id, goldBody: body)
        }
    }
}
