import Foundation
import Testing
import ZhNewsTestSupport

/// `docs/ARCHITECTURE.md`'s module table is the package's real graph.
@Suite("Architecture document")
struct ArchitectureDocTests {
    /// Target → its dependencies among the package's targets, read from `Package.swift`.
    static func packageGraph() throws -> [String: Set<String>] {
        let manifest = try String(contentsOf: FixturePaths.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        var graph: [String: Set<String>] = [:]
        // `.target(name: "X", dependencies: [ … ])`, `.executableTarget(…)`, `.target(name: "X")`.
        let pattern = try NSRegularExpression(
            pattern: #"\.(?:target|executableTarget)\(\s*name:\s*"([^"]+)"(?:,\s*dependencies:\s*\[((?:[^\[\]]|\[[^\]]*\])*)\])?"#)
        let range = NSRange(manifest.startIndex..., in: manifest)
        for match in pattern.matches(in: manifest, range: range) {
            let name = String(manifest[Range(match.range(at: 1), in: manifest)!])
            var dependencies: Set<String> = []
            if let listRange = Range(match.range(at: 2), in: manifest) {
                let list = String(manifest[listRange])
                let product = try NSRegularExpression(pattern: #"\.product\(name:\s*"([^"]+)"[^)]*\)"#)
                let products = product.matches(in: list, range: NSRange(list.startIndex..., in: list))
                    .map { String(list[Range($0.range(at: 1), in: list)!]) }
                let withoutProducts = product.stringByReplacingMatches(in: list, range: NSRange(list.startIndex..., in: list), withTemplate: "")
                let quoted = try NSRegularExpression(pattern: #""([^"]+)""#)
                dependencies = Set(quoted.matches(in: withoutProducts, range: NSRange(withoutProducts.startIndex..., in: withoutProducts))
                    .map { String(withoutProducts[Range($0.range(at: 1), in: withoutProducts)!]) } + products)
            }
            graph[name] = dependencies
        }
        return graph
    }

    /// Target → dependencies from the document's table (`| \`X\` | \`A\`, \`B\`, C |`).
    static func documentedGraph() throws -> [String: Set<String>] {
        let document = try String(contentsOf: FixturePaths.root.appendingPathComponent("docs/ARCHITECTURE.md"), encoding: .utf8)
        var graph: [String: Set<String>] = [:]
        for line in document.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 2 else { continue }
            let name = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let dependencies = cells[1].split(separator: ",").compactMap { cell -> String? in
                let word = cell.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
                let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: "`"))
                return bare == "—" || bare.isEmpty ? nil : bare
            }
            graph[name] = Set(dependencies)
        }
        return graph
    }

    @Test("the module table matches Package.swift for every library and executable target")
    func moduleTableMatchesManifest() throws {
        let real = try Self.packageGraph().filter { !$0.key.hasSuffix("TestSupport") }
        let documented = try Self.documentedGraph()
        #expect(real.count >= 12, "read \(real.count) targets from Package.swift")
        for (target, dependencies) in real {
            #expect(documented[target] == dependencies, "\(target): Package.swift says \(dependencies.sorted()), the document \(documented[target]?.sorted() ?? [])")
        }
        for target in documented.keys { #expect(real[target] != nil, "the document lists \(target), which Package.swift does not have") }
    }
}
