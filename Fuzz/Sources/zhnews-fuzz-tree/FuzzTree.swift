// libFuzzer target: the HTML tree built from libxml2's parser events against a walk of
// libxml2's own DOM of the same text.
//
// bytes → String(decoding:as: UTF8.self) → HTMLDocument(parsing:source: .parserEvents) and
// HTMLDocument(parsing:source: .documentTree). Invariant (a violation aborts, which libFuzzer
// reports as a crash): both give no document, or both give the same document. The events path
// reproduces libxml2's tree builder and skips script and style content in one piece
// (zhxml_raw_text.c); any input where that differs from libxml2's DOM is a bug.
// Built with -sanitize=fuzzer,address by scripts/fuzz; libFuzzer supplies `main`.
import Foundation
@_spi(Fuzzing) import ZhNews

@inline(never)
private func violated(_ message: String) -> Never {
    FileHandle.standardError.write(Data("zhnews-fuzz-tree: invariant violated: \(message)\n".utf8))
    abort()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTree(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? UnsafeBufferPointer(start: data, count: size) : UnsafeBufferPointer(start: nil, count: 0)
    let text = String(decoding: bytes, as: UTF8.self)
    if let difference = FuzzingHooks.treeDifference(text) { violated(difference) }
    return 0
}
