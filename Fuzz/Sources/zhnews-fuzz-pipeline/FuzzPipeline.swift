// libFuzzer target: hostile bytes through the whole pipeline.
//
// bytes → Pipeline().process(PageInput(id: "fuzz", bytes:)) → JSONLines.line(for:) for every
// output line. Invariants (a violation aborts, which libFuzzer reports as a crash):
//   - at least one output line;
//   - every line encodes, ends with exactly one "\n" (no other newline inside), is valid UTF-8,
//     and parses with JSONSerialization as an object whose "id" starts with "fuzz".
// Built with -sanitize=fuzzer,address by scripts/fuzz; libFuzzer supplies `main`.
import Foundation
import ZhNews

private let pipeline = Pipeline()

@inline(never)
private func violated(_ message: String) -> Never {
    FileHandle.standardError.write(Data("zhnews-fuzz-pipeline: invariant violated: \(message)\n".utf8))
    abort()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    let lines = pipeline.process(PageInput(id: "fuzz", bytes: bytes))
    if lines.isEmpty { violated("no output line for \(bytes.count) bytes") }
    for line in lines {
        let text: String
        do {
            text = try JSONLines.line(for: line)
        } catch {
            violated("JSONLines.line(for:) threw \(error)")
        }
        let utf8 = Array(text.utf8)
        guard utf8.last == 0x0A else { violated("line does not end with a newline") }
        if utf8.dropLast().contains(0x0A) { violated("raw newline inside a JSON line") }
        guard String(validating: utf8, as: UTF8.self) != nil else { violated("line is not valid UTF-8") }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(utf8.dropLast()))
        } catch {
            violated("JSONSerialization rejected the line: \(error)\n\(text)")
        }
        guard let record = object as? [String: Any] else { violated("line is not a JSON object") }
        guard let id = record["id"] as? String, id.hasPrefix("fuzz") else { violated("line has no id \"fuzz…\"") }
    }
    return 0
}
