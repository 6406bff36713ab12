import Foundation
import ZhNews
import ZhNewsExtractor

/// Place extraction (issue #7): gazetteer load time and memory, then MB/s and pages/s of
/// `PlaceExtractor.places` over the seed records' texts repeated to ~2 MB, single-threaded, after
/// warm-up. Call it before anything else touches `Gazetteer.shared` so the load is measured cold.
///
/// Returns the lines to print.
func runPlaceBenchmark(minimumSeconds: Double = 1.0) -> [String] {
    var lines: [String] = ["places (issues #7, #20):"]
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    // Gazetteer: first use in this process.
    let residentBefore = residentMegabytes()
    let cpuStart = threadCPUMilliseconds()
    let start = Date()
    let gazetteer = Gazetteer.shared
    let firstUse = Date().timeIntervalSince(start) * 1000
    let cpu = threadCPUMilliseconds() - cpuStart
    let residentAfter = residentMegabytes()
    let source = gazetteer.source == .index
        ? String(format: "from index.bin, header check %.2f ms", gazetteer.indexCheckMilliseconds)
        : "built from the TSVs: index.bin missing or stale, run scripts/build-gazetteer-index"
    lines.append(String(format: "  gazetteer load (first use): %.1f ms wall, %.1f ms CPU (%@); %d units, %d keys; tables %.1f MB, resident +%.1f MB (anonymous +%.1f MB, file-backed +%.1f MB)",
                        firstUse, cpu, source, gazetteer.unitCount, gazetteer.keyCount,
                        Double(gazetteer.byteCount) / 1_048_576, residentAfter.total - residentBefore.total,
                        residentAfter.anonymous - residentBefore.anonymous,
                        (residentAfter.total - residentAfter.anonymous) - (residentBefore.total - residentBefore.anonymous)))

    // The other tables: Hong Kong / Macau / Taiwan and the world (built from their TSVs), and the
    // optional national level 5 (memory-mapped).
    let otherStart = Date()
    let national = PlaceExtractor.loadOtherTables()
    lines.append(String(format: "  other tables (first use): %.1f ms wall; national level 5: %@",
                        Date().timeIntervalSince(otherStart) * 1000,
                        national.map { "mapped from \($0)" } ?? "not installed (set ZHNEWS_GAZETTEER_L5 to measure with it)"))

    // Seed records' texts (pipeline output), repeated to ~2 MB.
    let fixtures = root.appendingPathComponent("Fixtures")
    let seedPaths = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
        .filter { $0.hasSuffix(".txt") && $0.first?.isNumber == true }.sorted()
    let pipeline = Pipeline()
    var records: [(text: String, outlet: String?)] = []
    for name in seedPaths {
        let path = fixtures.appendingPathComponent(name).path
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        for line in pipeline.process(PageInput(id: name, path: path, bytes: [UInt8](data))) {
            if case .record(let record) = line { records.append((record.text, record.outlet)) }
        }
    }
    guard !records.isEmpty else { return lines + ["  cannot find Fixtures/00*.txt; run from the package"] }
    var corpus: [(text: String, outlet: String?)] = []
    var bytes = 0
    while bytes < 2_000_000 {
        for record in records {
            corpus.append(record)
            bytes += record.text.utf8.count
        }
    }
    let megabytes = Double(bytes) / 1_000_000
    let averagePage = Double(bytes) / Double(corpus.count) / 1000
    let extractor = PlaceExtractor()
    var sink = 0
    for record in records { sink &+= extractor.places(in: record.text, outlet: record.outlet).count }   // warm-up
    var runs = 0
    let began = Date()
    let cpuBegan = threadCPUMilliseconds()
    repeat {
        for record in corpus { sink &+= extractor.places(in: record.text, outlet: record.outlet).count }
        runs += 1
    } while Date().timeIntervalSince(began) < minimumSeconds
    let seconds = Date().timeIntervalSince(began) / Double(runs)
    let cpuSeconds = (threadCPUMilliseconds() - cpuBegan) / 1000 / Double(runs)
    lines.append(String(format: "  extraction: %.2f MB (%d seed records, %.1f KB each, repeated): %.1f MB/s, %.0f records/s wall; %.1f MB/s, %.0f records/s CPU (%d runs)%@",
                        megabytes, corpus.count, averagePage, megabytes / seconds, Double(corpus.count) / seconds,
                        megabytes / cpuSeconds, Double(corpus.count) / cpuSeconds, runs, sink == 42 ? " " : ""))
    return lines
}

/// CPU time of the calling thread (other processes on a shared machine do not count).
private func threadCPUMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
}

/// Resident set size of this process, and its anonymous part (not backed by a file: heap, stacks),
/// from /proc/self/statm (0 where unavailable). The rest is mapped files such as the executable's
/// embedded data, which the kernel can drop and read again at any time.
private func residentMegabytes() -> (total: Double, anonymous: Double) {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return (0, 0) }
    let fields = statm.split(separator: " ")
    guard fields.count > 2, let pages = Double(fields[1]), let shared = Double(fields[2]) else { return (0, 0) }
    let pageMegabytes = Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    return (pages * pageMegabytes, (pages - shared) * pageMegabytes)
}
