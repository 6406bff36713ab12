import Foundation
import ZhNews
import ZhNewsModel

/// `--only throughput --pages DIR [--threads N] [--passes N] [--seconds S] [--json]`: the whole
/// pipeline (bytes → records → JSON Lines text) over the `.html`/`.htm` pages of one directory,
/// held in memory, after warm-up passes, timed on the wall clock over several passes. With
/// `--threads N`, N threads share the passes' pages: each thread takes the next page from a
/// shared counter (so a thread that drew slow pages does not hold the others back, as in
/// `zhnews extract --parallel N`), and pages/s is all pages over the wall-clock time until the
/// last one is done. `scripts/bench-peers` runs this mode next to trafilatura, readability-lxml
/// and GNE on the same pages.
func runThroughputBenchmark(pages directory: String?, threads threadArgument: String?, passes passesArgument: String?,
                            seconds secondsArgument: String?, json: Bool) -> [String] {
    guard let directory else { return failThroughput("--only throughput needs --pages DIR") }
    guard let threads = Int(threadArgument ?? "1"), threads >= 1 else { return failThroughput("--threads must be a whole number ≥ 1") }
    let fixedPasses = passesArgument.flatMap { Int($0) }
    if passesArgument != nil, (fixedPasses ?? 0) < 1 { return failThroughput("--passes must be a whole number ≥ 1") }
    guard let minimumSeconds = Double(secondsArgument ?? "3"), minimumSeconds > 0 else { return failThroughput("--seconds must be > 0") }

    let url = URL(fileURLWithPath: directory)
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
        .filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
    let inputs = names.compactMap { name -> PageInput? in
        let path = url.appendingPathComponent(name).path
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return PageInput(id: name, path: path, bytes: [UInt8](data))
    }
    if inputs.isEmpty { return failThroughput("no .html pages in \(directory)") }
    let totalBytes = inputs.reduce(0) { $0 + $1.bytes.count }

    // Round-robin shares for the warm-up, one per thread (a thread with no page still takes part).
    let shares: [[PageInput]] = (0..<threads).map { thread in
        stride(from: thread, to: inputs.count, by: threads).map { inputs[$0] }
    }
    let run = ThroughputRun(threads: threads, pagesPerPass: inputs.count)
    let pipeline = Pipeline()
    for (index, share) in shares.enumerated() {
        let thread = Thread {
            // Two warm-up passes on this thread's own share: the first pays the one-time loads,
            // the second's time sets the pass count.
            var sink = processPages(share, with: pipeline)
            let warmStart = monotonicSeconds()
            sink &+= processPages(share, with: pipeline)
            let warmSeconds = monotonicSeconds() - warmStart
            run.arriveAndWait(warmUpSeconds: warmSeconds)
            // Timed: page k of the run is inputs[k % count], k taken from the shared counter.
            while let k = run.claim() { sink &+= processPages([inputs[k % inputs.count]], with: pipeline) }
            run.finish(thread: index, sink: sink)
        }
        thread.stackSize = 16 << 20  // as zhnews extract's workers: deep documents recurse in places
        thread.start()
    }
    let measured = run.measure(fixedPasses: fixedPasses, minimumSeconds: minimumSeconds)
    let pagesProcessed = inputs.count * measured.passes
    let pagesPerSecond = Double(pagesProcessed) / measured.seconds
    let megabytesPerSecond = Double(totalBytes * measured.passes) / 1_000_000 / measured.seconds
    if json {
        let object: [String: Any] = [
            "tool": "zhnews", "pages": inputs.count, "bytes": totalBytes, "threads": threads, "passes": measured.passes,
            "seconds": measured.seconds, "cpu_seconds": measured.cpuSeconds, "pages_per_s": pagesPerSecond, "mb_per_s": megabytesPerSecond,
            "checksum": measured.sink,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return [String(decoding: data, as: UTF8.self)]
    }
    return [
        String(format: "throughput: %d pages, %.2f MB from %@", inputs.count, Double(totalBytes) / 1_000_000, directory),
        "  Pipeline().process + JSON Lines text, pages in memory, after warm-up, wall clock",
        String(format: "  %d thread(s), %d passes in %.2f s: %.1f pages/s, %.2f MB/s (CPU time %.2f s: %.1f pages per CPU-second)",
               threads, measured.passes, measured.seconds, pagesPerSecond, megabytesPerSecond,
               measured.cpuSeconds, Double(pagesProcessed) / measured.cpuSeconds),
    ]
}

/// Processes pages and returns the total byte count of their JSON Lines (keeps the work observable).
private func processPages(_ pages: [PageInput], with pipeline: Pipeline) -> Int {
    var sink = 0
    for page in pages {
        for line in pipeline.process(page) { sink &+= ((try? JSONLines.line(for: line)) ?? "").utf8.count }
    }
    return sink
}

private func failThroughput(_ message: String) -> [String] {
    FileHandle.standardError.write(Data("zhnews-bench: \(message)\n".utf8))
    exit(2)
}

/// CPU time of the whole process (all threads), in seconds.
private func processCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

private func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Start line and finish line of the worker threads: every thread warms up, then waits until the
/// main thread has chosen the pass count and started the clock; the clock stops when the last
/// thread is done.
private final class ThroughputRun: @unchecked Sendable {
    private let condition = NSCondition()
    private let threads: Int
    private let pagesPerPass: Int
    private var arrived = 0
    private var warmUpSeconds = 0.0
    private var passes = 0
    private var finished = 0
    private var sinks: [Int]
    private let counterLock = NSLock()
    private var claimed = 0
    private var total = 0

    init(threads: Int, pagesPerPass: Int) {
        self.threads = threads
        self.pagesPerPass = pagesPerPass
        sinks = Array(repeating: 0, count: threads)
    }

    /// Called by a worker after its warm-up; returns when the timed run starts.
    func arriveAndWait(warmUpSeconds seconds: Double) {
        condition.lock()
        defer { condition.unlock() }
        arrived += 1
        warmUpSeconds += seconds
        condition.broadcast()
        while passes == 0 { condition.wait() }
    }

    /// The next page of the timed run (an index over all its passes), or nil when all are taken.
    func claim() -> Int? {
        counterLock.lock()
        defer { counterLock.unlock() }
        guard claimed < total else { return nil }
        claimed += 1
        return claimed - 1
    }

    func finish(thread: Int, sink: Int) {
        condition.lock()
        sinks[thread] = sink
        finished += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Called by the main thread: waits for the warm-ups, starts the timed passes, waits for them.
    func measure(fixedPasses: Int?, minimumSeconds: Double) -> (passes: Int, seconds: Double, cpuSeconds: Double, sink: Int) {
        condition.lock()
        while arrived < threads { condition.wait() }
        // At least 3 timed passes, and enough of them to last about minimumSeconds: a pass takes
        // about the threads' warm-up pass times added up, over the thread count.
        let passSeconds = max(warmUpSeconds / Double(threads), 1e-6)
        let chosen = fixedPasses ?? max(3, Int((minimumSeconds / passSeconds).rounded(.up)))
        counterLock.lock()
        total = chosen * pagesPerPass
        counterLock.unlock()
        passes = chosen
        let start = monotonicSeconds()
        let cpuStart = processCPUSeconds()
        condition.broadcast()
        while finished < threads { condition.wait() }
        let seconds = monotonicSeconds() - start
        let cpuSeconds = processCPUSeconds() - cpuStart
        let total = sinks.reduce(0, &+)
        condition.unlock()
        return (chosen, seconds, cpuSeconds, total)
    }
}
