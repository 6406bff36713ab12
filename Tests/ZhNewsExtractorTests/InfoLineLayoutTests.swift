import Testing
import ZhNewsExtractor

/// Info lines as flattened pages print them: fields in any order, separated by several spaces,
/// tabs, `|` or full-width spaces, with or without labels.
@Suite("Info lines on flattened pages")
struct InfoLineLayoutTests {
    @Test("classified as info lines", arguments: [
        "发布时间：2024-05-20 08:30    来源：江城日报",
        "来源：江城日报\t发布时间：2024-05-20 08:30",
        "2024-05-20 08:30:12    来源: 江城日报    举报",
        "2020-07-04 12:10:24 来源：求是网作者：陈海峰责任编辑：陈海峰",
        "2019-09-07 09:25:09 字号： A- A A+ 来源：观察者网",
        "来源：新华网 | 2019-12-10 07:57:40",
        "2022-02-13 04:22:18 云南日报",
        "2019-05-17 · 苏皖城市报道",
        "http://www.sina.com.cn 2009年11月09日13:48 新浪娱乐",
        "时间：2024.05.11\u{3000}来源：光明日报\u{3000}作者：南帆 分享到：",
        "* 来源：新华社",
        "[yule] 来源：搜狐娱乐",
        "2019年09月11日01:53 新浪科技 我有话说( 1307 人参与) 收藏本文",
    ])
    func infoLines(_ line: String) {
        #expect(LineClassifier().classify([line])[0].lineClass == .infoLine, "«\(line)»")
    }

    @Test("prose with a date is not an info line", arguments: [
        "2024年5月20日，记者从南湖区住建局获悉，来源：住建局的数据显示改造已过半。",
        "5月20日至31日，京沪高速无锡至江阴大桥至广陵枢纽段封闭！",
    ])
    func notInfoLines(_ line: String) {
        #expect(LineClassifier().classify([line])[0].lineClass != .infoLine, "«\(line)»")
    }

    @Test("fields read whatever separates them", arguments: [
        ("发布时间：2024-05-20 08:30    来源：江城日报", "2024-05-20T08:30:00+08:00", "江城日报"),
        ("来源：江城日报\t发布时间：2024-05-20 08:30", "2024-05-20T08:30:00+08:00", "江城日报"),
        ("2024-05-20 08:30:12    来源: 江城日报    举报", "2024-05-20T08:30:12+08:00", "江城日报"),
        ("来源：新华网 | 2019-12-10 07:57:40", "2019-12-10T07:57:40+08:00", "新华网"),
        ("时间：2024.05.11\u{3000}来源：光明日报\u{3000}作者：南帆", "2024-05-11", "光明日报"),
    ])
    func fields(_ line: String, _ published: String, _ outlet: String) {
        let info = InfoLine(line)
        #expect(info.published == published, "«\(line)»")
        #expect(info.outlet == outlet, "«\(line)»")
    }
}
