/// Data: the phrases and patterns that classify page lines. Logic lives in ``LineClassifier``;
/// this file only lists what portals print. Entries are simplified Chinese (lines are classified
/// after conversion).
package enum LineRules {
    /// A line equal to one of these (spaces ignored) is navigation chrome.
    package static let navigationLines: Set<String> = [
        "关注我们", "首页", "返回首页", "网站首页", "当前位置", "您当前的位置", "当前位置：首页", "打印本页", "关闭窗口", "返回顶部",
        "收藏本站", "设为首页", "加入收藏", "登录", "注册", "English", "无障碍", "长者模式", "手机版", "网站地图",
        // e-paper navigation
        "版面导航", "PDF下载", "往期回顾", "返回目录", "上一版", "下一版", "上一版下一版", "返回版面", "版面概览",
        // WeChat post chrome, as whole lines (the words also occur in prose)
        "阅读原文", "分享", "收藏", "点赞", "在看", "写留言", "留言", "预览时标签不可点", "微信扫一扫", "关注该公众号",
        "继续滑动看下一个", "轻触阅读原文", "知道了", "使用小程序", "取消允许", "长按识别二维码关注", "长按二维码关注",
        "点击蓝字关注我们", "向上滑动看下一个", "分享收藏点赞在看",
        // article-page widgets printed as whole lines
        "字号", "关注", "图集", "打印", "纠错", "举报", "评论", "返回", "更多", "查看原文",
        // share-bar prompts printed as whole lines (163 templates)
        "用微信扫码二维码", "用微信扫描二维码", "分享至好友和朋友圈",
        // read-more buttons
        "阅读全文", "展开全文", "查看全文", "阅读整篇文章",
        // font-size switches, comment links and platform notices printed as whole lines
        "大中小", "字体：大中小", "字体:大中小", "字号：大中小", "小字号", "中字号", "大字号", "我来说两句", "我要跟帖", "特别声明",
    ]
    /// A line starting with one of these is navigation.
    package static let navigationPrefixes = ["当前位置", "您当前的位置", "您现在的位置", "现在位置", "所在位置", "您的位置", "你的位置", "位置：", "位置:"]
    /// `第03版：综合新闻`: an e-paper's page list.
    package static let editionMarker = ("第", "版")
    /// Breadcrumb separators: a short line with two or more of these between short segments.
    package static let breadcrumbSeparators: [String] = [" > ", ">", "＞", "»", "→", " / ", " | ", "|", "｜"]

    /// A line containing one of these is a share or font-size widget.
    package static let widgetMarkers = [
        "分享到", "字号：", "字号:", "【字号", "字体：", "字体:", "【打印", "【关闭", "打印本页", "关闭窗口", "扫一扫", "微信扫一扫",
        "分享至", "【大 中 小】", "大 中 小", "我要纠错", "收藏本页", "点击蓝字", "长按识别二维码", "扫一扫在手机打开",
        "请输入关键词", "字级", "加入书签", "复制连结", "复制链接", "分享 FB", "下载APP", "订阅电子报",
        "我来说两句", "我要跟帖", "已输入0字", "还可以输入",
        // a call to follow an account (`扫描下方二维码关注苹果汇官方微信`)
        "二维码关注",
    ]

    /// A line containing one of these is a copyright or licence line.
    package static let copyrightMarkers = [
        "Copyright", "copyright", "COPYRIGHT", "All Rights Reserved", "All rights reserved", "版权所有", "版权为", "版权声明",
        "未经同意不得复制", "不得复制或镜像", "营业执照", "增值电信业务", "ICP备", "ICP证", "互联网新闻信息服务许可证",
        "网络视听节目许可证", "广播电视节目许可证", "互联网出版机构", "公网安备", "京公网安备", "鄂公网安备", "违法和不良信息举报",
        "关于我们 -", "关于我们-", "联系我们 -", "合作咨询", "主办单位", "承办单位", "网站标识码", "技术支持：", "技术支持:",
        "©",
        // a platform's disclaimer under a posted article
        "仅代表该机构观点", "仅代表作者本人观点", "仅代表作者个人观点", "不代表本网观点", "不代表本站观点", "仅提供信息发布平台",
        "仅提供信息存储空间服务",
    ]

    /// Labels that open an info line (`发布时间:… 来源:…`).
    package static let infoLabels = ["发布时间", "发布日期", "发表时间", "更新时间", "时间", "日期", "来源", "来源于", "本文来源", "作者", "稿源", "浏览次数", "点击数", "阅读"]

    /// `上一篇`/`下一篇`: the line and everything after it that is not article text.
    package static let pagerPrefixes = [
        "上一篇", "下一篇", "上一条", "下一条", "相关新闻", "相关阅读", "相关文章", "延伸阅读", "推荐阅读", "热点推荐", "猜你喜欢",
        "上一则", "下一则", "聚焦新闻", "往期推荐", "精彩推荐", "热门推荐", "相关推荐", "更多精彩", "热门新闻", "网友评论", "评论区", "发表评论", "我要评论",
        "全部评论", "最新评论", "热门评论", "最热评论", "你可能还想看", "你可能也喜欢", "你可能会喜欢", "其他人也在看", "其他人还在看", "为你推荐", "为您推荐", "大家都在看", "相关报道", "相关专题",
    ]

    /// On flattened pages, the prose (text weight) that must come before a pager for it to
    /// open the teaser list: a promo blurb above the article is not the article.
    package static let proseBeforePager = 100
    /// On HTML pages a teaser list ends at a line longer than this whose link share is below
    /// ``teaserLinkRatio``.
    package static let teaserMaxLength = 40
    package static let teaserLinkRatio = 0.5

    /// Caption beginnings.
    package static let captionPrefixes = ["▲", "△", "↑", "图为", "图：", "图:", "上图", "下图", "左图", "右图", "（图", "(图", "图片来源", "视频："]
    /// A caption's closing parenthetical starts with one of these (`（图／…提供）`) …
    package static let captionParentheticalPrefixes = ["图", "摄影", "资料图", "图片"]
    /// … or contains one of these (`（资料图）`, `（记者 王琪 摄）`).
    package static let captionParentheticalMarkers = ["资料图", "供图", "提供", "摄", "图片来源", "视觉中国", "新华社发"]

    /// A dateline (`2024年05月20日 星期一`, `原创 清河发布 2024-06-01 08:30 湖北`): a line this short
    /// holding a full date, whose other words are few and carry no clause marks.
    package static let datelineMaxLength = 48
    package static let datelineMaxOtherCharacters = 16
    /// A date in one of these brackets after at least ``headlineBeforeDateMinLength`` ideographs
    /// is a serial headline's date (`早安武汉〔2018.3.19 周一〕`), not a dateline. (An edition line
    /// `人民日报（2024年05月20日 第03版）` uses round brackets and stays a dateline.)
    package static let headlineDateBrackets: Set<Character> = ["〔", "【", "［", "["]
    package static let headlineBeforeDateMinLength = 4
    /// Words that are web addresses, not part of a dateline's text.
    package static let addressPrefixes = ["http://", "https://", "www."]

    // MARK: - Line features (``LineFeatures``)

    /// Marks a renderer prints before list items (`* 网易新闻`, `+ 免费邮箱`, `• 新闻`).
    package static let bulletMarks: Set<Unicode.Scalar> = ["*", "+", "•", "-", "◦", "▪", "·", "○"]
    /// Separators between the items of a menu row (spaces separate them too).
    package static let menuSeparators: Set<Unicode.Scalar> = ["|", "｜", "丨", "┊", "│", "·", "•"]
    /// Marks that end a sentence, and marks between clauses.
    package static let sentenceMarks: Set<Unicode.Scalar> = ["。", "！", "？", "；", "!", "?", ";"]
    /// (Colons are not counted: `热词：滚动 生活宝典 大家谈` is a label before a menu.)
    package static let clauseMarks: Set<Unicode.Scalar> = ["，", "、", ","]
    /// Marks that group digits (`20,536`, `1,474.27`) rather than end a clause.
    package static let digitGroupMarks: Set<Unicode.Scalar> = [","]
    /// Units and signs a number-only line may carry (`31°C`, `-1.89%`, `1,474.27`).
    package static let numericUnits: Set<Unicode.Scalar> = ["C", "F", "K", "M", "B", "k"]
    /// The longest image placeholder a renderer prints (`[logo_pgh]`), brackets included.
    package static let placeholderMaxLength = 24
    /// A renderer's form field (`搜索 [          ]`, `[]`; lynx: `搜索 ________`, `(BUTTON) 阅读整篇文章`):
    /// the line is a search or login box, or a button.
    package static let formFieldMarks = ["[  ", "[]", "____", "(BUTTON)"]
    /// A menu item is at most this many characters (`网易新闻`, `国际足球`, `娱乐FOCUS`).
    package static let menuItemMaxLength = 7
    /// A row of at least this many short segments without punctuation is a menu.
    package static let menuRowMinSegments = 3
    /// Prose: at least this many letters and ideographs, with at least this many sentence or
    /// clause marks per character (article paragraphs carry one every 10–30 characters).
    package static let proseMinLength = 12
    /// Latin letters and digits that weigh as much as one ideograph in a line's text weight.
    package static let latinCharactersPerIdeograph = 3
    /// A shorter line is prose when it ends with a sentence mark.
    package static let shortProseMinLength = 6
    /// Marks that may follow a sentence mark at the end of a sentence (`…。”`, `…！）`).
    package static let closingMarks: Set<Unicode.Scalar> = ["”", "’", "」", "』", "）", ")", "\"", "'", "】"]
    package static let proseMinPunctuationDensity = 0.015

    // MARK: - Dense region (``DenseRegion``)

    /// What a chrome line (menu row, widget, copyright, teaser) costs the run of lines around it,
    /// in prose characters: a dozen menu lines outweigh a short paragraph.
    package static let chromeLinePenalty = 12
    /// What any other non-prose line costs (a subhead, a caption, a headline).
    package static let shortLinePenalty = 3
    /// The least text weight a densest run needs before lines outside it are dropped: a short
    /// news flash (`路透月度调查显示…`, 127) still counts, a stray sentence does not.
    package static let minimumRegionWeight = 60
    /// A line with this many HTML tags (`<li>`, `</a>`) is markup the renderer left, not text.
    package static let markupMinTags = 2
    /// What a dated info line after the article's first prose costs the run around it: a feed of
    /// teasers, each with its own time line, or a comment list, is not the article.
    package static let datedLineBoundaryPenalty = 150

    /// A promotion: a line with a link address (one of these) and a call to act (one of
    /// ``promotionWords``): `立即下载经济日报App：https://bit.ly/…`, `订阅Telegram频道：https://t.me/…`.
    package static let promotionLinkMarkers = ["http://", "https://", "bit.ly/", "t.me/", "www."]
    package static let promotionWords = ["下载", "订阅", "关注", "追踪", "App", "APP", "app", "Telegram", "频道", "加入", "扫码"]
    /// Hashtag marks: a line of two or more words that each start with one (`#海滨长廊 #东区`).
    package static let hashtagMarks: Set<Character> = ["#", "＃"]
    /// A line of page numbers (`1234下一页`, `上一页 1 2 3 下一页`): digits and these words only.
    package static let pageNumberWords = ["上一页", "下一页", "首页", "尾页", "末页", "上页", "下页"]
}
