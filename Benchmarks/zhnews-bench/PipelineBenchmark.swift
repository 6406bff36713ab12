import Foundation
import ZhNews
import ZhNewsBatch
import ZhNewsModel
import ZhNewsParser

/// Pages/s and MB/s of each pipeline stage and of the whole, single-threaded, over pages held in
/// memory (the dev set's real portal pages when present beside the checkout, else the fixtures),
/// and libxml2's bare parse of the same pages as the floor of this design.
func runPipelineBenchmark(devset: String?, minimumSeconds: Double = 2.0) -> [String] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let devsetPages = URL(fileURLWithPath: devset ?? root.appendingPathComponent("../shared/data/devset").path).appendingPathComponent("pages")
    var paths = ((try? FileManager.default.contentsOfDirectory(atPath: devsetPages.path)) ?? []).filter { $0.hasSuffix(".html") }.sorted().map { devsetPages.appendingPathComponent($0).path }
    var corpus = "dev set (\(devsetPages.path))"
    if paths.isEmpty {
        paths = InputFiles.expand([root.appendingPathComponent("Fixtures").path]).map(\.path).filter { !$0.contains("/golden/") }
        corpus = "fixtures"
    }
    let inputs = paths.compactMap { path -> PageInput? in
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return PageInput(id: path, path: path, bytes: [UInt8](data))
    }
    let totalBytes = inputs.reduce(0) { $0 + $1.bytes.count }
    let megabytes = Double(totalBytes) / 1_000_000
    let pipeline = Pipeline()

    // Stage inputs, computed once so each stage is timed on its own.
    let decoded = inputs.map { pipeline.decode($0) }
    let layouts = decoded.compactMap { try? pipeline.layout(of: $0) }
    let converted = layouts.map { pipeline.convert($0).layout }
    let htmlTexts = decoded.filter { PageFormatSniffer.format(of: $0.text) == .html }.map(\.text)

    var lines = [
        "pipeline: \(inputs.count) pages, \(String(format: "%.1f", megabytes)) MB from \(corpus)",
        "  single thread, pages in memory, after warm-up; time is this thread's CPU time (steady under load)",
    ]
    func measure(_ name: String, pages: Int, bytes: Double, _ body: () -> Void) -> Double {
        body()  // warm-up
        var runs = 0
        let start = threadCPUSeconds()
        repeat {
            body()
            runs += 1
        } while threadCPUSeconds() - start < minimumSeconds
        let seconds = (threadCPUSeconds() - start) / Double(runs)
        let pagesPerSecond = Double(pages) / seconds
        let label = name.padding(toLength: 30, withPad: " ", startingAt: 0)
        lines.append(String(format: "  %@ %9.1f pages/s %8.1f MB/s", label, pagesPerSecond, bytes / seconds))
        return pagesPerSecond
    }
    var sink = 0
    _ = measure("decode (bytes → text)", pages: inputs.count, bytes: megabytes) { for input in inputs { sink &+= pipeline.decode(input).text.utf8.count } }
    _ = measure("parse (libxml2 SAX → lines)", pages: decoded.count, bytes: megabytes) { for page in decoded { sink &+= (try? pipeline.layout(of: page))?.lines.count ?? 0 } }
    _ = measure("convert", pages: layouts.count, bytes: megabytes) { for layout in layouts { sink &+= pipeline.convert(layout).layout.lines.count } }
    _ = measure("extract", pages: converted.count, bytes: megabytes) { for layout in converted { sink &+= pipeline.extract(layout).count } }
    let total = measure("total (bytes → JSON Lines)", pages: inputs.count, bytes: megabytes) {
        for input in inputs {
            for line in pipeline.process(input) { sink &+= ((try? JSONLines.line(for: line)) ?? "").utf8.count }
        }
    }
    if !htmlTexts.isEmpty {
        let htmlMB = Double(htmlTexts.reduce(0) { $0 + $1.utf8.count }) / 1_000_000
        _ = measure("libxml2 bare parse (floor)", pages: htmlTexts.count, bytes: htmlMB) { for text in htmlTexts { sink &+= HTMLDocument.bareLibXML2Parse(text) ? 1 : 0 } }
        _ = measure("  libxml2 DOM walk (reference)", pages: htmlTexts.count, bytes: htmlMB) {
            for text in htmlTexts { sink &+= (try? HTMLDocument(parsing: text, source: .documentTree))?.nodes.count ?? 0 }
        }
        // The ratio from passes taken in turns (pipeline, bare parse, pipeline, …), so a change
        // in machine speed during the run touches both sides alike: the median of the pairs.
        var ratios: [Double] = []
        let start = threadCPUSeconds()
        repeat {
            let pipelineStart = threadCPUSeconds()
            for input in inputs {
                for line in pipeline.process(input) { sink &+= ((try? JSONLines.line(for: line)) ?? "").utf8.count }
            }
            let bareStart = threadCPUSeconds()
            for text in htmlTexts { sink &+= HTMLDocument.bareLibXML2Parse(text) ? 1 : 0 }
            let bareEnd = threadCPUSeconds()
            let pipelinePagesPerSecond = Double(inputs.count) / (bareStart - pipelineStart)
            let barePagesPerSecond = Double(htmlTexts.count) / (bareEnd - bareStart)
            ratios.append(pipelinePagesPerSecond / barePagesPerSecond)
        } while threadCPUSeconds() - start < 2 * minimumSeconds || ratios.count < 5
        ratios.sort()
        let median = ratios[ratios.count / 2], low = ratios[ratios.count / 4], high = ratios[(3 * ratios.count) / 4]
        lines.append(String(format: "  pipeline / bare libxml2 parse: %.0f%% of its pages/s (median of %d paired passes, quartiles %.0f–%.0f%%; target ≥ 70%%)",
                            median * 100, ratios.count, low * 100, high * 100))
        _ = total
    }
    if sink == 42 { lines.append("") }  // keeps the work observable
    return lines
}

/// CPU time consumed by the calling thread, in seconds.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
