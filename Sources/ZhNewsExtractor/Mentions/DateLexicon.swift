import ZhNewsModel

/// Data for ``DateExtractor``: relative and vague date words, the words around dates that change
/// how they resolve, and the guards that keep look-alikes out. Every entry carries a note;
/// `DateExtractorTests` checks the tables and the behaviour of each group.
public enum DateLexicon {
    /// The calendar unit a relative word counts in.
    public enum Step: String, Sendable {
        case day, week, month, year
    }

    public struct RelativeWord: Sendable {
        public let word: String
        public let step: Step
        /// Steps from the publish date: `昨天` is −1 day, `明年` +1 year.
        public let offset: Int
        public let note: String
        /// Characters that, right before the word, mean it is not this word (`目前天气` is not 前天).
        public let notAfter: String
        /// Characters that, right after the word, mean it is not this word (`今日头条`).
        public let notBefore: String

        init(_ word: String, _ step: Step, _ offset: Int, _ note: String, notAfter: String = "", notBefore: String = "") {
            self.word = word
            self.step = step
            self.offset = offset
            self.note = note
            self.notAfter = notAfter
            self.notBefore = notBefore
        }
    }

    /// Characters that end a preceding word into which a 前… word would merge (`两年前天天…`).
    static let beforeQian = "〇零一二两三四五六七八九十百千0123456789年月天日周之以提目此从几些生"

    /// Words resolved against the publish date.
    public static let relativeWords: [RelativeWord] = [
        RelativeWord("今天", .day, 0, "today"),
        RelativeWord("今日", .day, 0, "today (formal)", notBefore: "头"),
        RelativeWord("昨天", .day, -1, "yesterday"),
        RelativeWord("昨日", .day, -1, "yesterday (formal)"),
        RelativeWord("前天", .day, -2, "the day before yesterday", notAfter: beforeQian),
        RelativeWord("明天", .day, 1, "tomorrow"),
        RelativeWord("明日", .day, 1, "tomorrow (formal)", notBefore: "之"),
        RelativeWord("本周", .week, 0, "this week"),
        RelativeWord("这周", .week, 0, "this week (colloquial)"),
        RelativeWord("上周", .week, -1, "last week"),
        RelativeWord("下周", .week, 1, "next week"),
        RelativeWord("本月", .month, 0, "this month"),
        RelativeWord("这个月", .month, 0, "this month (colloquial)"),
        RelativeWord("上月", .month, -1, "last month", notAfter: "马"),
        RelativeWord("上个月", .month, -1, "last month"),
        RelativeWord("下月", .month, 1, "next month"),
        RelativeWord("下个月", .month, 1, "next month"),
        RelativeWord("今年", .year, 0, "this year"),
        RelativeWord("去年", .year, -1, "last year"),
        RelativeWord("前年", .year, -2, "the year before last", notAfter: beforeQian),
        RelativeWord("明年", .year, 1, "next year"),
        RelativeWord("后年", .year, 2, "the year after next", notAfter: beforeQian),
    ]

    public struct VagueWord: Sendable {
        public let word: String
        public let note: String
        public let notAfter: String
        public let notBefore: String

        init(_ word: String, _ note: String, notAfter: String = "", notBefore: String = "") {
            self.word = word
            self.note = note
            self.notAfter = notAfter
            self.notBefore = notBefore
        }
    }

    /// Vague time words: kept as mentions with no value and no precision.
    public static let vagueWords: [VagueWord] = [
        VagueWord("近日", "in the last few days", notAfter: "接将最", notBefore: "常子程"),
        VagueWord("日前", "a few days ago", notAfter: "节生假当今昨明本该每首" + "〇零一二两三四五六七八九十0123456789"),
        VagueWord("近期", "recently", notAfter: "接将最"),
        VagueWord("近来", "lately", notAfter: "接将最走"),
        VagueWord("前不久", "not long ago", notAfter: beforeQian),
        VagueWord("不久前", "not long ago"),
        VagueWord("近年来", "in recent years", notAfter: "接将最"),
        VagueWord("近年", "recent years", notAfter: "接将最"),
        VagueWord("近些年", "in recent years", notAfter: "接将最"),
        VagueWord("近几年", "in the last few years", notAfter: "接将最"),
        VagueWord("前些年", "some years ago", notAfter: beforeQian),
        VagueWord("前些天", "some days ago", notAfter: beforeQian),
        VagueWord("前些日子", "some days ago", notAfter: beforeQian),
    ]

    public struct AgoUnit: Sendable {
        public let word: String
        public let step: Step
        public let note: String
    }

    /// Units of `N…前/后` (`两个月前`, `一年前`, `3天后`).
    public static let agoUnits: [AgoUnit] = [
        AgoUnit(word: "年", step: .year, note: "years"),
        AgoUnit(word: "个月", step: .month, note: "months"),
        AgoUnit(word: "天", step: .day, note: "days"),
        AgoUnit(word: "周", step: .week, note: "weeks (resolved as 7 days each, day precision)"),
        AgoUnit(word: "个星期", step: .week, note: "weeks"),
        AgoUnit(word: "星期", step: .week, note: "weeks"),
    ]

    public struct Direction: Sendable {
        public let word: String
        public let sign: Int
        public let note: String
    }

    /// Words after `N年`/`N个月`/`N天` that make a relative date.
    public static let agoDirections: [Direction] = [
        Direction(word: "前", sign: -1, note: "ago"), Direction(word: "以前", sign: -1, note: "ago"),
        Direction(word: "之前", sign: -1, note: "ago"), Direction(word: "后", sign: 1, note: "later"),
        Direction(word: "以后", sign: 1, note: "later"), Direction(word: "之后", sign: 1, note: "later"),
    ]

    public struct Word: Sendable {
        public let word: String
        public let note: String
    }

    /// Words in the same sentence that point forward: a partial date (`1月5日`) then resolves to the
    /// next occurrence on or after the publish date instead of the latest one not after it
    /// (`6月8日至10日，全区道路交通流量预计将…`, published 2024-06-01 → 2024-06-08).
    /// (The single character 将 is left out: it is also the object marker `将盆栽恢复原位`.)
    public static let forwardCues: [Word] = [
        Word(word: "将于", note: "will (on)"), Word(word: "将在", note: "will (at)"), Word(word: "将要", note: "will"),
        Word(word: "将会", note: "will"), Word(word: "即将", note: "about to"), Word(word: "预计", note: "expected"),
        Word(word: "计划于", note: "planned for"), Word(word: "计划", note: "plan to"), Word(word: "拟于", note: "proposed for"), Word(word: "定于", note: "scheduled for"),
        Word(word: "届时", note: "by then"), Word(word: "明年", note: "next year"), Word(word: "下个月", note: "next month"),
        Word(word: "下月", note: "next month"),
    ]

    /// Words after a date that make it an open range from that date (`今年以来`, `2024年以来`).
    public static let sinceWords: [Word] = [
        Word(word: "以来", note: "since"), Word(word: "至今", note: "until now"),
    ]

    /// Range connectors joining two dates of the same precision (`50年代到90年代`, `10月14日至16日`).
    public static let rangeConnectors: [Word] = [
        Word(word: "到", note: "to"), Word(word: "至", note: "to"), Word(word: "-", note: "hyphen"),
        Word(word: "—", note: "em dash"), Word(word: "–", note: "en dash"), Word(word: "～", note: "full-width tilde"),
        Word(word: "~", note: "tilde"), Word(word: "－", note: "full-width hyphen"),
    ]

    /// How a period word shifts the hour that follows it.
    public enum Period: String, Sendable {
        /// Hours as printed (上午9时 = 09).
        case morning
        /// 中午: 12 stays 12, 1–2 become 13–14.
        case noon
        /// Hours below 12 get 12 added (下午3时 = 15).
        case afternoon
    }

    public struct PeriodWord: Sendable {
        public let word: String
        public let period: Period
        public let note: String
    }

    /// Parts of the day before a time (`上午9时30分`). A bare `H点` (also "points") and `H:MM`
    /// (also a ratio or a score) are times only after a date or one of these words.
    public static let periodWords: [PeriodWord] = [
        PeriodWord(word: "上午", period: .morning, note: "morning"),
        PeriodWord(word: "早上", period: .morning, note: "early morning"),
        PeriodWord(word: "早晨", period: .morning, note: "early morning"),
        PeriodWord(word: "清晨", period: .morning, note: "dawn"),
        PeriodWord(word: "凌晨", period: .morning, note: "small hours"),
        PeriodWord(word: "中午", period: .noon, note: "midday"),
        PeriodWord(word: "下午", period: .afternoon, note: "afternoon"),
        PeriodWord(word: "傍晚", period: .afternoon, note: "dusk"),
        PeriodWord(word: "晚上", period: .afternoon, note: "evening"),
        PeriodWord(word: "晚间", period: .afternoon, note: "evening"),
        PeriodWord(word: "夜间", period: .afternoon, note: "night"),
        PeriodWord(word: "夜里", period: .afternoon, note: "night"),
    ]

    public struct Century: Sendable {
        public let word: String
        /// The first year of the century (`上世纪` → 1900).
        public let base: Int
        public let note: String
    }

    /// Centuries before a decade (`上世纪70年代` = 1970). Without one, `30年代`…`90年代` are read
    /// as the 1900s and `00年代`…`20年代` stay unresolved.
    public static let centuries: [Century] = [
        Century(word: "上世纪", base: 1900, note: "last century (20th), for texts written after 2000"),
        Century(word: "上个世纪", base: 1900, note: "last century"),
        Century(word: "20世纪", base: 1900, note: "20th century"),
        Century(word: "二十世纪", base: 1900, note: "20th century"),
        Century(word: "本世纪", base: 2000, note: "this century"),
        Century(word: "21世纪", base: 2000, note: "21st century"),
        Century(word: "二十一世纪", base: 2000, note: "21st century"),
        Century(word: "19世纪", base: 1800, note: "19th century"),
        Century(word: "十九世纪", base: 1800, note: "19th century"),
    ]

    /// Characters after `D号` that make it a house or building number rather than a day
    /// (`28号楼`); `D号` is a day only right after `M月`.
    public static let houseNumberFollowers: [Word] = [
        Word(word: "楼", note: "building"), Word(word: "院", note: "compound"), Word(word: "门", note: "gate"),
        Word(word: "房", note: "room"), Word(word: "室", note: "room"), Word(word: "线", note: "line"),
        Word(word: "铺", note: "shop"), Word(word: "车", note: "car"), Word(word: "站", note: "stop"),
        Word(word: "库", note: "warehouse"), Word(word: "馆", note: "hall"), Word(word: "厅", note: "hall"),
        Word(word: "栋", note: "building"), Word(word: "地", note: "plot"), Word(word: "口", note: "exit"),
    ]

    /// Characters after `H时` that make 时 part of a word (`3时间`? `24时制`) rather than o'clock.
    public static let notHourFollowers: [Word] = [
        Word(word: "间", note: "time"), Word(word: "期", note: "period"), Word(word: "代", note: "era"),
        Word(word: "候", note: "moment"), Word(word: "速", note: "speed"), Word(word: "制", note: "clock system"),
        Word(word: "段", note: "time slot"), Word(word: "刻", note: "moment"),
    ]

    /// Characters right before a Chinese numeral that stop `N月` being a month name (`每一月`,
    /// `第三月`, `这一月`); Arabic months need no such guard.
    public static let notMonthPredecessors: [Word] = [
        Word(word: "个", note: "counter"), Word(word: "几", note: "a few"), Word(word: "每", note: "every"),
        Word(word: "半", note: "half"), Word(word: "数", note: "several"), Word(word: "多", note: "many"),
        Word(word: "第", note: "ordinal"), Word(word: "这", note: "this"), Word(word: "那", note: "that"),
        Word(word: "哪", note: "which"), Word(word: "本", note: "this"), Word(word: "上", note: "previous"),
        Word(word: "下", note: "next"), Word(word: "同", note: "same"), Word(word: "当", note: "that"),
        Word(word: "周", note: "weekday"), Word(word: "期", note: "weekday"), Word(word: "初", note: "lunar day"),
    ]

    /// The time zone appended to values with a time of day (news pages are in China time).
    public static let timeZone = "+08:00"
}
