import ZhNewsModel

/// Data: the credit labels pages print and the roles they mean. Longest labels are matched first.
/// Written in simplified script: the extractor reads lines folded (its `ScriptFold`), so `記者`
/// and `编輯` match too, whatever `--script` says. The one list of credit labels: line classes,
/// info lines and the byline grammar all read it.
package enum BylineLexicon {
    /// Label → role. `文` and `图` are only labels inside credit blocks (`文、图/记者`).
    package static let labels: [(label: String, role: Byline.Role)] = [
        ("特约通讯员", .specialCorrespondent),
        ("特约记者", .specialCorrespondent),
        ("全媒体记者", .reporter),
        ("融媒体记者", .reporter),
        ("见习记者", .reporter),
        ("首席记者", .reporter),
        ("本报记者", .reporter),
        ("责任编辑", .responsibleEditor),
        ("责编", .responsibleEditor),
        ("专栏作者", .author),
        ("特约评论员", .author),
        ("评论员", .author),
        ("撰稿人", .author),
        ("选稿", .editor),
        ("核稿", .editor),
        ("译者", .author),
        ("通讯员", .correspondent),
        ("实习生", .intern),
        ("记者", .reporter),
        ("撰文", .author),
        ("作者", .author),
        ("执笔", .author),
        ("采写", .author),
        ("撰稿", .author),
        ("编译", .author),
        ("原创", .author),
        ("编辑", .editor),
        ("摄影", .photographer),
        ("摄制", .videographer),
        ("视频", .videographer),
        ("供图", .photographer),
        ("文", .author),
        ("图", .photographer),
        ("摄", .photographer),
    ]

    /// Labels that may follow a name instead of preceding it (`谭文博 摄制`, `王琪 摄`).
    package static let trailingLabels: [(label: String, role: Byline.Role)] = [
        ("摄制", .videographer), ("摄影", .photographer), ("供图", .photographer), ("摄", .photographer), ("视频", .videographer),
    ]

    /// Characters that separate names in a credit (`、`, `，`, `,`, spaces).
    package static let nameSeparators: Set<Character> = ["、", "，", ",", " ", "\u{3000}", "；", ";", "/", "／", "&", "＆"]
    /// Marks between a label and its names besides the name separators: colons in every width
    /// (`記者︰脫芷晴`) and the bars of self-media (`文丨政能亮`, `编辑|张维纳`).
    package static let labelColons: Set<Character> = [":", "：", "︰", "丨", "|", "｜"]
    /// Labels a reporter's outlet may stand directly before (`澎湃新闻记者 段彦超`, `南都见习记者 林子沛`,
    /// `政能亮特约评论员 韩涵`, `观察者网专栏作者 王文`).
    package static let outletPrefixedLabels = ["特约评论员", "见习记者", "特约记者", "专栏作者", "评论员", "记者", "通讯员"]
    /// Production credits with no byline role (`审核`, `监制`, `校对`): the names after them are
    /// skipped, not read as the previous role's.
    package static let skippedLabels = ["审核", "审校", "审稿", "监制", "校对", "校读", "制图", "剪辑", "语音", "策划", "统筹", "出品", "美编", "设计", "主播", "配音", "终审", "二审", "初审", "排版", "值班编辑"]
    /// How an essay's headline goes on after its author's name and a colon (`张三：我眼中的父亲`).
    package static let essayOpenings = ["我眼中的", "我心中的", "我所认识的", "我所知道的", "我记忆中的", "忆", "怀念", "回忆"]
    /// Labels whose value is the outlet (`来源：`, `本文来源：`, `来源于：`), longest first: the source
    /// field of an info line, and skipped inside a credit line (`本文来源：中国经营报 作者：李慧敏`).
    package static let sourceLabels = ["本文来源", "来源于", "来源", "稿源", "出处"]
    /// Link words printed inside credit lines that are neither labels nor names (`【纠错】 【责任编辑:刘笑冬 】`).
    package static let creditNoise: Set<String> = ["纠错", "打印", "关闭", "关闭窗口", "分享", "收藏"]
    /// Words that end a credit's dateline (`記者吳柏軒／台北報導`, `中央社記者沈佩瑤台北23日電`).
    package static let datelineEndings = ["即时报导", "综合报导", "综合报道", "连线报导", "专题报导", "报导", "报道", "电", "讯"]
    /// Kinds of dispatch printed between an outlet's name and `讯` (`明报专讯`, `本报综合讯`).
    package static let dispatchKinds = ["专", "综合", "特", "快"]
    /// Places a credit's dateline names, for splitting a name glued to it (`沈佩瑶台北23日电`):
    /// Taiwan's cities and counties, Hong Kong and Macau, and the mainland's and the world's
    /// cities wires file from most.
    package static let datelinePlaces = [
        "台北", "新北", "桃园", "台中", "台南", "高雄", "基隆", "新竹", "苗栗", "彰化", "南投", "云林", "嘉义", "屏东", "宜兰",
        "花莲", "台东", "澎湖", "金门", "马祖", "连江", "香港", "澳门", "北京", "上海", "天津", "重庆", "广州", "深圳", "南京",
        "杭州", "武汉", "成都", "西安", "沈阳", "长沙", "郑州", "济南", "福州", "厦门", "昆明", "南宁", "海口", "拉萨", "乌鲁木齐",
        "哈尔滨", "长春", "石家庄", "太原", "呼和浩特", "兰州", "西宁", "银川", "贵阳", "南昌", "合肥", "华盛顿", "纽约", "洛杉矶",
        "旧金山", "东京", "首尔", "伦敦", "巴黎", "柏林", "莫斯科", "布鲁塞尔", "日内瓦", "新加坡", "曼谷", "雅加达", "悉尼",
        "多伦多", "温哥华", "吉隆坡", "河内", "新德里", "开罗", "约翰内斯堡", "里约热内卢", "布宜诺斯艾利斯", "墨西哥城",
    ]
    /// Where an author's affiliation glued after the name starts (`方敏北京大学经济学院教授`),
    /// besides ``datelinePlaces``.
    package static let affiliationStarts = ["中国", "中央", "国家", "全国", "清华", "复旦", "浙江", "人民", "中山", "南开", "同济", "厦门", "武汉", "四川", "山东", "吉林", "湖南", "湖北", "广东", "江苏", "中共", "国务院", "社科院", "某"]
    /// Titles an affiliation glued after an author's name ends with.
    package static let affiliationTitles = ["副教授", "教授", "研究员", "讲师", "博士", "院长", "主任", "所长", "学者", "专家", "主编", "律师", "医生", "校长", "书记", "会长", "理事长", "博士生", "研究生"]
    /// Endings of an outlet's name (`…报`, `…网`, `…新闻`), for `石佳/中国青年报`.
    package static let outletSuffixes = ["报", "网", "社", "台", "新闻", "日报", "晚报", "晨报", "周刊", "杂志", "客户端", "电视台"]
    /// Endings of a dateline word after a credit (`記者林冠宇／新北報導`, `新华社北京5月1日电`).
    package static let placeSuffixes = ["报导", "报道", "电", "综合报导", "综合报道"]
    /// Characters that join labels into one group (`文、图/记者`).
    package static let labelJoiners: Set<Character> = ["、", "/", "／", "&", "＆"]
    /// Marks that open a credit block printed under a newspaper headline (`■文、图/记者 王琪`).
    package static let blockMarks: Set<Character> = ["■", "□", "●", "◆", "★", "▌"]
    /// Brackets and marks around credit blocks.
    package static let wrappers: Set<Character> = ["(", ")", "（", "）", "【", "】", "[", "]", "［", "］", "〔", "〕", "■", "□", "●", "◆", "★"]

    /// Labels that open an editor's or a production credit line (`【责任编辑:雷杉】`, `编辑:hefan`,
    /// `监制：…`): the line is a credit, not article text.
    package static let editorLineLabels = [
        "责任编辑", "责编", "编辑", "审核", "校对", "终审", "初审", "值班编辑", "网络编辑", "编审", "监制", "出品", "统筹", "策划",
        "主编", "美编", "排版", "设计", "制作", "审校", "二审", "三审", "一审", "总监制", "出品人",
    ]
    /// Endings of a photo or video credit that close a caption (`通讯员 供图`, `谭文博 摄制`,
    /// `记者 王琪 摄`): the trailing labels and the picture words that are no byline role.
    package static let captionCreditEndings = trailingLabels.map(\.label) + ["图", "制图", "截图"]
}
