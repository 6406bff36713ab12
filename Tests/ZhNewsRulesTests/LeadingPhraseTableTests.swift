import Testing
import ZhNewsRules

/// `LeadingPhraseTable` must answer exactly as "the first phrase in order that `hasPrefix` accepts".
@Suite("Leading phrase table")
struct LeadingPhraseTableTests {
    let table = LeadingPhraseTable([("责任编辑", 1), ("责编", 2), ("记者", 3), ("记", 4), ("", 5)])

    @Test func findsTheFirstPhraseInTheGivenOrder() {
        #expect(table.first(startingWith: "记者 王琪")?.value == 3)
        #expect(table.first(startingWith: "记录")?.value == 4)
        #expect(table.first(startingWith: "责任编辑：周丽")?.phrase == "责任编辑")
        #expect(table.first(startingWith: "责编 李明")?.value == 2)
    }

    @Test func answersNilWhenNoPhraseLeads() {
        #expect(table.first(startingWith: "本报讯") == nil)
        #expect(table.first(startingWith: "责任") == nil)
        #expect(table.first(startingWith: "") == nil, "the empty phrase is ignored, not a match for everything")
        #expect(table.first(startingWith: " 记者") == nil)
    }

    @Test func matchesWholeCharactersAsHasPrefixDoes() {
        // "记" followed by a combining mark is another Character: hasPrefix("记") is false.
        #expect(table.first(startingWith: "记\u{0301}者") == nil)
    }

    @Test func agreesWithALinearScanOnSubstrings() {
        let entries = [("发布时间", "a"), ("发布", "b"), ("时间", "c")]
        let indexed = LeadingPhraseTable(entries)
        for text in ["发布时间：2024", "发布于", "时间 10:00", "日期", "发", "xx发布"] {
            let line = "  " + text
            let substring = line.dropFirst(2)
            let linear = entries.first { substring.hasPrefix($0.0) }?.1
            #expect(indexed.first(startingWith: substring)?.value == linear, "\(text)")
        }
    }
}
