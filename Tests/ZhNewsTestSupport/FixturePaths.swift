import Foundation

/// Locations of the package's fixtures and goldens, found from this file's path so tests run
/// from any working directory.
package enum FixturePaths {
    /// The package root (the folder holding Package.swift).
    package static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    package static let fixtures = root.appendingPathComponent("Fixtures")
    package static let goldens = fixtures.appendingPathComponent("golden")

    /// Fixture pages (relative to the root, e.g. `Fixtures/000_….txt`), goldens and helper dirs excluded.
    package static func pages() -> [String] {
        let items = ZhNewsTestSupport.expand([fixtures.path])
        return items.map { String($0.dropFirst(root.path.count + 1)) }
            .filter { !$0.hasPrefix("Fixtures/golden/") && !$0.hasPrefix("Fixtures/mixed-dir/") && !$0.hasPrefix("Fixtures/warc/") }
    }

    /// The golden file of a fixture page: `Fixtures/golden/<path below Fixtures>.json` (as
    /// `zhnews golden record` names it).
    package static func golden(for page: String) -> URL {
        goldens.appendingPathComponent(String(page.dropFirst("Fixtures/".count)) + ".json")
    }

    package static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent(relativePath)))
    }
}
