/// An article printed in several sibling containers (`<div class="content part1">`, an ad,
/// `<div class="content part2">`): the siblings of the chosen container that share its tag and a
/// `class` word, in page order.
///
/// When the chosen container has no such sibling, its wrappers are tried (up to
/// ``maxWrapperLevels`` ancestors holding no text of their own besides it): a page that prints
/// each part as `Outer > Content > Inner` gives the parts at the `Outer` level. A wrapper's
/// parts must carry the very same `class` (a shared word there is too weak: `article` and
/// `article-related article` are not parts of one story) and hold prose (a `相关搜索` list in
/// the next `item-wrap` is not a part).
enum ArticleParts {
    /// How many wrapper levels above the container are searched for sibling parts.
    static let maxWrapperLevels = 3

    static func siblings(of container: Int, in document: HTMLDocument) -> [Int] {
        var level = container
        for wrapperLevel in 0...maxWrapperLevels {
            let parts = siblingParts(of: level, in: document, sameClass: wrapperLevel > 0)
            if parts.count > 1 { return parts }
            let parent = document.nodes[level].parent
            guard parent > 0, textLength(of: parent, in: document) == textLength(of: level, in: document) else { break }
            level = parent
        }
        return [container]
    }

    private static func siblingParts(of container: Int, in document: HTMLDocument, sameClass: Bool) -> [Int] {
        let node = document.nodes[container]
        let parent = node.parent
        let classes = classWords(container, document)
        guard parent >= 0, !classes.isEmpty else { return [container] }
        return document.children(of: parent).filter { index in
            let sibling = document.nodes[index]
            guard index != container else { return true }
            guard sibling.kind == .element, sibling.tag == node.tag else { return false }
            let siblingClasses = classWords(index, document)
            return sameClass ? siblingClasses == classes && holdsProse(index, document) : !siblingClasses.isDisjoint(with: classes)
        }
    }

    /// Some text of twenty characters or more with Chinese sentence punctuation.
    private static func holdsProse(_ index: Int, _ document: HTMLDocument) -> Bool {
        var length = 0
        var punctuated = false
        for node in index..<document.nodes[index].end where document.nodes[node].kind == .text {
            length += document.nodes[node].textLength
            if !punctuated {
                punctuated = String(decoding: document.textBytes(ofNode: node), as: UTF8.self).unicodeScalars.contains(where: ArticleHints.isSentencePunctuation)
            }
        }
        return punctuated && length >= 20
    }

    /// Characters of text in the subtree of `index`, blank text nodes (kept as one space, the
    /// layout between tags) left out.
    private static func textLength(of index: Int, in document: HTMLDocument) -> Int {
        var length = 0
        for node in index..<document.nodes[index].end where document.nodes[node].kind == .text {
            if document.nodes[node].textByteCount == 1, document.textBytes(ofNode: node).first == 0x20 { continue }
            length += document.nodes[node].textLength
        }
        return length
    }

    private static func classWords(_ index: Int, _ document: HTMLDocument) -> Set<Substring> {
        Set((document.attribute(.class, of: index) ?? "").split(separator: " "))
    }
}
