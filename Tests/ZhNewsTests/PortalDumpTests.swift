import Foundation
import Testing
import ZhNews
import ZhNewsModel
import ZhNewsTestSupport

/// Portal pages dumped to text with their chrome (menus as bullet lists, breadcrumbs, share bars,
/// comments), in two renderers' styles: `innerText`-like (`* item`, no blank lines) and
/// `w3m -dump`-like (indented `•` items, blank lines). The pages are written here from the rules
/// the issue states; the expectations are what a reader sees on them.
@Suite("Portal pages dumped to text")
struct PortalDumpTests {
    static func record(_ text: String, id: String = "portal.txt") throws -> Record {
        let lines = Pipeline().process(PageInput(id: id, path: id, bytes: Array(text.utf8)))
        guard case .record(let record)? = lines.first else { throw TestFailure("no record: \(lines)") }
        return record
    }

    static let paragraphs = [
        "本报讯（记者 黄思远）5月19日上午，在南湖区青石巷改造现场，挖掘机、压路机来回穿梭，工人们正在铺设透水砖。记者从南湖区住建局获悉，今年该区将对辖区内108条背街小巷实施综合改造。",
        "南湖区是江城老城区，背街小巷多建于上世纪八九十年代，普遍存在路面破损、管线杂乱、排水不畅、照明不足等问题。“下雨天巷子里全是积水，晚上黑灯瞎火的，老人都不敢出门。”居民何秀兰告诉记者。",
        "据悉，背街小巷改造总投资约3.2亿元，全部完工后将惠及沿线居民4.6万户。南湖区还将同步建立长效管护机制，确保改造成果长期保持。",
    ]

    /// `innerText` style: menus as `*`/`+` items, headline, info line with several spaces, share
    /// bar and `（原标题：…）` between the info line and the lead, comments after the article.
    static let innerTextPage = """
        江城网首页
        应用
        * 江城新闻
        * 江城公开课
        + 免费邮箱
        + 企业邮箱
        注册免费邮箱
        快速导航
        * 新闻
        * 国内
        * 国际
        江城网首页 > 新闻频道 > 正文
        百条背街小巷年内完成改造，首批已开工！
        2024-05-20 08:30:12    来源: 江城日报    举报
        326
        分享到：
        * 微信
        * 微博
        T + -
        （原标题：南湖区百条背街小巷年内完成改造）
        \(paragraphs[0])
        百条背街小巷年内完成改造，首批已开工！
        \(paragraphs[1...].joined(separator: "\n"))
        本文来源：江城日报 责任编辑：周文_NF1234
        跟贴31
        参与326
        网友评论仅供其表达个人看法，并不表明本站立场。
        网友甲 2024-05-20 09:11:41
        改得好，早该改了，巷子里的路灯终于亮了。
        * 顶 67
        * 回复
        """

    /// `w3m -dump` style: indented `•` items, blank lines, the account name under the headline.
    static let w3mPage = """
        [logo]

          • 首页
          • 新闻
          • 体育
          • 财经

        当前位置：首页 > 本地

        百条背街小巷年内完成改造 首批32条已开工

        江城发布

        2024-05-20 08:30 江城日报

        \(paragraphs[0])

        [photo_1]


        街坊们都很高兴。

        \(paragraphs[1...].joined(separator: "\n\n"))

        相关新闻

          • 江城首条跨江观光索道开始试运行
          • 桂花巷成了网红打卡点

        关于我们 | 联系我们 | 版权声明
        """

    @Test("innerText dump: headline above the info line, chrome and comments out")
    func innerText() throws {
        let record = try Self.record(Self.innerTextPage)
        #expect(record.title == "百条背街小巷年内完成改造，首批已开工！")
        #expect(record.published == "2024-05-20T08:30:12+08:00")
        #expect(record.outlet == "江城日报")
        #expect(record.text.hasPrefix("（原标题：南湖区百条背街小巷年内完成改造）") || record.text.hasPrefix("本报讯"))
        #expect(record.text.hasSuffix("确保改造成果长期保持。"))
        #expect(!record.text.contains("首批已开工！"), "the headline repeated in the body is left out")
        for chrome in ["江城新闻", "注册免费邮箱", "快速导航", "326", "分享到", "T + -", "改得好", "顶 67", "跟贴31"] {
            #expect(!record.text.contains(chrome), "«\(chrome)» kept")
        }
    }

    @Test("w3m dump: account name under the headline is not the headline; related list out")
    func w3m() throws {
        let record = try Self.record(Self.w3mPage)
        #expect(record.title == "百条背街小巷年内完成改造 首批32条已开工")
        #expect(record.kicker == nil)
        #expect(record.published == "2024-05-20T08:30:00+08:00")
        #expect(record.text.hasPrefix("本报讯"))
        #expect(record.text.hasSuffix("确保改造成果长期保持。"))
        // Two blank lines after a picture are this renderer's spacing, not a caption's isolation.
        #expect(record.text.contains("街坊们都很高兴。"))
        for chrome in ["首页", "江城发布", "跨江观光索道", "网红打卡点", "关于我们", "[logo]", "[photo_1]"] {
            #expect(!record.text.contains(chrome), "«\(chrome)» kept")
        }
    }

    /// The flattened dev set, when it is beside the project: floors under the figures this
    /// reader reached, so a change cannot lower them silently.
    static let devsetFlat = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data/devset").standardized

    @Test("flattened dev set: title floor", .enabled(if: FileManager.default.fileExists(atPath: devsetFlat.appendingPathComponent("flat").path), "../shared/data/devset absent"))
    func devsetTitles() throws {
        let flat = Self.devsetFlat.appendingPathComponent("flat")
        let gold = Self.devsetFlat.appendingPathComponent("gold")
        let pages = try FileManager.default.contentsOfDirectory(atPath: flat.path).filter { $0.hasSuffix(".txt") }.sorted()
        var exact = 0
        for page in pages {
            let bytes = try [UInt8](Data(contentsOf: flat.appendingPathComponent(page)))
            let record = Pipeline(options: PipelineOptions(outputScript: .keep)).process(PageInput(id: page, path: page, bytes: bytes)).compactMap {
                if case .record(let record) = $0 { return record }
                return nil
            }.first
            let goldData = try Data(contentsOf: gold.appendingPathComponent(String(page.dropLast(4)) + ".json"))
            let goldTitle = (try JSONSerialization.jsonObject(with: goldData) as? [String: Any])?["title"] as? String
            let collapse = { (text: String?) in text?.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
            if let title = record?.title, collapse(title) == collapse(goldTitle) { exact += 1 }
        }
        #expect(pages.count == 67)
        // 0.24 before the line features and dense region, 0.91 after (61 of 67, scripts kept).
        #expect(Double(exact) / Double(pages.count) >= 0.88, "title exact \(exact)/\(pages.count)")
    }
}
