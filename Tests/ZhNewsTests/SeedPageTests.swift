import Testing
import ZhNews
import ZhNewsModel
import ZhNewsTestSupport

/// What must hold on the five seed pages (flattened portal pages), beside their goldens.
@Suite("Seed pages")
struct SeedPageTests {
    static func roles(_ record: Record) -> Set<String> {
        Set(record.bylines.map { "\($0.role.rawValue):\($0.name)" })
    }

    @Test("000: portal chrome out; title, time, outlet and every byline read")
    func seed000() throws {
        let record = try ZhNewsTestSupport.record("Fixtures/000_131cf33ef8afb27c.txt")
        #expect(record.title == "十堰市张湾区红卫街道践行共同缔造理念 绘就幸福美好新篇章")
        #expect(record.published == "2024-08-12T17:55:00+08:00")
        #expect(record.outlet == "荆楚网")
        let expected: Set<String> = [
            "reporter:张世鑫", "reporter:李蔚东", "correspondent:南金伟", "correspondent:赵森",
            "special-correspondent:谭文博", "responsible-editor:雷杉",
        ]
        #expect(expected.isSubset(of: Self.roles(record)))
        #expect(Self.roles(record).subtracting(expected) == ["videographer:谭文博"])
        for chrome in ["关注我们", "新闻频道", "发布时间", "Copyright", "营业执照", "版权", "责任编辑", "供图", "摄制"] {
            #expect(!record.text.contains(chrome), "text contains \(chrome)")
        }
        #expect(record.text.hasSuffix("共同书写属于红卫街道的辉煌篇章。"))
        #expect(record.text.hasPrefix("荆楚网(湖北日报网)讯(记者 张世鑫"))  // the lead credit stays in the text
        #expect(record.text.contains("\n共同缔造开启老旧小区新篇章\n"))    // subheads are paragraphs
    }

    @Test("001: traditional page: outlet, correspondents, no footer or captions, simplified")
    func seed001() throws {
        let record = try ZhNewsTestSupport.record("Fixtures/001_0c922d49ba9ed05c.txt")
        #expect(record.outlet == "荆楚网")
        #expect(Self.roles(record) == ["correspondent:甘雨", "correspondent:彭娟"])
        for chrome in ["Copyright", "版权", "营业执照", "许可证", "供图"] {
            #expect(!record.text.contains(chrome), "text contains \(chrome)")
        }
        for traditional in ["區", "網", "黨"] {
            #expect(!record.text.contains(traditional), "text contains \(traditional)")
        }
        #expect(record.script == .hant)
        #expect(record.title == "党建引领聚合力 多元共治“向民心”")  // the caption repeated under every photo
    }

    @Test("002: tail byline and editor line read; pager and teasers out")
    func seed002() throws {
        let record = try ZhNewsTestSupport.record("Fixtures/002_adad61cd2cde84bc.txt")
        #expect(Self.roles(record) == ["reporter:焦姣", "correspondent:张军", "correspondent:熊诗源", "editor:hefan"])
        let lastParagraph = try #require(record.text.split(separator: "\n").last)
        #expect(lastParagraph.contains("3327名") && lastParagraph.contains("49805户"))
        for chrome in ["上一篇", "下一篇", "编辑:", "咸安一场盛宴", "崇阳县", "香城都市报", "咸宁新闻网", "采访时间"] {
            #expect(!record.text.contains(chrome), "text contains \(chrome)")
        }
        #expect(record.title == nil)  // the page prints no headline
    }

    @Test("003: no ▲ captions, no bylines for the people in the story")
    func seed003() throws {
        let record = try ZhNewsTestSupport.record("Fixtures/003_dd8dcf3c6dc5b916.txt")
        #expect(!record.text.contains("▲"))
        #expect(record.bylines.isEmpty)
        #expect(record.text.contains("邻里长刘诗玲表示"))
    }

    @Test("004: a newspaper page: three articles, each with its own title, bylines and text")
    func seed004() throws {
        let records = try ZhNewsTestSupport.records("Fixtures/004_53050bc7863aed82.txt")
        try #require(records.count == 3)
        #expect(records.map(\.title) == ["六堰社区基层治理稳步推进", "花盆“风波”", "产科“孕期管家”陪诊 为产妇“好孕”护航"])
        #expect(records.map(\.id) == (1...3).map { "Fixtures/004_53050bc7863aed82.txt#\($0)" })
        #expect(records.map(\.input.part) == [1, 2, 3])
        #expect(records.allSatisfy { $0.input.parts == 3 })
        #expect(Self.roles(records[0]) == ["reporter:王琪", "photographer:王琪", "intern:左梦凡"])
        #expect(Self.roles(records[1]) == ["reporter:赵清"])
        #expect(Self.roles(records[2]) == ["reporter:韩玉砚", "photographer:韩玉砚", "correspondent:郜琳"])
        #expect(records[0].subtitle == "民生“小切口”解决社区“微实事”")
        #expect(records[2].kicker == "十堰市妇幼保健院")

        let all = records.map(\.text).joined(separator: "\n")
        for rejoined in ["要想做好群众工作", "送进老百姓的家门口", "工作温度", "专家团队将对检查", "享受分娩过程"] {
            #expect(all.contains(rejoined), "not rejoined: \(rejoined)")
        }
        for caption in ["锦华苑小区组织家长和孩子们在废旧轮胎上涂鸦。", "市妇幼保健院孕产保健部为孕产妇提供安心、舒适、温馨的服务。"] {
            #expect(!all.contains(caption), "caption in text: \(caption)")
        }
        // Page furniture: the slogan lines and the series label are in no article.
        for record in records {
            let paragraphs = record.text.split(separator: "\n").map(String.init)
            #expect(!paragraphs.contains("为民办实事") && !paragraphs.contains("我们在行动"))
            #expect(!record.text.contains("系列报道"))
        }
        #expect(records[1].text.hasPrefix("10月28日。晴。车城路街道镜潭社区。"))
    }
}
