import ZhNewsICUShim

/// A thin wrapper over one ICU transliterator (`utrans`), e.g. `Hant-Hans`.
///
/// ICU is the reference for single-character traditional→simplified mappings; the converter's hot
/// path uses ``ScriptConversionTable`` instead (ICU's `Hant-Hans` runs at about 2 MB/s). An
/// instance is not thread-safe: use one per thread.
///
/// ```swift
/// let icu = ICUTransliterator(id: "Hant-Hans")!
/// icu.transliterate("後來")   // "后来"
/// ```
package final class ICUTransliterator {
    private let handle: UnsafeMutableRawPointer

    /// Opens ICU transliterator `id`; `nil` when ICU has none by that name.
    package init?(id: String) {
        guard let handle = zh_icu_translit_open(id) else { return nil }
        self.handle = handle
    }

    deinit { zh_icu_translit_close(handle) }

    /// Transliterates `text`; returns it unchanged if ICU fails.
    package func transliterate(_ text: String) -> String {
        let units = Array(text.utf16)
        if units.isEmpty { return text }
        let capacity = units.count * 2 + 16
        var out = [UInt16](repeating: 0, count: capacity)
        let written = units.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                zh_icu_translit_run(handle, input.baseAddress, Int32(input.count), output.baseAddress, Int32(capacity))
            }
        }
        if written < 0 { return text }
        return String(decoding: out[0..<Int(written)], as: UTF16.self)
    }
}
