import Foundation
import ZhNews

// zhnews-bench: throughput per stage, single-threaded, pages held in memory, after warm-up.
// Run in release mode from a checkout:
//   swift run -c release zhnews-bench [--devset DIR] [--only places|pipeline|converter|mentions]
//   scripts/bench-instructions [--devset DIR]   (InstructionBenchmark.swift, under callgrind)
//   swift run -c release zhnews-bench --only scaling [--sizes 10000,100000,1000000]  (ScalingBenchmark.swift)
//   swift run -c release zhnews-bench --only throughput --pages DIR [--threads N] [--json]  (ThroughputBenchmark.swift)

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let only = option("--only")
func wanted(_ name: String) -> Bool { only == nil || only == name }

// First, so the gazetteer's load is timed cold.
if wanted("places") {
    for line in runPlaceBenchmark() { print(line) }
    print("")
}
if wanted("pipeline") {
    for line in runPipelineBenchmark(devset: option("--devset")) { print(line) }
    print("")
}
if wanted("mentions") {
    for line in runMentionBenchmark() { print(line) }
    print("")
}
if wanted("converter") {
    for line in runConverterBenchmark() { print(line) }
}
if only == "throughput" {
    let lines = runThroughputBenchmark(pages: option("--pages"), threads: option("--threads"), passes: option("--passes"),
                                       seconds: option("--seconds"), json: arguments.contains("--json"))
    for line in lines { print(line) }
}
if only == "scaling" {  // not in the default run: a minute at 1M blocks
    let sizes = (option("--sizes") ?? "10000,100000,1000000").split(separator: ",").compactMap { Int($0) }
    for line in runScalingBenchmark(sizes: sizes) { print(line) }
}
if only == "instructions" {  // for scripts/bench-instructions (under callgrind)
    for line in runInstructionBenchmark(devset: option("--devset")) { print(line) }
}
