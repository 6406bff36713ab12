import ZhNewsModel
import ZhNewsParser

/// Data: the credit labels pages print and the roles they mean. Longest labels are matched first.
public enum BylineLexicon {
    /// Label → role. `文` and `图` are only labels inside credit blocks (`文、图/记者`).
    public static let labels: [(label: String, role: Byline.Role)] = [
        ("特约通讯员", .specialCorrespondent),
        ("特约记者", .specialCorrespondent),
        ("全媒体记者", .reporter),
        ("融媒体记者", .reporter),
        ("见习记者", .reporter),
        ("首席记者", .reporter),
        ("本报记者", .reporter),
        ("责任编辑", .responsibleEditor),
        ("责编", .responsibleEditor),
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

    /// Every label, compiled for a one-pass "does this line hold a label?" test.
    static let labelMatcher = PhraseMatcher(groups: [labels.map(\.label)])
    /// Every label, indexed for "which label does this text start with?".
    static let leadingLabels = LeadingPhraseTable(labels.map { ($0.label, $0.role) })

    /// Labels that may follow a name instead of preceding it (`谭文博 摄制`, `王琪 摄`).
    public static let trailingLabels: [(label: String, role: Byline.Role)] = [
        ("摄制", .videographer), ("摄影", .photographer), ("供图", .photographer), ("摄", .photographer), ("视频", .videographer),
    ]

    /// Characters that separate names in a credit (`、`, `，`, `,`, spaces).
    public static let nameSeparators: Set<Character> = ["、", "，", ",", " ", "\u{3000}", "；", ";", "/", "／", "&", "＆"]
    /// Labels a reporter's outlet may stand directly before (`澎湃新闻记者 段彦超`, `南都见习记者 林子沛`).
    public static let outletPrefixedLabels = ["见习记者", "特约记者", "记者", "通讯员"]
    /// Endings of an outlet's name (`…报`, `…网`, `…新闻`), for `石佳/中国青年报`.
    public static let outletSuffixes = ["报", "网", "社", "台", "新闻", "日报", "晚报", "晨报", "周刊", "杂志", "客户端", "电视台"]
    /// Endings of a dateline word after a credit (`記者林冠宇／新北報導`, `新华社北京5月1日电`).
    public static let placeSuffixes = ["报导", "报道", "电", "综合报导", "综合报道"]
    /// Characters that join labels into one group (`文、图/记者`).
    public static let labelJoiners: Set<Character> = ["、", "/", "／", "&", "＆"]
    /// Marks that open a credit block printed under a newspaper headline (`■文、图/记者 王琪`).
    public static let blockMarks: Set<Character> = ["■", "□", "●", "◆", "★", "▌"]
    /// Brackets and marks around credit blocks.
    public static let wrappers: Set<Character> = ["(", ")", "（", "）", "【", "】", "[", "]", "■", "□", "●", "◆", "★"]

    /// Parts that never stand in a name: headings and links beside author boxes (`作者最新文章`,
    /// `更多作品`).
    public static let notNameParts = ["文章", "最新", "更多", "作品", "推荐", "关注", "粉丝", "作者"]

    /// Words that look like names after a label but are not people (`记者 近日`, `通讯员 供图`).
    public static let notNames: Set<String> = [
        "近日", "日前", "获悉", "了解到", "报道", "发现", "采访", "走访", "来到", "从", "在", "昨日", "今日", "本报", "整合", "综合",
        "编译", "实习", "报道组", "摄影报道", "图片", "视频", "文字", "照片", "网友", "记者", "读者",
    ]
}
