import ZhNewsModel

/// Data for ``DateExtractor``: relative and vague date words, the words around dates that change
/// how they resolve, and the guards that keep look-alikes out. Every entry carries a note;
/// `DateExtractorTests` checks the tables and the behaviour of each group.
package enum DateLexicon {
    /// The calendar unit a relative word counts in.
    package enum Step: String, Sendable {
        case day, week, month, year
    }

    package struct RelativeWord: Sendable {
        package let word: String
        package let step: Step
        /// Steps from the publish date: `昨天` is −1 day, `明年` +1 year.
        package let offset: Int
        package let note: String
        /// Characters that, right before the word, mean it is not this word (`目前天气` is not 前天).
        package let notAfter: String
        /// Characters that, right after the word, mean it is not this word (`今日头条`).
        package let notBefore: String
        /// The part of the day the word names (`昨晚` = yesterday evening): it shifts a following
        /// hour as the period word would (`昨晚9时20分` = 21:20 the day before).
        package let period: Period?

        init(_ word: String, _ step: Step, _ offset: Int, _ note: String, notAfter: String = "", notBefore: String = "",
             period: Period? = nil) {
            self.word = word
            self.step = step
            self.offset = offset
            self.note = note
            self.notAfter = notAfter
            self.notBefore = notBefore
            self.period = period
        }
    }

    /// Characters that end a preceding word into which a 前… word would merge (`两年前天天…`).
    static let beforeQian = "〇零一二两三四五六七八九十百千0123456789年月天日周之以提目此从几些生"

    /// Words resolved against the publish date.
    package static let relativeWords: [RelativeWord] = [
        RelativeWord("今天", .day, 0, "today"),
        RelativeWord("今日", .day, 0, "today (formal)", notBefore: "头"),
        RelativeWord("昨天", .day, -1, "yesterday"),
        RelativeWord("昨日", .day, -1, "yesterday (formal)"),
        RelativeWord("前天", .day, -2, "the day before yesterday", notAfter: beforeQian),
        RelativeWord("大前天", .day, -3, "three days ago"),
        RelativeWord("前日", .day, -2, "the day before yesterday (formal, Hong Kong papers)", notAfter: beforeQian + "节假当"),
        RelativeWord("明天", .day, 1, "tomorrow"),
        RelativeWord("后天", .day, 2, "the day after tomorrow (not `后天的`/`后天形成`: acquired)",
                     notAfter: beforeQian + "先和与及", notBefore: "的性形养习培努"),
        RelativeWord("大后天", .day, 3, "in three days"),
        // Days with a part of the day: the hour after them is shifted by that part.
        RelativeWord("今晨", .day, 0, "this morning", period: .morning),
        RelativeWord("今早", .day, 0, "this morning", period: .morning),
        RelativeWord("今晚", .day, 0, "this evening", period: .evening),
        RelativeWord("今夜", .day, 0, "tonight", period: .evening),
        RelativeWord("昨晨", .day, -1, "yesterday morning", period: .morning),
        RelativeWord("昨早", .day, -1, "yesterday morning", period: .morning),
        RelativeWord("昨午", .day, -1, "yesterday around noon (Hong Kong papers: `昨午4时` = 16:00)", period: .noon),
        RelativeWord("昨傍晚", .day, -1, "yesterday at dusk", period: .evening),
        RelativeWord("昨晚", .day, -1, "yesterday evening", period: .evening),
        RelativeWord("昨夜", .day, -1, "last night", period: .evening),
        RelativeWord("前晚", .day, -2, "the evening before last", notAfter: beforeQian, period: .evening),
        RelativeWord("明早", .day, 1, "tomorrow morning", period: .morning),
        RelativeWord("明晨", .day, 1, "tomorrow morning", period: .morning),
        RelativeWord("明晚", .day, 1, "tomorrow evening", period: .evening),
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
        RelativeWord("上年", .year, -1, "the previous year (`上年同期`)", notBefore: "纪级度"),
        RelativeWord("前年", .year, -2, "the year before last", notAfter: beforeQian),
        RelativeWord("明年", .year, 1, "next year"),
        RelativeWord("后年", .year, 2, "the year after next", notAfter: beforeQian),
    ]

    package struct VagueWord: Sendable {
        package let word: String
        package let note: String
        package let notAfter: String
        package let notBefore: String

        init(_ word: String, _ note: String, notAfter: String = "", notBefore: String = "") {
            self.word = word
            self.note = note
            self.notAfter = notAfter
            self.notBefore = notBefore
        }
    }

    /// Vague time words: kept as mentions with no value and no precision.
    package static let vagueWords: [VagueWord] = [
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

    package struct AgoUnit: Sendable {
        package let word: String
        package let step: Step
        package let note: String
    }

    /// Units of `N…前/后` (`两个月前`, `一年前`, `3天后`).
    package static let agoUnits: [AgoUnit] = [
        AgoUnit(word: "年", step: .year, note: "years"),
        AgoUnit(word: "个月", step: .month, note: "months"),
        AgoUnit(word: "天", step: .day, note: "days"),
        AgoUnit(word: "周", step: .week, note: "weeks (resolved as 7 days each, day precision)"),
        AgoUnit(word: "个星期", step: .week, note: "weeks"),
        AgoUnit(word: "星期", step: .week, note: "weeks"),
    ]

    package struct Direction: Sendable {
        package let word: String
        package let sign: Int
        package let note: String
    }

    /// Words after `N年`/`N个月`/`N天` that make a relative date.
    package static let agoDirections: [Direction] = [
        Direction(word: "前", sign: -1, note: "ago"), Direction(word: "以前", sign: -1, note: "ago"),
        Direction(word: "之前", sign: -1, note: "ago"), Direction(word: "后", sign: 1, note: "later"),
        Direction(word: "以后", sign: 1, note: "later"), Direction(word: "之后", sign: 1, note: "later"),
    ]

    package struct Word: Sendable {
        package let word: String
        package let note: String
    }

    /// Words bound to a date that point forward: a partial date (`1月5日`) then resolves to the next
    /// occurrence on or after the publish date instead of the latest one not after it. They must end
    /// at most 4 code points before the date, in its clause (`将于5月15日`, `预计1月5日完工`); a word
    /// elsewhere in the sentence does not count (`5月15日，商务部发布了行动计划` stays in the past).
    /// (The single character 将 is left out: it is also the object marker `将盆栽恢复原位`.)
    package static let forwardCues: [Word] = [
        Word(word: "将于", note: "will (on)"), Word(word: "将在", note: "will (at)"), Word(word: "将要", note: "will"),
        Word(word: "将会", note: "will"), Word(word: "即将", note: "about to"), Word(word: "预计", note: "expected"),
        Word(word: "计划于", note: "planned for"), Word(word: "计划", note: "plan to"), Word(word: "拟于", note: "proposed for"), Word(word: "定于", note: "scheduled for"),
        Word(word: "届时", note: "by then"), Word(word: "明年", note: "next year"), Word(word: "下个月", note: "next month"),
        Word(word: "下月", note: "next month"), Word(word: "有望", note: "expected to"),
    ]

    /// Words after a date that point forward: after the date (and `起`, `前`, a range's end), at most
    /// one comma and 12 code points on (`5月15日起将实施`, `6月8日至10日，全区道路交通流量预计将…`).
    package static let forwardFollowers: [Word] = [
        Word(word: "将", note: "will (right after the date or its 起/前: `5月15日起将`)"),
        Word(word: "将于", note: "will (on)"), Word(word: "将在", note: "will (at)"), Word(word: "将要", note: "will"),
        Word(word: "将会", note: "will"), Word(word: "预计", note: "expected"), Word(word: "届时", note: "by then"),
        Word(word: "拟", note: "proposed"), Word(word: "计划于", note: "planned for"), Word(word: "有望", note: "expected to"),
    ]

    /// Words after a date that make it an open range from that date (`今年以来`, `2024年以来`).
    package static let sinceWords: [Word] = [
        Word(word: "以来", note: "since"), Word(word: "至今", note: "until now"),
    ]

    /// Range connectors joining two dates of the same precision (`50年代到90年代`, `10月14日至16日`).
    package static let rangeConnectors: [Word] = [
        Word(word: "到", note: "to"), Word(word: "至", note: "to"), Word(word: "-", note: "hyphen"),
        Word(word: "—", note: "em dash"), Word(word: "–", note: "en dash"), Word(word: "～", note: "full-width tilde"),
        Word(word: "~", note: "tilde"), Word(word: "－", note: "full-width hyphen"),
        Word(word: "起至", note: "from … to (`3月21日起至9月30日`)"), Word(word: "起到", note: "from … to"),
    ]

    /// How a period word shifts the hour that follows it.
    package enum Period: String, Sendable {
        /// Hours as printed (上午9时 = 09; 凌晨12点 = 00).
        case morning
        /// 中午: 7–12 stay, 1–6 become 13–18 (`中午2时` = 14, `昨午4时` = 16).
        case noon
        /// Hours below 12 get 12 added (下午3时 = 15).
        case afternoon
        /// 晚上, 今晚: 5–11 get 12 added (晚上8点 = 20); 12 is midnight (00 the next day) and 0–4
        /// are the small hours of the next day (`夜里2点`).
        case evening
    }

    package struct PeriodWord: Sendable {
        package let word: String
        package let period: Period
        package let note: String
    }

    /// Parts of the day before a time (`上午9时30分`). A bare `H点` (also "points") and `H:MM`
    /// (also a ratio or a score) are times only after a date or one of these words.
    package static let periodWords: [PeriodWord] = [
        PeriodWord(word: "上午", period: .morning, note: "morning"),
        PeriodWord(word: "早上", period: .morning, note: "early morning"),
        PeriodWord(word: "早晨", period: .morning, note: "early morning"),
        PeriodWord(word: "清晨", period: .morning, note: "dawn"),
        PeriodWord(word: "凌晨", period: .morning, note: "small hours"),
        PeriodWord(word: "中午", period: .noon, note: "midday"),
        PeriodWord(word: "下午", period: .afternoon, note: "afternoon"),
        PeriodWord(word: "午间", period: .noon, note: "midday"),
        PeriodWord(word: "午后", period: .afternoon, note: "afternoon"),
        PeriodWord(word: "傍晚", period: .evening, note: "dusk"),
        PeriodWord(word: "晚上", period: .evening, note: "evening (`晚上12点` = midnight)"),
        PeriodWord(word: "晚间", period: .evening, note: "evening"),
        PeriodWord(word: "夜间", period: .evening, note: "night"),
        PeriodWord(word: "夜里", period: .evening, note: "night"),
        PeriodWord(word: "深夜", period: .evening, note: "late night"),
        PeriodWord(word: "半夜", period: .evening, note: "middle of the night (`半夜12点` = midnight)"),
        PeriodWord(word: "午夜", period: .evening, note: "midnight"),
    ]

    /// Words right before a clock time that keep it off the publish date: a schedule (`每天22时`) or
    /// another day (`次日5时`). The time keeps no date (`T22+08:00`).
    package static let notPublishDayBefore: [Word] = [
        Word(word: "每天", note: "every day"), Word(word: "每日", note: "every day"), Word(word: "每晚", note: "every evening"),
        Word(word: "每早", note: "every morning"), Word(word: "次日", note: "the next day"), Word(word: "翌日", note: "the next day"),
        Word(word: "当晚", note: "that evening (of a day named before)"), Word(word: "当天", note: "that day (of a day named before)"),
        Word(word: "当日", note: "that day (of a day named before)"),
    ]

    /// Words between a part of the day and its hour (`晚间约9时`): skipped.
    package static let timeApproximations: [Word] = [
        Word(word: "约", note: "about"), Word(word: "大约", note: "about"),
    ]

    package struct Century: Sendable {
        package let word: String
        /// The first year of the century (`上世纪` → 1900).
        package let base: Int
        package let note: String
    }

    /// Centuries before a decade (`上世纪70年代` = 1970). Without one, `30年代`…`90年代` are read
    /// as the 1900s and `00年代`…`20年代` stay unresolved.
    package static let centuries: [Century] = [
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
    package static let houseNumberFollowers: [Word] = [
        Word(word: "楼", note: "building"), Word(word: "院", note: "compound"), Word(word: "门", note: "gate"),
        Word(word: "房", note: "room"), Word(word: "室", note: "room"), Word(word: "线", note: "line"),
        Word(word: "铺", note: "shop"), Word(word: "车", note: "car"), Word(word: "站", note: "stop"),
        Word(word: "库", note: "warehouse"), Word(word: "馆", note: "hall"), Word(word: "厅", note: "hall"),
        Word(word: "栋", note: "building"), Word(word: "地", note: "plot"), Word(word: "口", note: "exit"),
    ]

    /// Characters after `H时` that make 时 part of a word (`3时间`? `24时制`) rather than o'clock.
    package static let notHourFollowers: [Word] = [
        Word(word: "间", note: "time"), Word(word: "期", note: "period"), Word(word: "代", note: "era"),
        Word(word: "候", note: "moment"), Word(word: "速", note: "speed"), Word(word: "制", note: "clock system"),
        Word(word: "段", note: "time slot"), Word(word: "刻", note: "moment"),
    ]

    /// Characters right before `D日` that make it a count of days, not a day of the month (`第3日`,
    /// `每15日`, `近10日`).
    package static let notDayPredecessors: [Word] = [
        Word(word: "第", note: "ordinal"), Word(word: "每", note: "every"), Word(word: "数", note: "several"),
        Word(word: "近", note: "the last"), Word(word: "满", note: "full"), Word(word: "共", note: "in all"),
        Word(word: "逾", note: "over"), Word(word: "约", note: "about"), Word(word: "前", note: "the first"),
        Word(word: "后", note: "the next"), Word(word: "隔", note: "every other"), Word(word: "连", note: "in a row"),
        Word(word: "月", note: "after a month the day was already read, or is invalid (`2月30日`)"),
    ]

    /// What may follow `D日` when no month was named before it (`美联储14日宣布`, `新华社北京9日电`): the
    /// day is then a day of the publish month. Anything else (`大厦1日需花66元`: one day) is no date.
    /// Clause punctuation and a time of day (`14日上午`) count too.
    package static let bareDayFollowers: [Word] = [
        Word(word: "电", note: "dateline (`9日电`)"), Word(word: "讯", note: "dateline (`4日讯`)"),
        Word(word: "宣布", note: "announced"), Word(word: "表示", note: "said"), Word(word: "发布", note: "released"),
        Word(word: "公布", note: "published"), Word(word: "发表", note: "published"), Word(word: "称", note: "said"),
        Word(word: "说", note: "said"), Word(word: "报道", note: "reported"), Word(word: "举行", note: "held"),
        Word(word: "召开", note: "convened"), Word(word: "起", note: "from"), Word(word: "开始", note: "began"),
        Word(word: "晚", note: "evening"), Word(word: "夜", note: "night"), Word(word: "早", note: "morning"),
        Word(word: "在", note: "at"), Word(word: "至", note: "to"), Word(word: "到", note: "to"), Word(word: "当天", note: "that day"),
        Word(word: "以来", note: "since"), Word(word: "凌晨", note: "small hours"), Word(word: "上午", note: "morning"),
        Word(word: "下午", note: "afternoon"), Word(word: "中午", note: "midday"), Word(word: "傍晚", note: "dusk"),
        Word(word: "晚上", note: "evening"), Word(word: "晚间", note: "evening"), Word(word: "正式", note: "formally"),
        Word(word: "出版", note: "published (`17日出版的`)"), Word(word: "接受", note: "received, gave (an interview)"),
    ]

    /// Characters right after `D日` that make it a count of days (`10日内`, `3日游`).
    package static let notDayFollowers: [Word] = [
        Word(word: "内", note: "within"), Word(word: "游", note: "tour of N days"), Word(word: "均", note: "daily average"),
        Word(word: "制", note: "system"),
    ]

    /// Characters right before a Chinese numeral that stop `N月` being a month name (`每一月`,
    /// `第三月`, `这一月`); Arabic months need no such guard.
    package static let notMonthPredecessors: [Word] = [
        Word(word: "个", note: "counter"), Word(word: "几", note: "a few"), Word(word: "每", note: "every"),
        Word(word: "半", note: "half"), Word(word: "数", note: "several"), Word(word: "多", note: "many"),
        Word(word: "第", note: "ordinal"), Word(word: "这", note: "this"), Word(word: "那", note: "that"),
        Word(word: "哪", note: "which"), Word(word: "本", note: "this"), Word(word: "上", note: "previous"),
        Word(word: "下", note: "next"), Word(word: "同", note: "same"), Word(word: "当", note: "that"),
        Word(word: "周", note: "weekday"), Word(word: "期", note: "weekday"), Word(word: "初", note: "lunar day"),
    ]

    package struct Weekday: Sendable {
        package let word: String
        /// ISO weekday, Monday = 1 … Sunday = 7.
        package let day: Int
        package let note: String
    }

    /// Weekday names. Alone (`周四`) a weekday is the latest such day not after the publish date (the
    /// next one with a bound forward cue); after `上周`/`下周`/`本周` it is that day of that ISO week.
    /// Not after 每 (`每周一`, a schedule) and not next to a range connector (`周一至周五`).
    package static let weekdays: [Weekday] = {
        let names = [("一", 1), ("二", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("日", 7)]
        var list: [Weekday] = []
        for (prefix, note) in [("周", "weekday"), ("星期", "weekday"), ("礼拜", "weekday (colloquial)")] {
            for (name, day) in names { list.append(Weekday(word: prefix + name, day: day, note: note)) }
        }
        list.append(Weekday(word: "星期天", day: 7, note: "Sunday (colloquial)"))
        list.append(Weekday(word: "礼拜天", day: 7, note: "Sunday (colloquial)"))
        return list
    }()

    /// Characters before a weekday that make it a schedule or part of another word (`每周一`).
    static let notBeforeWeekday = "每上下本这第个几两至到-—~～、"
    /// Characters after a weekday that make it a schedule (`周一至周五`) or another word (`周日常`).
    static let notAfterWeekday = "至到-—~～、常年岁边末报刊版"

    package enum PartUnit: String, Sendable { case year, month }

    package struct PeriodPart: Sendable {
        package let word: String
        /// What the part divides: a year (`上半年`) or a month (`上旬`).
        package let unit: PartUnit
        /// First and last month (of a year) or day (of a month, 31 = the month's last day).
        package let from: Int
        package let to: Int
        package let note: String

        init(_ word: String, _ unit: PartUnit, _ from: Int, _ to: Int, _ note: String) {
            self.word = word
            self.unit = unit
            self.from = from
            self.to = to
            self.note = note
        }
    }

    /// Parts of a year or month right after it (`2024年上半年`, `今年一季度`, `9月上旬`, `9月初`): the
    /// mention keeps the year or month as its value and precision, and `range` narrows it to the part.
    package static let periodParts: [PeriodPart] = [
        PeriodPart("上半年", .year, 1, 6, "first half"), PeriodPart("下半年", .year, 7, 12, "second half"),
        PeriodPart("一季度", .year, 1, 3, "first quarter"), PeriodPart("第一季度", .year, 1, 3, "first quarter"),
        PeriodPart("首季度", .year, 1, 3, "first quarter"), PeriodPart("二季度", .year, 4, 6, "second quarter"),
        PeriodPart("第二季度", .year, 4, 6, "second quarter"), PeriodPart("三季度", .year, 7, 9, "third quarter"),
        PeriodPart("第三季度", .year, 7, 9, "third quarter"), PeriodPart("四季度", .year, 10, 12, "fourth quarter"),
        PeriodPart("第四季度", .year, 10, 12, "fourth quarter"),
        PeriodPart("年初", .year, 1, 1, "start of the year (its first month)"),
        PeriodPart("初", .year, 1, 1, "start of the year (`2024年初`)"),
        PeriodPart("年底", .year, 12, 12, "end of the year (its last month)"),
        PeriodPart("底", .year, 12, 12, "end of the year (`2020年底`)"),
        PeriodPart("年末", .year, 12, 12, "end of the year"), PeriodPart("末", .year, 12, 12, "end of the year"),
        PeriodPart("上旬", .month, 1, 10, "first ten days"), PeriodPart("中旬", .month, 11, 20, "middle ten days"),
        PeriodPart("下旬", .month, 21, 31, "last days"),
        PeriodPart("初", .month, 1, 10, "start of the month (`9月初`: the first ten days)"),
        PeriodPart("月初", .month, 1, 10, "start of the month"),
        PeriodPart("底", .month, 21, 31, "end of the month (`6月底`: the last ten days)"),
        PeriodPart("月底", .month, 21, 31, "end of the month"), PeriodPart("末", .month, 21, 31, "end of the month"),
        PeriodPart("月末", .month, 21, 31, "end of the month"),
    ]

    package enum FestivalCalendar: String, Sendable { case solar, lunar }

    package struct Festival: Sendable {
        package let word: String
        package let calendar: FestivalCalendar
        /// Gregorian month and day (solar), or lunar month and day (lunar).
        package let month: Int
        package let day: Int
        /// Days added after the calendar date (`除夕` is the day before 春节).
        package let offset: Int
        package let note: String

        init(_ word: String, _ calendar: FestivalCalendar, _ month: Int, _ day: Int, offset: Int = 0, _ note: String) {
            self.word = word
            self.calendar = calendar
            self.month = month
            self.day = day
            self.offset = offset
            self.note = note
        }
    }

    /// Festivals with a fixed day. Lunar ones go through ICU's Chinese calendar (`ucal`,
    /// `@calendar=chinese`), never a table of years. After a year (`2024年春节`, `去年中秋节`) they
    /// fall in that year; alone they resolve against the publish date like a partial date.
    /// (清明 is a solar term, not a fixed day, and is left out; so are words with other meanings:
    /// 元宵 the dumpling, 小年, 五一 the numeral.)
    package static let festivals: [Festival] = [
        Festival("元旦", .solar, 1, 1, "New Year's Day"), Festival("情人节", .solar, 2, 14, "Valentine's Day"),
        Festival("妇女节", .solar, 3, 8, "Women's Day"), Festival("植树节", .solar, 3, 12, "Arbor Day"),
        Festival("劳动节", .solar, 5, 1, "Labour Day"), Festival("青年节", .solar, 5, 4, "Youth Day"),
        Festival("儿童节", .solar, 6, 1, "Children's Day"), Festival("建军节", .solar, 8, 1, "Army Day"),
        Festival("教师节", .solar, 9, 10, "Teachers' Day"), Festival("国庆节", .solar, 10, 1, "National Day"),
        Festival("平安夜", .solar, 12, 24, "Christmas Eve"), Festival("圣诞节", .solar, 12, 25, "Christmas"),
        Festival("春节", .lunar, 1, 1, "Spring Festival (正月初一)"),
        Festival("除夕", .lunar, 1, 1, offset: -1, "New Year's Eve (the day before 春节)"),
        Festival("元宵节", .lunar, 1, 15, "Lantern Festival"), Festival("端午节", .lunar, 5, 5, "Dragon Boat Festival"),
        Festival("端午", .lunar, 5, 5, "Dragon Boat Festival"), Festival("七夕", .lunar, 7, 7, "Qixi"),
        Festival("中秋节", .lunar, 8, 15, "Mid-Autumn Festival"), Festival("中秋", .lunar, 8, 15, "Mid-Autumn"),
        Festival("重阳节", .lunar, 9, 9, "Double Ninth"), Festival("腊八节", .lunar, 12, 8, "Laba"),
    ]

    /// Lunar month names that cannot be Gregorian months, read with a lunar day after them
    /// (`正月初一`, `腊月二十三`, `冬月十五`).
    package static let lunarMonths: [Festival] = [
        Festival("正月", .lunar, 1, 1, "1st lunar month"), Festival("冬月", .lunar, 11, 1, "11th lunar month"),
        Festival("腊月", .lunar, 12, 1, "12th lunar month"),
    ]

    package struct WindowWord: Sendable {
        package let word: String
        /// −1: the window ends at the publish date (`近7天`); +1: it starts there (`未来5年`).
        package let direction: Int
        package let note: String
        package let notAfter: String
        /// A cue before a deadline rather than part of it (`将在10日内`): the window needs `内`
        /// after its unit, and the mention starts at the number.
        package var cueOnly = false
    }

    /// Words before `N天/日/周/个月/年` that make a window from or to the publish date: the range is
    /// the publish date moved N units back (or on) to the publish date, at the unit's precision
    /// (`近7天` published 2024-08-12 → 2024-08-05…2024-08-12). `来`, `以来`, `内`, `里` after the unit
    /// are part of the mention.
    package static let windowWords: [WindowWord] = [
        WindowWord(word: "近", direction: -1, note: "the last (`近7天`)", notAfter: "接将最附临靠邻亲贴走就"),
        WindowWord(word: "最近", direction: -1, note: "the last", notAfter: ""),
        WindowWord(word: "过去", direction: -1, note: "the past (`过去3个月`)", notAfter: ""),
        WindowWord(word: "未来", direction: 1, note: "the next (`未来5年`)", notAfter: ""),
        // A deadline counted from now: `将在10日内`, `须在3个月内`. Without such a cue `10日内` is not
        // read (`收到通知后10日内` counts from the notice, not from the publish date).
        WindowWord(word: "将在", direction: 1, note: "will, within (`将在10日内`)", notAfter: "", cueOnly: true),
        WindowWord(word: "将于", direction: 1, note: "will, within", notAfter: "", cueOnly: true),
        WindowWord(word: "须在", direction: 1, note: "must, within", notAfter: "", cueOnly: true),
        WindowWord(word: "需在", direction: 1, note: "must, within", notAfter: "", cueOnly: true),
        WindowWord(word: "应在", direction: 1, note: "should, within", notAfter: "", cueOnly: true),
        WindowWord(word: "力争在", direction: 1, note: "strive, within", notAfter: "", cueOnly: true),
        WindowWord(word: "争取在", direction: 1, note: "strive, within", notAfter: "", cueOnly: true),
    ]

    /// Words after a window's unit that belong to it.
    package static let windowTails: [Word] = [
        Word(word: "来", note: "over (`近3年来`)"), Word(word: "以来", note: "since"), Word(word: "内", note: "within"),
        Word(word: "里", note: "in (`未来5年里`)"),
    ]

    /// Words before a date that make it the closed end of a range open at the start (`截至6月底` →
    /// range to 06-30); the mention's span stays the date.
    package static let untilWords: [Word] = [
        Word(word: "截至", note: "up to"), Word(word: "截止", note: "up to"), Word(word: "截止到", note: "up to"),
        Word(word: "截至到", note: "up to"),
    ]

    /// Words before a year printed in the Republic of China era (`民国38年` = 1949, `民國109年` = 2020).
    package static let eraNames: [Word] = [
        Word(word: "民国", note: "Republic of China era: year 1 = 1912"),
        Word(word: "民國", note: "the same in traditional script (`--script keep`)"),
    ]

    /// The time zone appended to values with a time of day (news pages are in China time).
    package static let timeZone = "+08:00"
}
