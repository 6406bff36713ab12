/// Finds which of many phrases occur in a text in one pass (Aho–Corasick over UTF-8 bytes).
///
/// Lexicons (boilerplate markers, labels) are compiled once into a byte automaton; matching a
/// line costs one table lookup per byte, however many phrases there are.
///
/// ```swift
/// let matcher = PhraseMatcher(groups: [["版权所有", "ICP备"], ["分享到"]])
/// matcher.groups(in: "京ICP备12345号")   // 0b01: a phrase of group 0 occurs
/// ```
package struct PhraseMatcher: Sendable {
    /// Dense transitions: `transitions[state * 256 + byte]` is the next state.
    private let transitions: [Int32]
    /// For each state, the groups of the phrases that end there (as a bit set).
    private let output: [UInt64]

    /// Compiles phrase groups (at most 64); a match reports the indices of its groups.
    package init(groups: [[String]]) {
        precondition(groups.count <= 64, "at most 64 phrase groups")
        var children: [[UInt8: Int32]] = [[:]]
        var output: [UInt64] = [0]
        for (group, phrases) in groups.enumerated() {
            for phrase in phrases where !phrase.isEmpty {
                var state: Int32 = 0
                for byte in phrase.utf8 {
                    if let next = children[Int(state)][byte] {
                        state = next
                    } else {
                        children.append([:])
                        output.append(0)
                        let next = Int32(children.count - 1)
                        children[Int(state)][byte] = next
                        state = next
                    }
                }
                output[Int(state)] |= 1 << UInt64(group)
            }
        }
        // Breadth-first: fold failure links into a full transition table.
        var transitions = [Int32](repeating: 0, count: children.count * 256)
        var failure = [Int32](repeating: 0, count: children.count)
        var queue: [Int32] = []
        for byte in 0..<256 {
            if let child = children[0][UInt8(byte)] {
                transitions[byte] = child
                queue.append(child)
            }
        }
        var head = 0
        while head < queue.count {
            let state = Int(queue[head])
            head += 1
            output[state] |= output[Int(failure[state])]
            for byte in 0..<256 {
                if let child = children[state][UInt8(byte)] {
                    failure[Int(child)] = transitions[Int(failure[state]) * 256 + byte]
                    transitions[state * 256 + byte] = child
                    queue.append(child)
                } else {
                    transitions[state * 256 + byte] = transitions[Int(failure[state]) * 256 + byte]
                }
            }
        }
        self.transitions = transitions
        self.output = output
    }

    /// The groups (bit set) with at least one phrase occurring in `text`.
    package func groups(in text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { groups(in: $0) }
    }

    /// The groups with a phrase in the text once its ASCII letters are lowercased (the phrases
    /// being lowercase), without copying the text.
    package func groupsIgnoringASCIICase(in text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { groupsIgnoringASCIICase(in: $0) }
    }

    /// The groups with a phrase in the bytes once their ASCII letters are lowercased.
    package func groupsIgnoringASCIICase(in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state = 0
        var found: UInt64 = 0
        transitions.withUnsafeBufferPointer { table in
            output.withUnsafeBufferPointer { output in
                for byte in bytes {
                    let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    state = Int(table[state &* 256 &+ Int(lower)])
                    found |= output[state]
                }
            }
        }
        return found
    }

    /// The groups (bit set) with at least one phrase occurring in the bytes.
    package func groups(in bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { groups(in: $0) }
    }

    /// The groups (bit set) with at least one phrase occurring in the bytes.
    package func groups(in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state = 0
        var found: UInt64 = 0
        transitions.withUnsafeBufferPointer { table in
            output.withUnsafeBufferPointer { output in
                for byte in bytes {
                    state = Int(table[state &* 256 &+ Int(byte)])
                    found |= output[state]
                }
            }
        }
        return found
    }
}
