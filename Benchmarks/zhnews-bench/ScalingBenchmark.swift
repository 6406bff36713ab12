import Foundation
import ZhNews

/// Growth of the time per page with the number of short blocks (`<p>a</p>` repeated, and
/// others), at 10k, 100k and 1M blocks: every stage must be linear, so each ×10 in blocks
/// should cost about ×10 in time (a factor near 100 is a quadratic step). Each stage is timed
/// alone on the previous stage's output; the time limit is lifted so nothing is cut short.
///
///   swift run -c release zhnews-bench --only scaling [--sizes 10000,100000,1000000]
func runScalingBenchmark(sizes: [Int]) -> [String] {
    let pipeline = Pipeline(options: PipelineOptions(timeLimit: 1e6))
    let shapes: [(name: String, block: String)] = [
        ("<p>a</p>", "<p>a</p>"),
        ("<div>中文</div>", "<div>中文</div>"),
        ("<p>记者 张三</p>", "<p>记者 张三</p>"),
        ("flattened 中文 lines", "中文\n"),
    ]
    var lines = [
        "scaling: seconds per page (this thread's CPU time) by number of short blocks; ×: growth per ×10 blocks (linear ≈ 10)",
        "  " + "blocks".padding(toLength: 22, withPad: " ", startingAt: 0) + "   count   decode   layout  convert  extract    total      ×",
    ]
    for shape in shapes {
        var previous: (count: Int, seconds: Double)?
        for count in sizes {
            let bytes = [UInt8](String(repeating: shape.block, count: count).utf8)
            let input = PageInput(id: "scaling", bytes: bytes)
            func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
                let start = threadCPUSeconds()
                let value = try body()
                return (value, threadCPUSeconds() - start)
            }
            let (decoded, decode) = time { pipeline.decode(input) }
            guard let (layout, layoutSeconds) = try? time({ try pipeline.layout(of: decoded) }) else {
                lines.append("  \(shape.name): libxml2 gave no document at \(count)")
                continue
            }
            let (converted, convert) = time { pipeline.convert(layout).layout }
            let (_, extract) = time { pipeline.extract(converted) }
            let (_, total) = time { pipeline.process(input) }
            var growth = ""
            if let previous {
                let perTen = pow(total / max(previous.seconds, 1e-9), 1 / log10(Double(count) / Double(previous.count)))
                growth = String(format: "%6.1f", perTen)
            }
            previous = (count, total)
            lines.append(String(format: "  %@ %8d %8.3f %8.3f %8.3f %8.3f %8.3f %@", shape.name.padding(toLength: 22, withPad: " ", startingAt: 0),
                                count, decode, layoutSeconds, convert, extract, total, growth))
        }
    }
    return lines
}
