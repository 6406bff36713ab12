import ZhNewsRules
import ZhNewsModel

/// Chooses the element that most likely holds the article body.
///
/// Each line of prose (Chinese text with sentence punctuation, few links) adds to the score of
/// its block's parent and, halved, its grandparent; hints in `id`/`class` and link density
/// adjust the result. Selectors and hints are data in ``ArticleHints``.
///
/// Subtree text and link lengths come from prefix sums over the node arena (a subtree is a
/// contiguous index range), so scoring is linear in the page.
struct ArticleContainerFinder {
    let document: HTMLDocument
    let lines: [PageLine]
    /// The page's own summary (`description`, `og:description`): the article's lead usually
    /// repeats it, so the container must hold the line that does (see ``anchorLine()``).
    var summary: String? = nil
    /// Lines are scored until then (`--time-limit`); the best container so far wins.
    var deadline = Deadline.never

    func bestContainer() -> Int? {
        let nodes = document.nodes
        let (textPrefix, linkPrefix) = lengthPrefixSums()
        var scores: [Int: Double] = [:]
        for line in lines where line.node > 0 && !line.inChrome && !deadline.hasPassed {
            var length = 0
            var punctuation = 0
            for scalar in line.text.unicodeScalars {
                length += 1
                if ArticleHints.isSentencePunctuation(scalar) { punctuation += 1 }
            }
            guard length >= 10 else { continue }
            let lineScore = 1 + Double(punctuation) + min(Double(length) / 50, 3)
            guard let block = blockAncestor(of: line.node) else { continue }
            let parent = nodes[block].parent
            scores[block, default: 0] += lineScore
            if parent > 0 {
                scores[parent, default: 0] += lineScore
                let grandparent = nodes[parent].parent
                if grandparent > 0 { scores[grandparent, default: 0] += lineScore / 2 }
            }
        }
        var best: (index: Int, score: Double)?
        var weighted: [Int: Double] = [:]
        for (index, raw) in scores {
            let end = nodes[index].end
            let total = max(textPrefix[end] - textPrefix[index], 1)
            let linkDensity = Double(linkPrefix[end] - linkPrefix[index]) / Double(total)
            let score = raw * (1 - linkDensity) * ArticleHints.weight(for: index, in: document)
            weighted[index] = score
            if let current = best, score < current.score || (score == current.score && index > current.index) { continue }
            best = (index, score)
        }
        guard let best else { return nil }
        // The summary's line anchors the article. When the winner is one or two long paragraphs
        // apart from it (a teaser's clamped summary in a stream beside a short story), the best
        // container around the anchor that does not also hold the winner takes over, unless it is
        // far weaker. A winner of several paragraphs stays (the anchor is then a summary box or
        // the first part of a split article), and so does one inside a container that holds the
        // anchor (the anchor is then a summary printed above the article).
        if proseLines(in: best.index) <= Self.teaserParagraphs, let anchor = anchorLine(),
           !(best.index..<nodes[best.index].end).contains(anchor) {
            var around: (index: Int, score: Double)?
            var current = nodes[anchor].parent
            while current > 0, !(current..<nodes[current].end).contains(best.index) {
                if let score = weighted[current], score > (around?.score ?? 0) { around = (current, score) }
                current = nodes[current].parent
            }
            if let around, around.score >= best.score * Self.anchorShare { return around.index }
        }
        return best.index
    }

    /// The share of the winner's score a container around the summary's line needs to replace it.
    static let anchorShare = 0.25
    /// The most paragraphs a winner may have and still be taken for a teaser.
    static let teaserParagraphs = 2

    /// Lines of ten characters or more, mostly outside links, in the subtree of `node`.
    private func proseLines(in node: Int) -> Int {
        let end = document.nodes[node].end
        return lines.reduce(0) { count, line in
            count + (line.node >= node && line.node < end && line.length >= 10 && line.linkLength * 2 < line.length ? 1 : 0)
        }
    }

    /// The node of the first prose line that repeats the start of the page's summary, if any.
    ///
    /// Letters and digits are compared alone (white space and punctuation differ between a
    /// `description` and the printed lead); a summary shorter than ``anchorLength`` of them, or
    /// a line mostly of links, anchors nothing.
    func anchorLine() -> Int? {
        guard let summary else { return nil }
        let key = Self.lettersAndDigits(summary).prefix(Self.anchorLength)
        guard key.count == Self.anchorLength else { return nil }
        for line in lines where line.node > 0 && !line.inChrome && line.linkLength * 2 < line.length {
            let letters = Self.lettersAndDigits(line.text)
            guard letters.count >= Self.anchorLength else { continue }
            if letters.firstRange(of: key) != nil { return line.node }
        }
        return nil
    }

    /// Letters and digits a summary and its line must share.
    static let anchorLength = 16

    private static func lettersAndDigits(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter(TextSkeleton.isLetterOrDigit)
    }

    private func blockAncestor(of index: Int) -> Int? {
        var current = document.nodes[index].parent
        while current > 0 {
            if document.nodes[current].tagKind.isBlock { return current }
            current = document.nodes[current].parent
        }
        return nil
    }

    /// Prefix sums over node indices of text length, and of text length inside links:
    /// the text of the subtree `i..<end` is `prefix[end] - prefix[i]`.
    private func lengthPrefixSums() -> (text: [Int], link: [Int]) {
        let nodes = document.nodes
        var text = [Int](repeating: 0, count: nodes.count + 1)
        var link = [Int](repeating: 0, count: nodes.count + 1)
        var linkEnds: [Int] = []  // ends of the open <a> elements
        for index in nodes.indices {
            while let last = linkEnds.last, last <= index { linkEnds.removeLast() }
            let length = nodes[index].textLength
            if nodes[index].tagKind == .a { linkEnds.append(nodes[index].end) }
            text[index + 1] = text[index] + length
            link[index + 1] = link[index] + (linkEnds.isEmpty ? 0 : length)
        }
        return (text, link)
    }
}

/// Data: the signals that tell article containers from chrome.
enum ArticleHints {
    /// Chinese sentence punctuation, the mark of prose.
    static let sentencePunctuation: Set<Unicode.Scalar> = ["，", "。", "！", "？", "；", "：", "“", "”", "、"]

    /// ``sentencePunctuation`` tested without hashing: nine comparisons, all above U+2000.
    static func isSentencePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x2000 && sentencePunctuationValues.contains(scalar.value)
    }

    private static let sentencePunctuationValues = sentencePunctuation.map(\.value)
    /// Whether a `class` value has a word that names a caption (ASCII case ignored).
    static func namesCaption(_ classes: String) -> Bool {
        guard captionMatcher.groupsIgnoringASCIICase(in: classes) != 0 else { return false }
        return classes.lowercased().split(separator: " ").contains { ElementHints.captionClassHints.contains(String($0)) }
    }

    /// ``namesCaption(_:)`` on the UTF-8 of a `class` value: no string is made unless a hint
    /// occurs in it.
    static func namesCaption(_ classes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard captionMatcher.groupsIgnoringASCIICase(in: classes) != 0 else { return false }
        return namesCaption(String(decoding: classes, as: UTF8.self))
    }

    private static let captionMatcher = PhraseMatcher(groups: [Array(ElementHints.captionClassHints)])

    /// A quick test before tokenising: could this `class`/`id` name an author or a source?
    static let namedElementMatcher = PhraseMatcher(groups: [Array(ElementHints.authorClassHints) + Array(ElementHints.outletClassHints)])

    private static let positiveMatcher = PhraseMatcher(groups: [ElementHints.positive])
    private static let negativeExact = Set(ElementHints.negative.map { Array($0.utf8) })
    private static let negativePrefixes = ElementHints.negative.filter { $0.count > 3 }.map { Array($0.utf8) }

    static func weight(for node: Int, in document: HTMLDocument) -> Double {
        var tokens: [[UInt8]] = []
        var all: [UInt8] = []
        for attribute in document.attributes(of: node) where attribute.name == .id || attribute.name == .class {
            var token: [UInt8] = []
            for byte in document.valueBytes(of: attribute) {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                let isWord = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) || lower == 0x5F
                if isWord {
                    token.append(lower)
                } else if !token.isEmpty {
                    tokens.append(token)
                    token = []
                }
                all.append(isWord ? lower : 0x20)
            }
            if !token.isEmpty { tokens.append(token) }
            all.append(0x20)
        }
        guard !tokens.isEmpty else { return 1 }
        var weight = 1.0
        if all.withUnsafeBufferPointer({ positiveMatcher.groups(in: $0) }) != 0 { weight *= 1.25 }
        if tokens.contains(where: { token in negativeExact.contains(token) || negativePrefixes.contains { token.starts(with: $0) } }) { weight *= 0.5 }
        return weight
    }
}
