#if canImport(Glibc)
import Glibc
#endif
import ZhNewsModel

/// Stage 1a: bytes → text.
///
/// The encoding is chosen in this order: a byte-order mark; the charset the caller gives; the
/// charset the page declares; detection. A caller's or page's charset that does not decode
/// cleanly loses to one that does (real pages declare gb2312 and are UTF-8). Invalid sequences
/// become U+FFFD with a warning; decoding never fails.
///
/// ```swift
/// let page = PageDecoder().decode(bytes, callerCharset: "gbk")
/// page.encoding        // "GB18030"
/// page.encodingSource  // .caller
/// ```
package struct PageDecoder: Sendable {
    package init() {}

    /// Decodes `bytes`; `callerCharset` is a label such as an HTTP header's `charset=`.
    package func decode(_ bytes: [UInt8], callerCharset: String? = nil) -> DecodedPage {
        if let bom = ByteOrderMark.detect(bytes) {
            let body = Array(bytes[bom.length...])
            let decoded = decodeAs(bom.charset, body) ?? UTF8Validation.lossy(body[...])
            return page(decoded, bom.charset, .bom)
        }
        var claims: [(label: String, source: InputInfo.EncodingSource)] = []
        if let callerCharset { claims.append((callerCharset, .caller)) }
        if let declared = CharsetDeclaration.find(in: bytes) { claims.append((declared, .declared)) }

        var warnings: [Warning] = []
        var tried: [Candidate] = []
        for claim in claims {
            guard let name = CharsetName.decoderName(for: claim.label) else {
                warnings.append(Warning(.encodingUnknown, message: "unknown charset \"\(claim.label)\" (\(claim.source.rawValue)) ignored"))
                continue
            }
            // A non-UTF-8 claim over bytes that are plainly valid UTF-8 text is a mislabel.
            if name != "UTF-8", let utf8 = plainUTF8(bytes) {
                warnings.append(Warning(.encodingMislabelled, message: "\(claim.source.rawValue) charset \(claim.label) ignored: the bytes are valid UTF-8"))
                return page((utf8, 0), "UTF-8", .detected, warnings)
            }
            guard let decoded = decodeAs(name, bytes) else { continue }
            let candidate = Candidate(name: name, source: claim.source, text: decoded.text, replacements: decoded.replacements)
            if candidate.replacements == 0 { return page(candidate, warnings) }
            tried.append(candidate)
        }

        let detected = detect(bytes)
        if let best = (tried + detected).min(by: { $0.replacements < $1.replacements }) {
            if let claim = tried.first, best.name != claim.name {
                warnings.append(Warning(.encodingMislabelled, message: "\(claim.source.rawValue) charset \(claim.name) gave \(claim.replacements) invalid sequences; \(best.name) decodes with \(best.replacements)"))
            } else if tried.isEmpty, best.name != "UTF-8" {
                warnings.append(Warning(.encodingDetected, message: "no charset declared; detected \(best.name)"))
            }
            return page(best, warnings)
        }
        let fallback = UTF8Validation.lossy(bytes[...])
        return page(fallback, "UTF-8", .detected, warnings)
    }

    // MARK: - Candidates

    private struct Candidate {
        var name: String
        var source: InputInfo.EncodingSource
        var text: String
        var replacements: Int
    }

    /// Valid UTF-8 with enough multi-byte text to rule out chance (a GBK or Big5 text of four
    /// characters or more is almost never valid UTF-8), decoded; else `nil`.
    private func plainUTF8(_ bytes: [UInt8]) -> String? {
        guard UTF8Validation.multiByteCount(bytes[...]) >= 4 else { return nil }
        return UTF8Validation.strict(bytes[...])
    }

    /// Candidates from detection, cleanest and most plausible first.
    private func detect(_ bytes: [UInt8]) -> [Candidate] {
        if let text = UTF8Validation.strict(bytes[...]) {
            return [Candidate(name: "UTF-8", source: .detected, text: text, replacements: 0)]
        }
        // UTF-8 with a few damaged sequences among many good ones is still UTF-8.
        let lossyUTF8 = UTF8Validation.lossy(bytes[...])
        let multiByte = UTF8Validation.multiByteCount(bytes[...])
        if lossyUTF8.replacements * 20 < multiByte {
            return [Candidate(name: "UTF-8", source: .detected, text: lossyUTF8.text, replacements: lossyUTF8.replacements)]
        }
        // Without a BOM, only Chinese multi-byte charsets are candidates (UTF-16 "decodes" anything).
        var candidates = ["GB18030", "Big5-HKSCS"].compactMap { name -> Candidate? in
            guard let decoded = decodeAs(name, bytes) else { return nil }
            return Candidate(name: name, source: .detected, text: decoded.text, replacements: decoded.replacements)
        }
        candidates.append(Candidate(name: "UTF-8", source: .detected, text: lossyUTF8.text, replacements: lossyUTF8.replacements))
        // Fewest replacements first; among equals, the text made of common Chinese characters;
        // when that leaves a tie at the top, ICU's detector (ucsdet, ~3 ms a page, so only then)
        // orders the tied charsets.
        let scored = candidates.map { ($0, HanPlausibility.score($0.text)) }
        func ahead(_ lhs: (Candidate, Double), _ rhs: (Candidate, Double)) -> Bool? {
            if lhs.0.replacements != rhs.0.replacements { return lhs.0.replacements < rhs.0.replacements }
            if abs(lhs.1 - rhs.1) > 0.05 { return lhs.1 > rhs.1 }
            return nil
        }
        var order = scored.sorted { ahead($0, $1) ?? false }
        if order.count > 1, ahead(order[0], order[1]) == nil {
            let ranks = icuRanks(bytes)
            order = scored.sorted { lhs, rhs in
                ahead(lhs, rhs) ?? ((ranks[lhs.0.name] ?? Int.max, lhs.0.name) < (ranks[rhs.0.name] ?? Int.max, rhs.0.name))
            }
        }
        return order.map(\.0)
    }

    /// ICU's ranking of the Chinese multi-byte charsets for these bytes (best first; charsets
    /// it does not name come after, in the order GB18030, Big5-HKSCS, UTF-8).
    private func icuRanks(_ bytes: [UInt8]) -> [String: Int] {
        var names: [String] = []
        for match in ICUCharsets.detect(bytes) {
            guard let name = CharsetName.decoderName(for: match.name), CharsetName.isChineseMultiByte(name) else { continue }
            if !names.contains(name) { names.append(name) }
        }
        for name in ["GB18030", "Big5-HKSCS", "UTF-8"] where !names.contains(name) { names.append(name) }
        return Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    }

    private func decodeAs(_ name: String, _ bytes: [UInt8]) -> (text: String, replacements: Int)? {
        if name == "UTF-8" { return UTF8Validation.lossy(bytes[...]) }
        return ICUCharsets.decode(bytes, charset: name)
    }

    // MARK: - Result

    private func page(_ candidate: Candidate, _ warnings: [Warning]) -> DecodedPage {
        page((candidate.text, candidate.replacements), candidate.name, candidate.source, warnings)
    }

    private func page(
        _ decoded: (text: String, replacements: Int), _ encoding: String,
        _ source: InputInfo.EncodingSource, _ warnings: [Warning] = []
    ) -> DecodedPage {
        var warnings = warnings
        var decoded = decoded
        // NUL is never text; libxml2 would turn it into a space inside words.
        if decoded.text.withUTF8({ bytes in bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }) { decoded.text.removeAll { $0 == "\u{0}" } }
        if decoded.replacements > 0 {
            warnings.append(Warning(.bytesReplaced, message: "\(decoded.replacements) invalid \(encoding) byte sequence(s) replaced with U+FFFD"))
        }
        return DecodedPage(text: decoded.text, encoding: encoding, encodingSource: source, replacements: decoded.replacements, warnings: warnings)
    }
}
