import Foundation
import Testing
import ZhNewsModel
@testable import ZhNewsConverter

/// The converter's rules one by one, each with cases that must change and cases that must not.
@Suite struct ConverterRuleTests {
    // MARK: Script detection

    @Test(arguments: [
        ("這是繁體字的新聞報導", Script.hant),
        ("这是简体字的新闻报道", Script.hans),
        ("這是繁體，这是简体，還有這個，还有这个", Script.mixed),
        ("的了是在和", Script.hans),                 // no script-specific characters
        ("abc 123", Script.hans),
        ("皇后乾坤干戈台州", Script.hans),             // characters valid in both scripts count for neither
        ("後來們說話這裡", Script.hant),
    ])
    func scriptDetection(_ text: String, _ expected: Script) {
        #expect(ScriptDetector.detect(text) == expected)
    }

    @Test func scriptIsMeasuredFromCounts() {
        let scan = ScriptDetector.scan("們說这")
        #expect(scan.traditionalCount == 2)
        #expect(scan.simplifiedCount == 1)
        #expect(ScriptDetector.script(traditional: 8, simplified: 2) == .hant)
        #expect(ScriptDetector.script(traditional: 7, simplified: 3) == .mixed)
        #expect(ScriptDetector.script(traditional: 2, simplified: 8) == .hans)
    }

    @Test func seedScripts() throws {
        #expect(Converter().convert(try ConverterTestSupport.seed("001")).sourceScript == .hant)
        for number in ["000", "002", "003", "004"] {
            #expect(Converter().convert(try ConverterTestSupport.seed(number)).sourceScript == .hans, "seed \(number)")
        }
    }

    // MARK: Converter pinyin

    @Test(arguments: [
        ("社區(qū)", "社區"), ("創(chuàng)新", "創新"), ("環(huán)境", "環境"), ("綠(lǜ)色", "綠色"),
        ("女(nǚ)士", "女士"), ("一(yī)二(èr)", "一二"), ("區(qū)區(qū)", "區區"),
        ("\u{FFFD}(qū)88歲", "\u{FFFD}88歲"),
    ])
    func pinyinRemoved(_ input: String, _ expected: String) {
        let result = ConverterPinyinRemover.remove(input)
        #expect(result.text == expected)
        #expect(result.removed > 0)
    }

    @Test(arguments: [
        "荊楚網(湖北日報網)訊", "(记者 张三)", "截至(2024)年", "国内生产总值(GDP)", "公司(ABC)",
        "郧（yún）阳", "社区(qu)", "社区(Qū)", "word (qū)", "社区(qūqū)", "社区(xyzū)", "社区( qū)",
        "社区(qū", "社区(ab)", "(qū)开头",
    ])
    func pinyinKept(_ input: String) {
        let result = ConverterPinyinRemover.remove(input)
        #expect(result.text == input)
        #expect(result.removed == 0)
    }

    // MARK: Width

    @Test(arguments: [
        ("３２７人", "327人"), ("ＧＤＰ增长", "GDP增长"), ("ａｂｃ", "abc"), ("中\u{3000}国", "中 国"),
        ("第１０期", "第10期"),
    ])
    func widthNormalized(_ input: String, _ expected: String) {
        #expect(WidthNormalizer.normalize(input) == expected)
    }

    @Test(arguments: ["你好，世界。", "他说：“好！”", "（括号）", "百分之５０％".replacingOccurrences(of: "５０", with: "50"), "？！；：、"])
    func widthKeepsChinesePunctuation(_ input: String) {
        #expect(WidthNormalizer.normalize(input) == input)
    }

    // MARK: Double-byte repair

    @Test(arguments: [
        ("真是太方便啦?!闭诖蚱古仪虻腻X奶奶開心", "真是太方便啦\u{FFFD}”遮打乒乓球的錢奶奶開心"),
        ("真是太方便了?!毙^(qū)88歲高齡", "真是太方便了\u{FFFD}”\u{FFFD}(qū)88歲高齡"),
        ("生活更舒心了?!痹趧P旋社區的黨建引領下", "生活更舒心了\u{FFFD}”在凱旋社區的黨建引領下"),
    ])
    func damagedRunsInTraditionalText(_ input: String, _ expected: String) {
        let result = DoubleByteRepair.repair(input, script: .hant)
        #expect(result.text == expected)
        #expect(result.runs == 1)
    }

    /// Correct sentences (both scripts, with `?`, rare characters and mixed ASCII) stay untouched.
    @Test(arguments: [
        "什么?!我们不知道这件事。", "他问?你去哪里", "这是一个测试?", "怎么办?!", "Copyright ? 2001-2024 湖北荆楚网络科技股份有限公司",
        "喆喆和堃堃在玩耍", "什麼?!我們不知道這件事。", "張三說:“好的。”", "网址 www.cnhubei.com 所有",
        "锟斤拷锟斤拷", "\u{FFFD}\u{FFFD}好", "他的名字叫王犇，住在䢺镇", "Ｘ光片显示骨折", "X光片和CT检查", "卡拉OK厅里唱歌",
    ])
    func correctTextUntouched(_ input: String) {
        for script in Script.allCases {
            #expect(DoubleByteRepair.repair(input, script: script).runs == 0, "script \(script)")
        }
    }

    @Test(arguments: ["000", "002", "003", "004"])
    func correctSeedsUntouched(_ number: String) throws {
        let text = try ConverterTestSupport.seed(number)
        let repaired = DoubleByteRepair.repair(text, script: ScriptDetector.detect(text))
        #expect(repaired.runs == 0)
        #expect(repaired.text == text)
        // The whole converter with `.keep` changes nothing either on these simplified pages,
        // except width and converter pinyin (none on these pages).
        let kept = Converter(options: ConverterOptions(outputScript: .keep)).convert(text)
        #expect(kept.warnings.allSatisfy { $0.code != Converter.WarningCode.doubleByteRepaired })
    }

    /// The dev-set pages, when present next to the project (never copied into it).
    @Test func devsetPagesUntouched() {
        let pages = ConverterTestSupport.devsetPages()
        for page in pages {
            let script = ScriptDetector.detect(page.text)
            let repaired = DoubleByteRepair.repair(page.text, script: script)
            #expect(repaired.runs == 0, "\(page.name)")
        }
    }

    // MARK: Flags

    @Test func mojibakeAndReplacementRunsAreFlagged() {
        let result = Converter().convert("锟斤拷锟斤拷标题\u{FFFD}\u{FFFD}内容\u{FFFD}")
        #expect(result.warnings.contains { $0.code == Converter.WarningCode.mojibake && $0.message.hasPrefix("2 ") })
        #expect(result.warnings.contains { $0.code == Converter.WarningCode.replacementCharacters && $0.message.hasPrefix("2 ") })
    }
}
