/// A unified diff of two lists of paragraphs (`@@ -3,2 +3,1 @@`, then ` ` context, `-` removed
/// and `+` added paragraphs), as `diff -U1` prints lines.
///
/// The common head and tail are set aside first, so a change in a long article costs the size of
/// the changed stretch; a stretch too large for the longest-common-subsequence table (over
/// ``maximumCells``) is shown as removed whole and added whole.
enum ParagraphDiff {
    /// The largest table the longest common subsequence is computed over.
    static let maximumCells = 4_000_000
    /// Paragraphs of context around a change.
    static let context = 1

    enum Edit: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// The diff's lines; empty when the lists are equal.
    static func lines(old: [String], new: [String]) -> [String] {
        let edits = edits(old: old, new: new)
        guard edits.contains(where: { if case .same = $0 { false } else { true } }) else { return [] }
        return hunks(edits)
    }

    /// The edit script turning `old` into `new`.
    static func edits(old: [String], new: [String]) -> [Edit] {
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        let a = Array(old[head..<old.count - tail])
        let b = Array(new[head..<new.count - tail])
        var middle: [Edit] = []
        if a.count * b.count > maximumCells {
            middle = a.map(Edit.removed) + b.map(Edit.added)
        } else {
            // lcs[i][j]: the longest common subsequence of a[i...] and b[j...].
            let width = b.count + 1
            var lcs = [Int](repeating: 0, count: (a.count + 1) * width)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    lcs[i * width + j] = a[i] == b[j] ? lcs[(i + 1) * width + j + 1] + 1 : max(lcs[(i + 1) * width + j], lcs[i * width + j + 1])
                }
            }
            var i = 0, j = 0
            while i < a.count || j < b.count {
                if i < a.count, j < b.count, a[i] == b[j] {
                    middle.append(.same(a[i]))
                    i += 1
                    j += 1
                } else if i < a.count, j == b.count || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1] {
                    middle.append(.removed(a[i]))
                    i += 1
                } else {
                    middle.append(.added(b[j]))
                    j += 1
                }
            }
        }
        return old[0..<head].map(Edit.same) + middle + old[old.count - tail..<old.count].map(Edit.same)
    }

    /// Groups an edit script into hunks with their headers and context.
    private static func hunks(_ edits: [Edit]) -> [String] {
        let changed = edits.indices.filter { if case .same = edits[$0] { false } else { true } }
        // Ranges of edits to print: each change with its context, overlapping ranges merged.
        var ranges: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(edits.count - 1, index + context)
            if let last = ranges.last, range.lowerBound <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        var output: [String] = []
        // Paragraph numbers (1-based) where the next edit starts on each side, carried forward.
        var oldStart = 1, newStart = 1, cursor = 0
        for range in ranges {
            for edit in edits[cursor..<range.lowerBound] {
                switch edit {
                case .same: oldStart += 1; newStart += 1
                case .removed: oldStart += 1
                case .added: newStart += 1
                }
            }
            cursor = range.upperBound + 1
            var oldCount = 0, newCount = 0
            var body: [String] = []
            for edit in edits[range] {
                switch edit {
                case .same(let text): oldCount += 1; newCount += 1; body.append(" " + text)
                case .removed(let text): oldCount += 1; body.append("-" + text)
                case .added(let text): newCount += 1; body.append("+" + text)
                }
            }
            output.append("@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@")
            output += body
            oldStart += oldCount
            newStart += newCount
        }
        return output
    }
}
