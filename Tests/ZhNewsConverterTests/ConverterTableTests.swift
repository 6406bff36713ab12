import Foundation
import Testing
@testable import ZhNewsConverter

/// The traditional→simplified table and phrases: ICU agreement, OpenCC's tests, seed 001.
@Suite struct ConverterTableTests {
    /// ICU's Hant-Hans output for every code point of the BMP (without surrogates and `\n`) and
    /// Extensions B–H, one character per line.
    static func icuMappings() -> [UInt32: UInt32] {
        var codePoints: [UInt32] = []
        for cp in UInt32(0x80)...0x323AF where !(0xD800...0xDFFF).contains(cp) && !(0xE000...0xF8FF).contains(cp)
            && !(0x10000..<0x20000).contains(cp) && !(0x2FFFF...0x2FFFF).contains(cp) {
            codePoints.append(cp)
        }
        var input = String.UnicodeScalarView()
        for cp in codePoints { input.append(Unicode.Scalar(cp)!); input.append("\n") }
        let icu = ICUTransliterator(id: "Hant-Hans")!
        let output = icu.transliterate(String(input)).split(separator: "\n", omittingEmptySubsequences: false)
        var result: [UInt32: UInt32] = [:]
        for (index, cp) in codePoints.enumerated() {
            let scalars = Array(output[index].unicodeScalars)
            if scalars.count == 1, scalars[0].value == cp { continue }
            result[cp] = scalars.count == 1 ? scalars[0].value : 0xFFFF_FFFF   // many-to-one never seen
        }
        return result
    }

    /// `Data/converter/icu-opencc-overrides.tsv`: code point → (zhnews, ICU).
    static func documentedOverrides() throws -> [UInt32: (ours: UInt32, icu: UInt32, category: String)] {
        var result: [UInt32: (UInt32, UInt32, String)] = [:]
        for line in try ConverterTestSupport.read("Data/converter/icu-opencc-overrides.tsv").split(separator: "\n")
        where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 5 else { continue }
            result[fields[0].unicodeScalars.first!.value] =
                (fields[2].unicodeScalars.first!.value, fields[3].unicodeScalars.first!.value, fields[4])
        }
        return result
    }

    @Test func tableEqualsICUExceptDocumentedOverridesAndRejections() throws {
        let table = ScriptConversionTable.shared
        let icu = Self.icuMappings()
        let overrides = try Self.documentedOverrides()
        let rejected = Dictionary(uniqueKeysWithValues: ConverterLexicon.icuRejected.map {
            ($0.traditional.unicodeScalars.first!.value, $0.icu.unicodeScalars.first!.value)
        })
        #expect(icu.count > 2800)
        var covered = Set(table.mappedScalars.map(\.value))
        covered.formUnion(icu.keys)
        var agreeing = 0
        var overridesSeen = 0
        var failures: [String] = []
        for cp in covered.sorted() {
            let ours = table.mapping(for: Unicode.Scalar(cp)!).value
            let theirs = icu[cp] ?? cp
            if ours == theirs { agreeing += 1; continue }
            if let documented = overrides[cp], documented.ours == ours, documented.icu == theirs {
                overridesSeen += 1
                continue
            }
            if let rejectedTarget = rejected[cp], ours == cp, rejectedTarget == theirs { continue }
            failures.append("\(String(Unicode.Scalar(cp)!)) U+\(String(cp, radix: 16, uppercase: true)): zhnews \(String(Unicode.Scalar(ours)!)) ICU \(String(Unicode.Scalar(theirs) ?? "?"))")
        }
        #expect(failures.isEmpty, "undocumented differences: \(failures.prefix(40).joined(separator: ", "))")
        #expect(overridesSeen == overrides.count, "every documented override is still a real difference")
        #expect(agreeing > 2800)
        // Every rejection is still something ICU does.
        for (from, to) in rejected { #expect(icu[from] == to) }
    }

    @Test(arguments: ConverterTestSupport.openCCT2SCases)
    func openCCT2SCase(_ testCase: ConverterTestSupport.OpenCCCase) {
        #expect(Converter.convertScript(testCase.input) == testCase.expected)
    }

    @Test func allFiftyFiveOpenCCCasesAreLoaded() {
        #expect(ConverterTestSupport.openCCT2SCases.count == 55)
    }

    @Test(arguments: [
        // Phrase exceptions ICU gets wrong (OpenCC TSPhrases).
        ("乾隆年間", "乾隆年间"), ("瞭望臺", "瞭望台"), ("答覆", "答复"), ("瞭解情況", "了解情况"),
        ("乾淨", "干净"), ("乾坤", "乾坤"), ("藉口", "借口"), ("慰藉", "慰藉"), ("一目瞭然", "一目了然"),
        // zhnews's own additions (ConverterLexicon.phraseAdditions).
        ("藉著", "借著"), ("覆議", "复议"), ("覆審", "复审"),
        // Single characters, including BMP → supplementary.
        ("後來", "后来"), ("們", "们"), ("二噁英", "二𫫇英"), ("剔團圞月", "剔团𪢮月"),
        // Kept as printed: punctuation, 著, 姊, text without traditional characters.
        ("「引號」", "「引号」"), ("顯著", "显著"), ("姊妹", "姊妹"), ("摔跤", "摔跤"), ("abc 123", "abc 123"), ("", ""),
        // ICU variants adopted.
        ("倣效", "仿效"), ("燄火", "焰火"),
        // Longest match first: 乾隆皇帝 beats 乾隆.
        ("乾隆皇帝", "乾隆皇帝"), ("反反覆覆", "反反复复"),
    ])
    func conversion(_ input: String, _ expected: String) {
        #expect(Converter.convertScript(input) == expected)
    }

    @Test func unchangedTextIsReturnedAsIs() {
        let text = "这是简体中文，没有需要转换的字。"
        #expect(Converter.convertScript(text) == text)
    }

    /// Seed 001 after pinyin removal, against `opencc -c t2s` 1.1.6 output committed in
    /// `Data/converter/seed-001.opencc-t2s.txt` (identical: no documented OpenCC errors on this page).
    @Test func seed001MatchesOpenCC() throws {
        let seed = try ConverterTestSupport.seed("001")
        let withoutPinyin = ConverterPinyinRemover.remove(seed).text
        let expected = try ConverterTestSupport.read("Data/converter/seed-001.opencc-t2s.txt")
        #expect(Converter.convertScript(withoutPinyin) == expected)
    }

    @Test func tableBuildsQuickly() {
        let table = ScriptConversionTable.shared
        #expect(table.mappingCount > 4000)
        #expect(table.phraseCount > 480)
        #expect(table.buildMilliseconds < 500)   // debug builds; about 10–20 ms in release
    }
}
