/// Chooses the element that most likely holds the article body.
///
/// Each line of prose (Chinese text with sentence punctuation, few links) adds to the score of
/// its block's parent and, halved, its grandparent; hints in `id`/`class` and link density
/// adjust the result. Selectors and hints are data in ``ArticleHints``.
struct ArticleContainerFinder {
    let document: HTMLDocument
    let lines: [PageLine]

    func bestContainer() -> Int? {
        let nodes = document.nodes
        let linkText = linkCharacterCounts()
        var scores: [Int: Double] = [:]
        for line in lines where line.node > 0 {
            let length = line.text.count
            guard length >= 10 else { continue }
            let punctuation = line.text.reduce(0) { ArticleHints.sentencePunctuation.contains($1) ? $0 + 1 : $0 }
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
        for (index, raw) in scores {
            let total = max(textLength(index), 1)
            let linkDensity = Double(linkText[index] ?? 0) / Double(total)
            let score = raw * (1 - linkDensity) * ArticleHints.weight(for: nodes[index])
            if best == nil || score > best!.score || (score == best!.score && index < best!.index) { best = (index, score) }
        }
        return best?.index
    }

    private func blockAncestor(of index: Int) -> Int? {
        var current = document.nodes[index].parent
        while current > 0 {
            if LineBuilder.blockTags.contains(document.nodes[current].tag) { return current }
            current = document.nodes[current].parent
        }
        return nil
    }

    private func textLength(_ index: Int) -> Int {
        document.nodes[index..<document.nodes[index].end].reduce(0) { $1.kind == .text ? $0 + $1.text.count : $0 }
    }

    /// For every element, the characters of text inside links below it.
    private func linkCharacterCounts() -> [Int: Int] {
        var counts: [Int: Int] = [:]
        let nodes = document.nodes
        for index in nodes.indices where nodes[index].kind == .element && nodes[index].tag == "a" {
            let length = nodes[index..<nodes[index].end].reduce(0) { $1.kind == .text ? $0 + $1.text.count : $0 }
            guard length > 0 else { continue }
            var ancestor = nodes[index].parent
            while ancestor > 0 {
                counts[ancestor, default: 0] += length
                ancestor = nodes[ancestor].parent
            }
        }
        return counts
    }
}

/// Data: the signals that tell article containers from chrome.
enum ArticleHints {
    /// Chinese sentence punctuation, the mark of prose.
    static let sentencePunctuation: Set<Character> = ["，", "。", "！", "？", "；", "：", "“", "”", "、"]
    /// `id`/`class` fragments that suggest the article body.
    static let positive = ["content", "article", "trs_editor", "zoom", "detail", "main", "text", "body", "news", "post", "entry", "con"]
    /// `id`/`class` fragments that suggest chrome.
    static let negative = ["comment", "footer", "header", "nav", "menu", "sidebar", "related", "recommend", "share", "copyright", "ad", "banner", "list", "hot", "rank"]

    static func weight(for node: HTMLDocument.Node) -> Double {
        let names = ((node.attribute("id") ?? "") + " " + (node.attribute("class") ?? "")).lowercased()
        guard names.count > 1 else { return 1 }
        let tokens = names.split { !$0.isLetter && !$0.isNumber }
        var weight = 1.0
        if positive.contains(where: { hint in tokens.contains { $0.contains(hint) } }) { weight *= 1.25 }
        if negative.contains(where: { hint in tokens.contains { $0 == hint || ($0.hasPrefix(hint) && hint.count > 3) } }) { weight *= 0.5 }
        return weight
    }
}
