import Foundation
import Testing
import ZhNewsModel
@testable import ZhNewsConverter

/// The whole converter stage.
@Suite struct ConverterPipelineTests {
    @Test func seed001() throws {
        let seed = try ConverterTestSupport.seed("001")
        let result = Converter().convert(seed)
        #expect(result.sourceScript == .hant)
        // Line structure kept.
        #expect(result.text.filter { $0 == "\n" }.count == seed.filter { $0 == "\n" }.count)
        // No pinyin, simplified.
        #expect(!result.text.contains("(qū)"))
        #expect(!result.text.contains("(chuàng)"))
        #expect(ScriptDetector.scan(result.text).traditionalCount == 0)
        // The three damaged runs, repaired as far as the bytes allow.
        #expect(result.text.contains("真是太方便啦\u{FFFD}”遮打乒乓球的钱奶奶开心地"))
        #expect(result.text.contains("真是太方便了\u{FFFD}”\u{FFFD}88岁高龄的李大爷"))
        #expect(result.text.contains("我们居民生活更舒心了\u{FFFD}”在凯旋社区的党建引领下"))
        #expect(!result.text.contains("闭诖"))
        #expect(!result.text.contains("趧"))
        let repair = result.warnings.first { $0.code == Converter.WarningCode.doubleByteRepaired }
        #expect(repair?.message.hasPrefix("repaired 3 run(s)") == true)
        let pinyin = result.warnings.first { $0.code == Converter.WarningCode.pinyinRemoved }
        #expect(pinyin != nil)
        // Committed expected output (regression guard).
        #expect(result.text == (try ConverterTestSupport.read("Data/converter/seed-001.converted.txt")))
    }

    @Test func keepOutputScript() {
        let converter = Converter(options: ConverterOptions(outputScript: .keep))
        let result = converter.convert("社區(qū)有３２７位居民\u{3000}後來")
        #expect(result.text == "社區有327位居民 後來")
        #expect(result.sourceScript == .hant)
    }

    @Test(arguments: [
        ("社區(qū)服務", "社区服务"),
        ("第１行\n第２行(èr)\n\n後來", "第1行\n第2行\n\n后来"),
        ("简体文本不变。", "简体文本不变。"),
        ("“引號”（括號）", "“引号”（括号）"),
    ])
    func simplified(_ input: String, _ expected: String) {
        #expect(Converter().convert(input).text == expected)
    }

    @Test func unchangedInputProducesNoWarnings() {
        let result = Converter().convert("这是一段正常的简体新闻。")
        #expect(result.warnings.isEmpty)
        #expect(result.sourceScript == .hans)
    }
}
