import Testing
@testable import ZhNewsExtractor
import ZhNewsModel

/// Issue #20: sentences with foreign names, idioms and common words that contain division names
/// (`佛罗里达州` → 达州, `盛大庆典` → 大庆, `满街珠翠游村`, `中国` as a township …). None of them
/// names a place of China: `places` must stay empty (countries and foreign cities go to
/// `world_places`, which these tests do not restrict).
@Suite("Place false friends")
struct PlaceFalseFriendTests {
    static let extractor = PlaceExtractor()

    static let sentences: [String] = [
        "佛罗里达州的疫情仍在蔓延",
        "坦帕市市长宣布戴口罩令",
        "特朗普为独立日举办的盛大庆典",
        "节日里满街珠翠游村的人很多",
        "他在中国特色社会主义道路上前行",
        "中国经济这艘大船行稳致远",
        "安吉丽娜朱莉出席了首映式",
        "加利福尼亚州的山火还在燃烧",
        "巴西利亚是巴西的首都",
        "马来西亚的榴莲大量出口",
        "新加坡樟宜机场客流回升",
        "他们在华尔街日报发表评论",
        "两台街电设备摆在门口",
        "就像街电推出的免费充电服务",
        "积极融入一带一路建设",
        "这是一场盛大的庆典活动",
        "和平共处五项原则",
        "大家要团结一致向前看",
        "公司的发展前景光明",
        "双方的合作共赢是大势所趋",
        "社会各界普遍关注民生问题",
        "他把规模和布局做了调整",
        "惠民生的政策陆续出台",
        "这个方案比如说还有改进的余地",
        "新兴产业发展迅速",
        "他顺利通过了考试",
        "有关部门正在调查此事",
        "我们要长治久安",
        "这里一派太平盛世的景象",
        "学生们在操场上做早操",
        "包罗万象的展览吸引了观众",
        "沿海地区的台风天气",
        "政府增加纳税服务窗口",
        "他的文章包罗万象",
        "全球化的浪潮不可阻挡",
        "这部电影讲述了朝鲜族的故事",
        "俄罗斯方块是经典游戏",
        "他喜欢吃美国大杏仁",
        "日本料理店生意兴隆",
        "英国脱欧谈判陷入僵局",
        "德国队赢得了比赛",
        "法国梧桐的叶子黄了",
        "意大利面的做法很简单",
        "土耳其浴场对外开放",
        "泰国菜以酸辣著称",
        "印度洋上空形成热带风暴",
        "澳大利亚袋鼠数量增加",
        "老挝人民革命党召开大会",
        "美国总统发表讲话",
        "昨天他去了华盛顿大学",
        "巴黎圣母院重新开放",
        "伦敦眼摩天轮吸引游客",
        "莫斯科郊外的晚上很安静",
        "东京奥运会推迟举行",
        "首尔大学的学生抗议",
        "纽约证券交易所开盘上涨",
        "悉尼歌剧院举办音乐会",
        "他当选为中国科学院院士",
        "彰显中国之治的生动实践",
        "这位教授来自北京大学",
        "他说一路向西就能找到",
        "这是泰山压顶般的压力",
        "他回到家乡吃上了长寿面",
        "公安部通报了情况",
        "其间山路崎岖难行",
        "公安民警坚守岗位",
    ]

    @Test("the table holds at least 50 sentences")
    func tableSize() {
        #expect(Self.sentences.count >= 50)
    }

    @Test("no place in a false-friend sentence", arguments: sentences)
    func noPlace(_ sentence: String) {
        let found = Self.extractor.places(in: sentence, outlet: nil)
        #expect(found.isEmpty, "\(found.map { "\($0.text) \($0.kind.rawValue) \($0.code ?? "nil")" })")
    }
}
