import Foundation
import ZhNewsConverter

/// Converter throughput, single-threaded, on a ~2 MB traditional text built by repeating seed 001
/// and the inputs of OpenCC's `t2s` test cases. Each measurement follows a warm-up run and repeats
/// until at least `minimumSeconds` have passed. `opencc -c t2s` (Debian package `opencc`) runs on the
/// same file in the same process run when it is installed; its time includes process start-up and
/// dictionary loading (best of three runs).
///
/// Returns the lines to print.
func runConverterBenchmark(minimumSeconds: Double = 1.0) -> [String] {
    var lines: [String] = []
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    // Table build time: the first use in this process.
    let buildStart = Date()
    let table = ScriptConversionTable.shared
    let firstUse = Date().timeIntervalSince(buildStart) * 1000
    lines.append(String(format: "table build (first use, incl. ICU charset tables): %.1f ms (internal %.1f ms), %d mappings, %d phrases",
                        firstUse, table.buildMilliseconds, table.mappingCount, table.phraseCount))

    // The ~2 MB traditional text.
    let fixtures = root.appendingPathComponent("Fixtures")
    let seedName = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path))?.first { $0.hasPrefix("001_") } ?? ""
    let seed = (try? String(contentsOf: fixtures.appendingPathComponent(seedName), encoding: .utf8)) ?? ""
    var openCCInputs = ""
    if let data = try? Data(contentsOf: root.appendingPathComponent("Tests/ZhNewsTests/Resources/t2s-testcases.json")),
       let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
       let cases = json["cases"] as? [[String: Any]] {
        for item in cases where item["config"] as? String == "t2s" {
            if let input = item["input"] as? String { openCCInputs += input + "\n" }
        }
    }
    let unit = seed + "\n" + openCCInputs
    guard unit.utf8.count > 100 else { return lines + ["cannot find Fixtures/001_*.txt; run from the package"] }
    var text = ""
    while text.utf8.count < 2_000_000 { text += unit }
    let megabytes = Double(text.utf8.count) / 1_000_000
    lines.append(String(format: "input: %.2f MB traditional text (seed 001 + OpenCC t2s inputs, repeated)", megabytes))

    func measure(_ name: String, seconds: Double = minimumSeconds, _ body: () -> Int) -> Double {
        _ = body()                                   // warm-up
        var iterations = 0
        var sink = 0
        let start = Date()
        repeat {
            sink &+= body()
            iterations += 1
        } while Date().timeIntervalSince(start) < seconds
        let elapsed = Date().timeIntervalSince(start)
        let rate = megabytes * Double(iterations) / elapsed
        lines.append(String(format: "%@: %.1f MB/s (%d runs, %.3f s/run)%@", name, rate, iterations, elapsed / Double(iterations),
                            sink == 42 ? " " : ""))
        return rate
    }

    let tableRate = measure("table conversion (characters + phrases)") { table.convert(text).utf8.count }
    let converter = Converter()
    let stageRate = measure("whole converter stage (scan, repair, pinyin, width, conversion)") { converter.convert(text).text.utf8.count }

    // The same stage on undamaged traditional text (real pages are rarely damaged; the file above
    // repeats seed 001's three damaged runs every 5 KB, the repair's worst case).
    let keep = Converter(options: ConverterOptions(outputScript: .keep))
    let taiwan = (try? String(contentsOf: fixtures.appendingPathComponent("flattened/taiwan-portal.txt"), encoding: .utf8)) ?? ""
    let cleanUnit = keep.convert(seed).text.replacingOccurrences(of: "\u{FFFD}", with: "") + "\n" + openCCInputs + "\n" + taiwan
    var clean = ""
    while clean.utf8.count < 2_000_000 { clean += cleanUnit }
    let cleanMB = Double(clean.utf8.count) / 1_000_000
    let cleanStart = Date()
    var cleanRuns = 0
    repeat {
        _ = converter.convert(clean)
        cleanRuns += 1
    } while Date().timeIntervalSince(cleanStart) < minimumSeconds
    let cleanRate = cleanMB * Double(cleanRuns) / Date().timeIntervalSince(cleanStart)
    lines.append(String(format: "whole converter stage on undamaged traditional text (%.2f MB: seed 001 repaired, OpenCC inputs, Taiwan fixture): %.1f MB/s",
                        cleanMB, cleanRate))
    var icuRate = 0.0
    if let icu = ICUTransliterator(id: "Hant-Hans") {
        icuRate = measure("ICU Hant-Hans (utrans)", seconds: 0.1) { icu.transliterate(text).utf8.count }
    }
    if icuRate > 0 { lines.append(String(format: "table / ICU: %.0f×", tableRate / icuRate)) }

    // opencc -c t2s on the same file.
    let openccPath = ["/usr/bin/opencc", "/usr/local/bin/opencc"].first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let openccPath else {
        lines.append("opencc: not installed (apt-get install opencc); skipped")
        return lines
    }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhnews-bench-\(getpid())")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let inputURL = directory.appendingPathComponent("input.txt")
    let outputURL = directory.appendingPathComponent("output.txt")
    try? Data(text.utf8).write(to: inputURL)
    var best = Double.infinity
    for _ in 0..<3 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: openccPath)
        process.arguments = ["-c", "t2s", "-i", inputURL.path, "-o", outputURL.path]
        let start = Date()
        do { try process.run() } catch { lines.append("opencc: cannot run (\(error)); skipped"); return lines }
        process.waitUntilExit()
        best = min(best, Date().timeIntervalSince(start))
    }
    let openccRate = megabytes / best
    lines.append(String(format: "opencc -c t2s (%@, best of 3, incl. start-up): %.1f MB/s (%.3f s)", openccPath, openccRate, best))
    lines.append(String(format: "table / opencc: %.1f×; whole stage / opencc: %.1f×", tableRate / openccRate, stageRate / openccRate))
    // Same output? Compare OpenCC's file with the table conversion of the same text.
    if let openccOutput = try? String(contentsOf: outputURL, encoding: .utf8) {
        let ours = table.convert(text)
        if ours == openccOutput {
            lines.append("output identical to opencc -c t2s")
        } else {
            let a = Array(ours), b = Array(openccOutput)
            var differences = 0
            for (x, y) in zip(a, b) where x != y { differences += 1 }
            lines.append("output differs from opencc -c t2s 1.1.6 at \(differences) characters (newer OpenCC data: see Data/converter/)")
        }
    }
    return lines
}
