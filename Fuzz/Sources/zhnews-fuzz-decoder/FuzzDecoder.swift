// libFuzzer target: hostile bytes through stage 1a, the page decoder.
//
// The first byte picks the caller charset (none, gbk, big5, utf-8, gb2312, or a garbage or
// exotic label); the rest are the page bytes. Invariants (a violation aborts):
//   - the text is valid UTF-8 (re-validated from its code units);
//   - replacements ≥ 0, and the text holds at least that many U+FFFD;
//   - a "bytes-replaced" warning exactly when replacements > 0;
//   - the encoding name is not empty.
// Built with -sanitize=fuzzer,address by scripts/fuzz; libFuzzer supplies `main`.
import Foundation
@_spi(Fuzzing) import ZhNews

/// Caller charsets: the common ones, then labels a hostile HTTP header could carry.
private let callerCharsets: [String?] = [
    nil, "gbk", "big5", "utf-8", "gb2312",
    "x-garbage", "", " GBK ", "utf-16le", "utf-32", "iso-2022-cn", "hz-gb-2312", "utf-7",
    "gb\u{0}k", "大五码", String(repeating: "a", count: 300), "ibm-1390", "scsu", "bocu-1",
]

@inline(never)
private func violated(_ message: String) -> Never {
    FileHandle.standardError.write(Data("zhnews-fuzz-decoder: invariant violated: \(message)\n".utf8))
    abort()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoder(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let charset = callerCharsets[Int(data[0]) % callerCharsets.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let page = FuzzingHooks.decode(bytes, callerCharset: charset)

    let utf8 = Array(page.text.utf8)
    if String(validating: utf8, as: UTF8.self) == nil { violated("text is not valid UTF-8") }
    if page.replacements < 0 { violated("replacements \(page.replacements) < 0") }
    let marks = page.text.unicodeScalars.reduce(0) { $1 == "\u{FFFD}" ? $0 + 1 : $0 }
    if marks < page.replacements { violated("\(page.replacements) replacements but \(marks) U+FFFD in the text") }
    let warned = page.warnings.contains { $0.code == "bytes-replaced" }
    if warned != (page.replacements > 0) { violated("bytes-replaced warning \(warned) with \(page.replacements) replacements") }
    if page.encoding.isEmpty { violated("empty encoding name") }
    return 0
}
