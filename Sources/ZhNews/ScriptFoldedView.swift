import ZhNewsExtractor
import ZhNewsModel
import ZhNewsParser

/// Extraction reads simplified text whatever the output script: lexicons, labels (`記者` is
/// `记者`) and rules are written once, in simplified. Under `--script keep` the layout is
/// folded character by character (one scalar to one scalar, ``ScriptFold``),
/// the folded layout is extracted, and each printed text of the result is given back in the
/// page's own script.
///
/// Giving back: a text equal to a folded line or metadata text is that line as printed; any
/// other text (a trimmed title, a name cut from a line) is mapped scalar by scalar, each folded
/// character to the original it stood for most often on this page. Building the view and
/// giving back are linear in the page.
struct ScriptFoldedView {
    /// The layout as extraction reads it.
    let folded: PageLayout
    private var originals: [String: String] = [:]
    private var scalarOriginals: [UInt32: UInt32] = [:]

    init(_ layout: PageLayout) {
        var pairCounts: [UInt64: Int] = [:]
        var originals: [String: String] = [:]
        let fold = { (text: String) -> String in
            var scalars = String.UnicodeScalarView()
            var changed = false
            for scalar in text.unicodeScalars {
                let mapped = ScriptFold.fold(scalar)
                if mapped != scalar { changed = true }
                if mapped.value >= 0x2E80 { pairCounts[UInt64(mapped.value) << 32 | UInt64(scalar.value), default: 0] += 1 }
                scalars.append(mapped)
            }
            guard changed else { return text }
            let folded = String(scalars)
            if originals[folded] == nil { originals[folded] = text }
            return folded
        }
        folded = layout.mappingTexts(fold)
        self.originals = originals
        var best: [UInt32: (original: UInt32, count: Int)] = [:]
        for (pair, count) in pairCounts {
            let foldedScalar = UInt32(pair >> 32), original = UInt32(pair & 0xFFFF_FFFF)
            if let current = best[foldedScalar], current.count > count || (current.count == count && current.original < original) { continue }
            best[foldedScalar] = (original, count)
        }
        scalarOriginals = best.compactMapValues { $0.original }.filter { $0.key != $0.value }
    }

    /// A folded text in the page's own script.
    func unfold(_ text: String) -> String {
        if let original = originals[text] { return original }
        guard !scalarOriginals.isEmpty else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(scalarOriginals[scalar.value].flatMap(Unicode.Scalar.init) ?? scalar)
        }
        return String(scalars)
    }

    func unfold(_ article: ExtractedArticle) -> ExtractedArticle {
        article.mappingTexts(unfold)
    }

    func unfold(_ line: ClassifiedLine) -> ClassifiedLine {
        ClassifiedLine(text: unfold(line.text), lineClass: line.lineClass, rule: line.rule)
    }
}
