/// An article printed in several sibling containers (`<div class="content part1">`, an ad,
/// `<div class="content part2">`): the siblings of the chosen container that share its tag and a
/// `class` word, in page order.
enum ArticleParts {
    static func siblings(of container: Int, in document: HTMLDocument) -> [Int] {
        let node = document.nodes[container]
        let parent = node.parent
        let classes = classWords(container, document)
        guard parent >= 0, !classes.isEmpty else { return [container] }
        return document.children(of: parent).filter { index in
            let sibling = document.nodes[index]
            return index == container || (sibling.kind == .element && sibling.tag == node.tag && !classWords(index, document).isDisjoint(with: classes))
        }
    }

    private static func classWords(_ index: Int, _ document: HTMLDocument) -> Set<Substring> {
        Set((document.attribute(.class, of: index) ?? "").split(separator: " "))
    }
}
