import Foundation
import ZhNews
import ZhNewsExtractor

/// Date and figure extraction throughput, single-threaded, on a ~2 MB text built by repeating the
/// seed pages `Fixtures/00[0-4]_*.txt` read as text (the raw page text, which has more dates and
/// numbers than the clean bodies). Each measurement follows a warm-up run and repeats until at
/// least `minimumSeconds` have passed.
///
/// Returns the lines to print.
func runMentionBenchmark(minimumSeconds: Double = 1.0) -> [String] {
    var lines: [String] = []
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let fixtures = root.appendingPathComponent("Fixtures")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
        .filter { $0.hasSuffix(".txt") && $0.count > 4 && $0.prefix(3).allSatisfy(\.isNumber) }
        .sorted()
    let seeds = names.compactMap { try? String(contentsOf: fixtures.appendingPathComponent($0), encoding: .utf8) }
    let unit = seeds.joined(separator: "\n")
    guard unit.utf8.count > 100 else { return ["cannot find Fixtures/00*_*.txt; run from the package"] }
    var text = ""
    while text.utf8.count < 2_000_000 { text += unit }
    let megabytes = Double(text.utf8.count) / 1_000_000
    lines.append(String(format: "input: %.2f MB (%d seed pages as text, repeated)", megabytes, names.count))

    // Per-page calls, as the pipeline makes them (pages of 5–8 KB), over the same ~2 MB.
    var pages: [String] = []
    var pageBytes = 0
    while pageBytes < 2_000_000 {
        for seed in seeds {
            pages.append(seed)
            pageBytes += seed.utf8.count
        }
    }

    func measure(_ name: String, megabytes size: Double? = nil, _ body: () -> Int) {
        let size = size ?? megabytes
        _ = body()                                   // warm-up
        var iterations = 0
        var sink = 0
        let start = Date()
        repeat {
            sink &+= body()
            iterations += 1
        } while Date().timeIntervalSince(start) < minimumSeconds
        let elapsed = Date().timeIntervalSince(start)
        lines.append(String(format: "%@: %.1f MB/s (%d runs, %.1f ms/run, %d mentions)", name,
                            size * Double(iterations) / elapsed, iterations, elapsed * 1000 / Double(iterations),
                            sink / iterations))
    }

    let dates = DateExtractor()
    let figures = FigureExtractor()
    let published = "2024-08-12T17:55:00+08:00"
    measure("dates (one 2 MB text)") { dates.dates(in: text, published: published).count }
    measure("figures (one 2 MB text)") { figures.figures(in: text).count }
    measure("dates + figures (per page, \(pages.count) calls each)", megabytes: Double(pageBytes) / 1_000_000) {
        var count = 0
        for page in pages {
            count += dates.dates(in: page, published: published).count
            count += figures.figures(in: page).count
        }
        return count
    }
    return lines
}
