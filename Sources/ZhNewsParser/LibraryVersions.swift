import ZhNewsICUShim
import ZhNewsXMLShim

/// The C libraries the pipeline runs on, as they report themselves. The goldens record the
/// versions they were made with (`Fixtures/golden/VERSIONS`): a test fails when the running ones differ,
/// so a changed library shows as such rather than as unexplained golden changes.
package enum LibraryVersions {
    /// libxml2's version, `2.9.14`.
    package static var libxml2: String {
        let number = Int(zh_xml_parser_version())
        return "\(number / 10000).\(number / 100 % 100).\(number % 100)"
    }

    /// ICU's version, `72.1`.
    package static var icu: String {
        var buffer = [CChar](repeating: 0, count: 32)
        _ = zh_icu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The lines of `Fixtures/golden/VERSIONS`: `libxml2 2.9.14` and `icu 72.1`.
    package static var summary: String {
        "libxml2 \(libxml2)\nicu \(icu)\n"
    }

    /// How many times in this process script or style content was taken in one piece by the
    /// shim's fast path (`zhxml_raw_text.c`); it runs only on the libxml2 releases it was
    /// checked against (``rawTextFastPathEnabled``).
    package static var rawTextFastPathHits: Int { Int(zh_xml_raw_text_hits()) }

    /// Whether the running libxml2 is one the fast path was checked against (2.9.14).
    package static var rawTextFastPathEnabled: Bool { zh_xml_parser_version() == 20914 }
}
