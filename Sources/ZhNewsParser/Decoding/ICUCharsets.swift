import ZhNewsICUShim

/// The one Swift file that talks to ICU's charset converters and detector (through the C shim).
///
/// Everything here takes and returns Swift values; no ICU object outlives a call.
enum ICUCharsets {
    /// A charset the detector proposes, with ICU's confidence (0–100).
    struct Match: Hashable {
        var name: String
        var confidence: Int
    }

    /// ICU's canonical name for a charset alias, or `nil` when ICU has no converter for it.
    static func canonicalName(_ alias: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 64)
        let length = zh_icu_charset_name(alias, &buffer, Int32(buffer.count))
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Decodes bytes in `charset`; invalid sequences become U+FFFD and are counted.
    /// Returns `nil` when ICU cannot use the charset.
    static func decode(_ bytes: [UInt8], charset: String) -> (text: String, replacements: Int)? {
        if bytes.isEmpty { return ("", 0) }
        guard bytes.count < Int(Int32.max) - 16 else { return nil }
        let capacity = bytes.count + 16
        var units = [UInt16](repeating: 0, count: capacity)
        var replacements: Int32 = 0
        let written = bytes.withUnsafeBufferPointer { input in
            units.withUnsafeMutableBufferPointer { output in
                zh_icu_decode(charset, input.baseAddress, Int32(input.count), output.baseAddress, Int32(capacity), &replacements)
            }
        }
        guard written >= 0 else { return nil }
        // A buffer pointer, not a slice: String's UTF-16 transcoding takes its fast path only then.
        let text = units.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[..<Int(written)]), as: UTF16.self) }
        return (text, Int(replacements))
    }

    /// ICU's detector (ucsdet) over at most the first `limit` bytes; best match first.
    static func detect(_ bytes: [UInt8], limit: Int = 64 * 1024, maxMatches: Int = 8) -> [Match] {
        guard !bytes.isEmpty else { return [] }
        let stride = 64
        var names = [CChar](repeating: 0, count: stride * maxMatches)
        var confidences = [Int32](repeating: 0, count: maxMatches)
        let count = bytes.withUnsafeBufferPointer { input in
            zh_icu_detect(input.baseAddress, Int32(min(input.count, limit)), &names, Int32(stride), &confidences, Int32(maxMatches))
        }
        return (0..<Int(count)).map { index in
            let slot = names[(index * stride)..<((index + 1) * stride)]
            let bytes = slot.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            return Match(name: String(decoding: bytes, as: UTF8.self), confidence: Int(confidences[index]))
        }
    }
}
