/// Which of a list of phrases a text starts with, found without trying every phrase.
///
/// Phrases are indexed by their first Unicode scalar, so a text that starts with none of them
/// costs one dictionary lookup; the phrases sharing that scalar are tried in the order given
/// (put longer phrases first when one is a prefix of another). Matching is by `Character`, as
/// `hasPrefix` matches.
///
/// ```swift
/// let labels = LeadingPhraseTable([("责任编辑", 1), ("记者", 2)])
/// labels.first(startingWith: "记者 王琪")   // ("记者", 2)
/// ```
package struct LeadingPhraseTable<Value: Sendable>: Sendable {
    private let byFirstScalar: [Unicode.Scalar: [(phrase: String, value: Value)]]

    /// Indexes `entries`; empty phrases are ignored.
    package init(_ entries: [(String, Value)]) {
        var index: [Unicode.Scalar: [(phrase: String, value: Value)]] = [:]
        for (phrase, value) in entries {
            guard let first = phrase.unicodeScalars.first else { continue }
            index[first, default: []].append((phrase, value))
        }
        byFirstScalar = index
    }

    /// The first phrase, in the order given, that `text` starts with.
    package func first(startingWith text: Substring) -> (phrase: String, value: Value)? {
        guard let first = text.unicodeScalars.first, let candidates = byFirstScalar[first] else { return nil }
        return candidates.first { text.hasPrefix($0.phrase) }
    }

    /// The first phrase, in the order given, that `text` starts with.
    package func first(startingWith text: String) -> (phrase: String, value: Value)? {
        first(startingWith: text[...])
    }
}
