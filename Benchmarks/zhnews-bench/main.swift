import Foundation
import ZhNews

// zhnews-bench: throughput per stage, single-threaded, pages held in memory, after warm-up.
// Run in release mode from a checkout:  swift run -c release zhnews-bench [--devset DIR] [--only pipeline|converter]

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let only = option("--only")

if only == nil || only == "pipeline" {
    for line in runPipelineBenchmark(devset: option("--devset")) { print(line) }
}
if only == nil || only == "converter" {
    print("")
    for line in runConverterBenchmark() { print(line) }
}
