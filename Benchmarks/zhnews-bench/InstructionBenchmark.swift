import Foundation
import ZhNews
import ZhNewsModel
import ZhNewsParser

// Instruction counts instead of seconds: `scripts/bench-instructions` runs this mode under
// valgrind's callgrind, collecting only inside the two functions below, so the pipeline's cost
// and libxml2's bare parse of the same pages are compared in instructions — the same numbers
// on a busy machine as on a quiet one.

/// One pass of the whole pipeline, bytes → JSON Lines, over pages in memory.
@inline(never) func instructionCountedPipelinePass(_ pipeline: Pipeline, _ inputs: [PageInput]) -> Int {
    var sink = 0
    for input in inputs {
        for line in pipeline.process(input) { sink &+= ((try? JSONLines.line(for: line)) ?? "").utf8.count }
    }
    return sink
}

/// One pass of libxml2's bare parse (document built, then freed) of the same pages' text.
@inline(never) func instructionCountedBareParsePass(_ texts: [String]) -> Int {
    var sink = 0
    for text in texts { sink &+= HTMLDocument.bareLibXML2Parse(text) ? 1 : 0 }
    return sink
}

/// Loads the dev set pages, warms everything up (outside the counted functions), then runs one
/// counted pass of each.
func runInstructionBenchmark(devset: String?) -> [String] {
    let inputs = devsetInputs(devset)
    let pipeline = Pipeline()
    let texts = inputs.map { pipeline.decode($0).text }.filter { PageFormatSniffer.format(of: $0) == .html }
    var sink = 0
    for input in inputs { for line in pipeline.process(input) { sink &+= ((try? JSONLines.line(for: line)) ?? "").utf8.count } }
    for text in texts { sink &+= HTMLDocument.bareLibXML2Parse(text) ? 1 : 0 }
    sink &+= instructionCountedPipelinePass(pipeline, inputs)
    sink &+= instructionCountedBareParsePass(texts)
    return ["instructions: \(inputs.count) pages counted once each (\(sink == 42 ? "" : "ok"))"]
}

/// The dev set's pages (`--devset DIR`, default `../shared/data/devset` beside the checkout).
func devsetInputs(_ devset: String?) -> [PageInput] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let directory = URL(fileURLWithPath: devset ?? root.appendingPathComponent("../shared/data/devset").path).appendingPathComponent("pages")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".html") }.sorted()
    return names.compactMap { name in
        let path = directory.appendingPathComponent(name).path
        return FileManager.default.contents(atPath: path).map { PageInput(id: path, path: path, bytes: [UInt8]($0)) }
    }
}
