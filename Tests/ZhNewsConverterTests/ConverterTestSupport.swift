import Foundation
import Testing

/// Paths and data shared by the converter tests.
enum ConverterTestSupport {
    /// The package root (…/Tests/ZhNewsConverterTests/ThisFile.swift → three levels up).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file of the package, read as UTF-8.
    static func read(_ relativePath: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// A seed page from `Fixtures/` by its number prefix ("001").
    static func seed(_ number: String) throws -> String {
        let directory = packageRoot.appendingPathComponent("Fixtures")
        let name = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .first { $0.hasPrefix(number + "_") && $0.hasSuffix(".txt") }
        guard let name else { throw CocoaError(.fileNoSuchFile) }
        return try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The dev-set pages (`<root>/../shared/data/devset/pages/*.html`), empty when absent.
    static func devsetPages() -> [(name: String, text: String)] {
        let directory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/devset/pages")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { $0.hasSuffix(".html") }.sorted().compactMap { name in
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(name)) else { return nil }
            return (name, String(decoding: data, as: UTF8.self))
        }
    }

    /// OpenCC's own test case (from `Resources/t2s-testcases.json`).
    struct OpenCCCase: Decodable, Sendable, CustomTestStringConvertible {
        var id: String
        var config: String
        var input: String
        var expected: String
        var testDescription: String { id }
    }

    /// The 55 cases with config `t2s`.
    static let openCCT2SCases: [OpenCCCase] = {
        struct File: Decodable { var cases: [OpenCCCase] }
        guard let url = Bundle.module.url(forResource: "t2s-testcases", withExtension: "json", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "t2s-testcases", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let file = try? JSONDecoder().decode(File.self, from: data)
        else { return [] }
        return file.cases.filter { $0.config == "t2s" }
    }()
}
