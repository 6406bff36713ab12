import Testing
import ZhNewsModel
@testable import ZhNewsExtractor

/// Publish time used by the resolution cases: a Monday, ISO week 2024-W33.
private let published = "2024-08-12T17:55:00+08:00"

private func dates(_ text: String, _ published: String?) -> [DateMention] {
    DateExtractor().dates(in: text, published: published)
}

/// One expected mention: found by its exact text in the result.
struct DateCase: Sendable, CustomTestStringConvertible {
    let text: String
    let published: String?
    let mention: String
    let value: String?
    let precision: DateMention.Precision?
    let relative: Bool
    var range: DateRange? = nil

    var testDescription: String { "\(mention) in \(text) (published \(published ?? "nil"))" }
}

@Suite struct DateExtractorTests {
    static let cases: [DateCase] = [
        // Absolute dates and times.
        DateCase(text: "发布时间:2024年08月12日17:55 来源", published: nil, mention: "2024年08月12日17:55",
                 value: "2024-08-12T17:55:00+08:00", precision: .minute, relative: false),
        DateCase(text: "2024年8月12日,记者来到", published: published, mention: "2024年8月12日", value: "2024-08-12", precision: .day, relative: false),
        DateCase(text: "更新于2024-08-12 17:55:00。", published: nil, mention: "2024-08-12 17:55:00",
                 value: "2024-08-12T17:55:00+08:00", precision: .minute, relative: false),
        DateCase(text: "时间2024-08-12T09:05", published: nil, mention: "2024-08-12T09:05", value: "2024-08-12T09:05:00+08:00",
                 precision: .minute, relative: false),
        DateCase(text: "(2024/8/12)", published: nil, mention: "2024/8/12", value: "2024-08-12", precision: .day, relative: false),
        DateCase(text: "于2024.08.12发布", published: nil, mention: "2024.08.12", value: "2024-08-12", precision: .day, relative: false),
        DateCase(text: "二〇二四年八月十二日", published: nil, mention: "二〇二四年八月十二日", value: "2024-08-12", precision: .day, relative: false),
        DateCase(text: "二零二三年十二月", published: nil, mention: "二零二三年十二月", value: "2023-12", precision: .month, relative: false),
        DateCase(text: "2023年5月,项目启动", published: published, mention: "2023年5月", value: "2023-05", precision: .month, relative: false),
        DateCase(text: "2020年,他来到", published: published, mention: "2020年", value: "2020", precision: .year, relative: false),
        DateCase(text: "8月12日上午9时30分,活动开始", published: published, mention: "8月12日上午9时30分",
                 value: "2024-08-12T09:30:00+08:00", precision: .minute, relative: true),
        DateCase(text: "8月12日下午3点,", published: published, mention: "8月12日下午3点", value: "2024-08-12T15+08:00",
                 precision: .hour, relative: true),
        DateCase(text: "8月12日 9:30", published: published, mention: "8月12日 9:30", value: "2024-08-12T09:30:00+08:00",
                 precision: .minute, relative: true),
        DateCase(text: "当天17时55分,", published: nil, mention: "17时55分", value: "T17:55:00+08:00", precision: .minute, relative: false),
        DateCase(text: "8月5日报名。上午9时集合", published: published, mention: "上午9时", value: "2024-08-05T09+08:00",
                 precision: .hour, relative: true),
        DateCase(text: "晚上8点半开始", published: nil, mention: "晚上8点半", value: "T20:30:00+08:00", precision: .minute, relative: false),
        // Partial dates: from the publish date, latest not after it unless the clause points forward.
        DateCase(text: "1月17日,走进", published: published, mention: "1月17日", value: "2024-01-17", precision: .day, relative: true),
        DateCase(text: "11月28日。晴。", published: published, mention: "11月28日", value: "2023-11-28", precision: .day, relative: true),
        // …the next occurrence when it is at most 92 days (3 months) ahead.
        DateCase(text: "10月28日。晴。", published: published, mention: "10月28日", value: "2024-10-28", precision: .day, relative: true),
        DateCase(text: "4月30日开放", published: "2018-03-19", mention: "4月30日", value: "2018-04-30", precision: .day, relative: true),
        DateCase(text: "6月,开放", published: "2018-03-19", mention: "6月", value: "2018-06", precision: .month, relative: true),
        DateCase(text: "活动将于10月28日举行", published: published, mention: "10月28日", value: "2024-10-28", precision: .day, relative: true),
        DateCase(text: "预计1月5日完工", published: published, mention: "1月5日", value: "2025-01-05", precision: .day, relative: true),
        DateCase(text: "12月,他出院", published: published, mention: "12月", value: "2023-12", precision: .month, relative: true),
        DateCase(text: "8月,施工", published: published, mention: "8月", value: "2024-08", precision: .month, relative: true),
        DateCase(text: "8月12号上午", published: published, mention: "8月12号", value: "2024-08-12", precision: .day, relative: true),
        DateCase(text: "8月5日开工,24日完工", published: published, mention: "24日", value: "2024-08-24", precision: .day, relative: true),
        DateCase(text: "6月份以来", published: published, mention: "6月份以来", value: "2024-06", precision: .month, relative: true,
                 range: DateRange(from: "2024-06", to: nil)),
        // …and without a publish date the year stays unresolved.
        DateCase(text: "1月17日,走进", published: nil, mention: "1月17日", value: "--01-17", precision: .day, relative: false),
        DateCase(text: "12月,他出院", published: nil, mention: "12月", value: "--12", precision: .month, relative: false),
        DateCase(text: "8月5日开工,24日完工", published: nil, mention: "24日", value: "--08-24", precision: .day, relative: false),
        DateCase(text: "10月14日至16日", published: nil, mention: "10月14日至16日", value: "--10-14", precision: .day, relative: false,
                 range: DateRange(from: "--10-14", to: "--10-16")),
        // Relative words.
        DateCase(text: "今天上午", published: published, mention: "今天", value: "2024-08-12", precision: .day, relative: true),
        DateCase(text: "今日,", published: published, mention: "今日", value: "2024-08-12", precision: .day, relative: true),
        DateCase(text: "昨天,", published: published, mention: "昨天", value: "2024-08-11", precision: .day, relative: true),
        DateCase(text: "昨日,", published: published, mention: "昨日", value: "2024-08-11", precision: .day, relative: true),
        DateCase(text: "前天,", published: published, mention: "前天", value: "2024-08-10", precision: .day, relative: true),
        DateCase(text: "明天,", published: published, mention: "明天", value: "2024-08-13", precision: .day, relative: true),
        DateCase(text: "今天上午9时", published: published, mention: "今天上午9时", value: "2024-08-12T09+08:00", precision: .hour, relative: true),
        DateCase(text: "今年暑期", published: published, mention: "今年", value: "2024", precision: .year, relative: true),
        DateCase(text: "去年,", published: published, mention: "去年", value: "2023", precision: .year, relative: true),
        DateCase(text: "前年,", published: published, mention: "前年", value: "2022", precision: .year, relative: true),
        DateCase(text: "明年,", published: published, mention: "明年", value: "2025", precision: .year, relative: true),
        DateCase(text: "明年3月", published: published, mention: "明年3月", value: "2025-03", precision: .month, relative: true),
        DateCase(text: "去年12月25日", published: published, mention: "去年12月25日", value: "2023-12-25", precision: .day, relative: true),
        DateCase(text: "本月,", published: published, mention: "本月", value: "2024-08", precision: .month, relative: true),
        DateCase(text: "上月,", published: published, mention: "上月", value: "2024-07", precision: .month, relative: true),
        DateCase(text: "下月,", published: published, mention: "下月", value: "2024-09", precision: .month, relative: true),
        DateCase(text: "上个月15日", published: published, mention: "上个月15日", value: "2024-07-15", precision: .day, relative: true),
        DateCase(text: "上周,", published: published, mention: "上周", value: "2024-W32", precision: nil, relative: true,
                 range: DateRange(from: "2024-08-05", to: "2024-08-11")),
        DateCase(text: "两个月前说起", published: published, mention: "两个月前", value: "2024-06", precision: .month, relative: true),
        DateCase(text: "在一年前,", published: published, mention: "一年前", value: "2023", precision: .year, relative: true),
        DateCase(text: "3天后,", published: published, mention: "3天后", value: "2024-08-15", precision: .day, relative: true),
        DateCase(text: "两个月前说起", published: nil, mention: "两个月前", value: nil, precision: .month, relative: false),
        DateCase(text: "今年,", published: nil, mention: "今年", value: nil, precision: .year, relative: false),
        // Open ranges and decades.
        DateCase(text: "今年以来,", published: published, mention: "今年以来", value: "2024", precision: .year, relative: true,
                 range: DateRange(from: "2024", to: nil)),
        DateCase(text: "2024年以来,", published: nil, mention: "2024年以来", value: "2024", precision: .year, relative: false,
                 range: DateRange(from: "2024", to: nil)),
        DateCase(text: "2020年至今", published: nil, mention: "2020年至今", value: "2020", precision: .year, relative: false,
                 range: DateRange(from: "2020", to: nil)),
        DateCase(text: "始建于上世纪70年代,", published: published, mention: "上世纪70年代", value: "1970", precision: .decade, relative: false),
        DateCase(text: "上世纪七十年代", published: nil, mention: "上世纪七十年代", value: "1970", precision: .decade, relative: false),
        DateCase(text: "八十年代", published: nil, mention: "八十年代", value: "1980", precision: .decade, relative: false),
        DateCase(text: "1990年代", published: nil, mention: "1990年代", value: "1990", precision: .decade, relative: false),
        DateCase(text: "从50年代到90年代不等", published: nil, mention: "50年代到90年代", value: "1950", precision: .decade, relative: false,
                 range: DateRange(from: "1950", to: "1990")),
        DateCase(text: "2022年至2024年", published: nil, mention: "2022年至2024年", value: "2022", precision: .year, relative: false,
                 range: DateRange(from: "2022", to: "2024")),
        DateCase(text: "规划(2023—2027年)", published: nil, mention: "2023—2027年", value: "2023", precision: .year, relative: false,
                 range: DateRange(from: "2023", to: "2027")),
        DateCase(text: "6月8日至10日,全区道路交通流量预计将比平日增长", published: "2024-06-01", mention: "6月8日至10日",
                 value: "2024-06-08", precision: .day, relative: true, range: DateRange(from: "2024-06-08", to: "2024-06-10")),
        DateCase(text: "20年代", published: nil, mention: "20年代", value: nil, precision: .decade, relative: false),
        // Issue #19, wrong values: a forward reading needs a cue bound to the date.
        DateCase(text: "5月15日，商务部发布了行动计划。", published: "2024-05-21", mention: "5月15日", value: "2024-05-15",
                 precision: .day, relative: true),
        DateCase(text: "5月15日，即将毕业的学生参加了招聘会。", published: "2024-05-21", mention: "5月15日", value: "2024-05-15",
                 precision: .day, relative: true),
        DateCase(text: "新规将于5月15日实施", published: "2024-05-21", mention: "5月15日", value: "2025-05-15",
                 precision: .day, relative: true),
        DateCase(text: "5月15日起将实施新规", published: "2024-05-21", mention: "5月15日", value: "2025-05-15",
                 precision: .day, relative: true),
        // …a range's end inherits the year and month of its start.
        DateCase(text: "2019年3月5日至3月9日", published: "2023-06-01", mention: "2019年3月5日至3月9日", value: "2019-03-05",
                 precision: .day, relative: false, range: DateRange(from: "2019-03-05", to: "2019-03-09")),
        DateCase(text: "2019年12月28日至1月3日", published: "2023-06-01", mention: "2019年12月28日至1月3日", value: "2019-12-28",
                 precision: .day, relative: false, range: DateRange(from: "2019-12-28", to: "2020-01-03")),
        DateCase(text: "3月21日起至9月30日", published: "2018-03-19", mention: "3月21日起至9月30日", value: "2018-03-21",
                 precision: .day, relative: true, range: DateRange(from: "2018-03-21", to: "2018-09-30")),
        DateCase(text: "5月20日-31日", published: "2019-05-17", mention: "5月20日-31日", value: "2019-05-20",
                 precision: .day, relative: true, range: DateRange(from: "2019-05-20", to: "2019-05-31")),
        // …two-digit and Republic of China years.
        DateCase(text: "18年6月1日", published: "2023-06-01", mention: "18年6月1日", value: "2018-06-01", precision: .day, relative: false),
        DateCase(text: "98年6月", published: "2023-06-01", mention: "98年6月", value: "1998-06", precision: .month, relative: false),
        DateCase(text: "民国109年", published: nil, mention: "民国109年", value: "2020", precision: .year, relative: false),
        DateCase(text: "民国三十八年", published: nil, mention: "民国三十八年", value: "1949", precision: .year, relative: false),
        DateCase(text: "109年3月", published: "2020-05-01", mention: "109年3月", value: "2020-03", precision: .month, relative: false),
        DateCase(text: "今（24）日", published: "2024-05-24", mention: "今（24）日", value: "2024-05-24", precision: .day, relative: true),
        DateCase(text: "昨(23)日", published: "2024-05-24", mention: "昨(23)日", value: "2024-05-23", precision: .day, relative: true),
        // …parts of the day.
        DateCase(text: "昨晚9时20分", published: published, mention: "昨晚9时20分", value: "2024-08-11T21:20:00+08:00",
                 precision: .minute, relative: true),
        DateCase(text: "8月5日晚上12点", published: published, mention: "8月5日晚上12点", value: "2024-08-06T00+08:00",
                 precision: .hour, relative: true),
        DateCase(text: "晚间约9时", published: published, mention: "晚间约9时", value: "2024-08-12T21+08:00", precision: .hour, relative: true),
        DateCase(text: "今晚8点", published: published, mention: "今晚8点", value: "2024-08-12T20+08:00", precision: .hour, relative: true),
        DateCase(text: "半夜12点", published: published, mention: "半夜12点", value: "2024-08-13T00+08:00", precision: .hour, relative: true),
        DateCase(text: "凌晨3时", published: published, mention: "凌晨3时", value: "2024-08-12T03+08:00", precision: .hour, relative: true),
        DateCase(text: "昨午4时", published: published, mention: "昨午4时", value: "2024-08-11T16+08:00", precision: .hour, relative: true),
        DateCase(text: "前日中午2时", published: published, mention: "前日中午2时", value: "2024-08-10T14+08:00", precision: .hour, relative: true),
        DateCase(text: "记者9时33分赶到", published: published, mention: "9时33分", value: "2024-08-12T09:33:00+08:00", precision: .minute,
                 relative: true),
        DateCase(text: "每日9:00至18:00", published: published, mention: "9:00至18:00", value: "T09:00:00+08:00", precision: .minute,
                 relative: false, range: DateRange(from: "T09:00:00+08:00", to: "T18:00:00+08:00")),
        DateCase(text: "开放时间9:00-18:00", published: published, mention: "9:00-18:00", value: "2024-08-12T09:00:00+08:00",
                 precision: .minute, relative: true,
                 range: DateRange(from: "2024-08-12T09:00:00+08:00", to: "2024-08-12T18:00:00+08:00")),
        DateCase(text: "每天9时至18时", published: published, mention: "9时至18时", value: "T09+08:00", precision: .hour, relative: false,
                 range: DateRange(from: "T09+08:00", to: "T18+08:00")),
        DateCase(text: "每天22时至次日5时", published: published, mention: "22时", value: "T22+08:00", precision: .hour, relative: false),
        DateCase(text: "每天22时至次日5时", published: published, mention: "5时", value: "T05+08:00", precision: .hour, relative: false),
        DateCase(text: "今晨", published: published, mention: "今晨", value: "2024-08-12", precision: .day, relative: true),
        DateCase(text: "昨早", published: published, mention: "昨早", value: "2024-08-11", precision: .day, relative: true),
        DateCase(text: "前晚", published: published, mention: "前晚", value: "2024-08-10", precision: .day, relative: true),
        DateCase(text: "大前天", published: published, mention: "大前天", value: "2024-08-09", precision: .day, relative: true),
        DateCase(text: "大后天", published: published, mention: "大后天", value: "2024-08-15", precision: .day, relative: true),
        DateCase(text: "后天下午", published: published, mention: "后天", value: "2024-08-14", precision: .day, relative: true),
        DateCase(text: "上年同期", published: published, mention: "上年", value: "2023", precision: .year, relative: true),
        DateCase(text: "今天（10月1日）到下周四", published: "2020-10-04", mention: "今天（10月1日）", value: "2020-10-01",
                 precision: .day, relative: true),
        DateCase(text: "今晚到明天白天", published: published, mention: "明天", value: "2024-08-13", precision: .day, relative: true),
        DateCase(text: "美联储14日宣布", published: "2023-06-15", mention: "14日", value: "2023-06-14", precision: .day, relative: true),
        DateCase(text: "美联储20日宣布", published: "2023-06-15", mention: "20日", value: "2023-05-20", precision: .day, relative: true),
        DateCase(text: "会议将于20日举行", published: "2023-06-15", mention: "20日", value: "2023-06-20", precision: .day, relative: true),
        DateCase(text: "1—4月，全国", published: "2024-05-11", mention: "1—4月", value: "2024-01", precision: .month, relative: true,
                 range: DateRange(from: "2024-01", to: "2024-04")),
        DateCase(text: "1-4月份", published: "2020-10-04", mention: "1-4月份", value: "2020-01", precision: .month, relative: true,
                 range: DateRange(from: "2020-01", to: "2020-04")),
        DateCase(text: "3月21日起至9月30日，每周。24日、25日", published: "2018-03-19", mention: "24日", value: "2018-03-24",
                 precision: .day, relative: true),
        // Weekdays (2024-08-12 is a Monday).
        DateCase(text: "周四，", published: published, mention: "周四", value: "2024-08-08", precision: .day, relative: true),
        DateCase(text: "星期一，", published: published, mention: "星期一", value: "2024-08-12", precision: .day, relative: true),
        DateCase(text: "下周六", published: published, mention: "下周六", value: "2024-08-24", precision: .day, relative: true),
        DateCase(text: "上周日", published: published, mention: "上周日", value: "2024-08-11", precision: .day, relative: true),
        DateCase(text: "本周三", published: published, mention: "本周三", value: "2024-08-14", precision: .day, relative: true),
        DateCase(text: "周六（10日）", published: published, mention: "周六（10日）", value: "2024-08-10", precision: .day, relative: true),
        DateCase(text: "将于周五举行", published: published, mention: "周五", value: "2024-08-16", precision: .day, relative: true),
        DateCase(text: "5月20日（星期一）", published: "2024-05-21", mention: "5月20日", value: "2024-05-20", precision: .day, relative: true),
        // Parts of a year or month: the value is the year or month, the range the part.
        DateCase(text: "2024年上半年", published: nil, mention: "2024年上半年", value: "2024", precision: .year, relative: false,
                 range: DateRange(from: "2024-01", to: "2024-06")),
        DateCase(text: "今年一季度", published: published, mention: "今年一季度", value: "2024", precision: .year, relative: true,
                 range: DateRange(from: "2024-01", to: "2024-03")),
        DateCase(text: "2020年底", published: nil, mention: "2020年底", value: "2020", precision: .year, relative: false,
                 range: DateRange(from: "2020-12", to: "2020-12")),
        DateCase(text: "去年年初", published: published, mention: "去年年初", value: "2023", precision: .year, relative: true,
                 range: DateRange(from: "2023-01", to: "2023-01")),
        DateCase(text: "9月初", published: "2020-10-04", mention: "9月初", value: "2020-09", precision: .month, relative: true,
                 range: DateRange(from: "2020-09-01", to: "2020-09-10")),
        DateCase(text: "2月下旬", published: "2023-06-01", mention: "2月下旬", value: "2023-02", precision: .month, relative: true,
                 range: DateRange(from: "2023-02-21", to: "2023-02-28")),
        // An ISO week after its year: Monday to Sunday (week 1 holds January 4th).
        DateCase(text: "2024年第10周", published: nil, mention: "2024年第10周", value: "2024", precision: .year, relative: false,
                 range: DateRange(from: "2024-03-04", to: "2024-03-10")),
        DateCase(text: "今年第三周", published: published, mention: "今年第三周", value: "2024", precision: .year, relative: true,
                 range: DateRange(from: "2024-01-15", to: "2024-01-21")),
        DateCase(text: "2020年第53周", published: nil, mention: "2020年第53周", value: "2020", precision: .year, relative: false,
                 range: DateRange(from: "2020-12-28", to: "2021-01-03")),
        DateCase(text: "2024年第53周，", published: nil, mention: "2024年", value: "2024", precision: .year, relative: false),  // no week 53 in 2024
        // Windows: from or to the publish date.
        DateCase(text: "近7天", published: published, mention: "近7天", value: "2024-08-05", precision: .day, relative: true,
                 range: DateRange(from: "2024-08-05", to: "2024-08-12")),
        DateCase(text: "过去3个月", published: published, mention: "过去3个月", value: "2024-05", precision: .month, relative: true,
                 range: DateRange(from: "2024-05", to: "2024-08")),
        DateCase(text: "未来5年里", published: published, mention: "未来5年里", value: "2024", precision: .year, relative: true,
                 range: DateRange(from: "2024", to: "2029")),
        DateCase(text: "将在10日内完成", published: published, mention: "10日内", value: "2024-08-12", precision: .day, relative: true,
                 range: DateRange(from: "2024-08-12", to: "2024-08-22")),
        DateCase(text: "须在3个月内整改", published: published, mention: "3个月内", value: "2024-08", precision: .month, relative: true,
                 range: DateRange(from: "2024-08", to: "2024-11")),
        DateCase(text: "将于10日举行", published: published, mention: "10日", value: "2024-09-10", precision: .day, relative: true),  // a day, forward: not a window
        DateCase(text: "近两年来", published: published, mention: "近两年来", value: "2022", precision: .year, relative: true,
                 range: DateRange(from: "2022", to: "2024")),
        DateCase(text: "截至6月底", published: published, mention: "6月底", value: "2024-06", precision: .month, relative: true,
                 range: DateRange(from: nil, to: "2024-06-30")),
        DateCase(text: "截至2023年", published: published, mention: "2023年", value: "2023", precision: .year, relative: false,
                 range: DateRange(from: nil, to: "2023")),
        DateCase(text: "自去年以来", published: published, mention: "去年以来", value: "2023", precision: .year, relative: true,
                 range: DateRange(from: "2023", to: nil)),
        // Festivals: solar ones by their day, lunar ones through ICU's Chinese calendar.
        DateCase(text: "春节期间", published: published, mention: "春节", value: "2024-02-10", precision: .day, relative: true),
        DateCase(text: "除夕夜", published: published, mention: "除夕", value: "2024-02-09", precision: .day, relative: true),
        DateCase(text: "元宵节", published: published, mention: "元宵节", value: "2024-02-24", precision: .day, relative: true),
        DateCase(text: "端午节", published: published, mention: "端午节", value: "2024-06-10", precision: .day, relative: true),
        DateCase(text: "中秋节", published: published, mention: "中秋节", value: "2024-09-17", precision: .day, relative: true),
        DateCase(text: "2023年中秋节", published: published, mention: "2023年中秋节", value: "2023-09-29", precision: .day, relative: false),
        DateCase(text: "去年春节", published: published, mention: "去年春节", value: "2023-01-22", precision: .day, relative: true),
        DateCase(text: "正月初一", published: published, mention: "正月初一", value: "2024-02-10", precision: .day, relative: true),
        DateCase(text: "腊月二十三", published: published, mention: "腊月二十三", value: "2024-02-02", precision: .day, relative: true),
        DateCase(text: "元旦", published: published, mention: "元旦", value: "2024-01-01", precision: .day, relative: true),
        DateCase(text: "劳动节", published: published, mention: "劳动节", value: "2024-05-01", precision: .day, relative: true),
        DateCase(text: "国庆节", published: published, mention: "国庆节", value: "2024-10-01", precision: .day, relative: true),
        DateCase(text: "国庆节", published: nil, mention: "国庆节", value: nil, precision: .day, relative: false),
        // Vague words: kept, no value, no precision.
        DateCase(text: "近日,", published: published, mention: "近日", value: nil, precision: nil, relative: false),
        DateCase(text: "日前,", published: published, mention: "日前", value: nil, precision: nil, relative: false),
        DateCase(text: "近年来,", published: published, mention: "近年来", value: nil, precision: nil, relative: false),
    ]

    @Test(arguments: cases)
    func finds(_ c: DateCase) throws {
        let found = dates(c.text, c.published)
        let m = try #require(found.first { $0.text == c.mention }, "got \(found.map(\.text))")
        #expect(m.value == c.value)
        #expect(m.precision == c.precision)
        #expect(m.relative == c.relative)
        #expect(m.range == c.range)
        // Offsets are code points into the text.
        let scalars = Array(c.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == c.mention)
    }

    /// Texts with no date in them.
    @Test(arguments: [
        "位于民主路727-8-1号", "小区28号楼旁边", "拨打12345热线", "共有3327名管家", "居民2800余户", "比分3:1", "比例为1:2",
        "5G网络", "身份证号420100199001011234", "电话027-88886666", "版本1.2.3", "节日前夕", "目前天气晴", "今日头条报道",
        "一个月", "三个月的时间", "提出3点意见", "第2024号", "13月", "2月30日", "每月一次", "接近日常", "这一月", "24小时服务",
        "花了3天", "10时间", "房号2024-1234", "编号2024.08.12.5", "共同缔造", "近1000平方米",
        "每周一上午", "周一至周五", "《星期日报》", "10日内完成", "收到通知后10日内", "第3周", "入学第二周", "第3日", "大厦1日需花66元", "将近3年", "接近3天", "近1000人", "比分3:10",  "后天的努力", "先天和后天", "18年来", "上年纪", "109年历史",
    ])
    func noDate(_ text: String) {
        #expect(dates(text, published) == [], "\(dates(text, published).map(\.text))")
    }

    @Test func offsetsCountCodePoints() throws {
        // An astral character before the date counts as one code point.
        let text = "𠀀😀8月12日"
        let m = try #require(dates(text, published).first)
        #expect(m.start == 2 && m.end == 7)
    }

    @Test func publishedDateOnly() throws {
        let m = try #require(dates("昨天", "2024-03-01").first)
        #expect(m.value == "2024-02-29")
        #expect(dates("昨天", "not a date").first?.value == nil)
    }

    @Test func lunarCalendar() {
        #expect(LunarCalendar.gregorian(year: 2024, month: 1, day: 1) == CivilDate(year: 2024, month: 2, day: 10))
        #expect(LunarCalendar.gregorian(year: 2020, month: 8, day: 15) == CivilDate(year: 2020, month: 10, day: 1))
        #expect(LunarCalendar.gregorian(year: 2023, month: 12, day: 30) == CivilDate(year: 2024, month: 2, day: 9))
        #expect(LunarCalendar.gregorian(year: 2024, month: 12, day: 30) == nil)  // 除夕 2025 was 腊月二十九
    }

    @Test func calendar() {
        #expect(CivilDate(year: 2024, month: 8, day: 12).weekday == 1)
        let w1 = CivilDate(year: 2024, month: 8, day: 12).isoWeek
        #expect(w1.year == 2024 && w1.week == 33)
        let w2 = CivilDate(year: 2021, month: 1, day: 3).isoWeek
        #expect(w2.year == 2020 && w2.week == 53)
        let ym = CivilDate(year: 2024, month: 1, day: 31).adding(months: -2)
        #expect(ym.year == 2023 && ym.month == 11)
        #expect(CivilDate(dayNumber: CivilDate(year: 2000, month: 2, day: 29).dayNumber) == CivilDate(year: 2000, month: 2, day: 29))
    }
}

/// The lexicon entries, each doing what its note says.
@Suite struct DateLexiconTests {
    @Test func tablesAreWellFormed() {
        let groups: [[String]] = [
            DateLexicon.relativeWords.map(\.word) + DateLexicon.vagueWords.map(\.word) + DateLexicon.periodWords.map(\.word),
            DateLexicon.agoUnits.map(\.word), DateLexicon.agoDirections.map(\.word), DateLexicon.forwardCues.map(\.word),
            DateLexicon.sinceWords.map(\.word), DateLexicon.rangeConnectors.map(\.word), DateLexicon.centuries.map(\.word),
            DateLexicon.houseNumberFollowers.map(\.word), DateLexicon.notHourFollowers.map(\.word),
            DateLexicon.notMonthPredecessors.map(\.word),
        ]
        for words in groups {
            #expect(Set(words).count == words.count, "duplicates in \(words)")
            #expect(!words.contains(""))
        }
        let notes = DateLexicon.relativeWords.map(\.note) + DateLexicon.vagueWords.map(\.note) + DateLexicon.periodWords.map(\.note)
            + DateLexicon.agoUnits.map(\.note) + DateLexicon.forwardCues.map(\.note) + DateLexicon.centuries.map(\.note)
            + DateLexicon.houseNumberFollowers.map(\.note) + DateLexicon.notHourFollowers.map(\.note)
        #expect(notes.allSatisfy { !$0.isEmpty })
    }

    @Test(arguments: DateLexicon.relativeWords.map(\.word))
    func relativeWordResolves(_ word: String) throws {
        let m = try #require(dates("(\(word))", published).first)
        #expect(m.text == word && m.relative && m.value != nil)
        let unresolved = try #require(dates("(\(word))", nil).first)
        #expect(unresolved.value == nil && !unresolved.relative)
    }

    @Test func everyEraNameReadsAYear() {
        for era in DateLexicon.eraNames {
            #expect(dates(era.word + "109年", nil).first?.value == "2020")
        }
    }

    @Test(arguments: DateLexicon.vagueWords.map(\.word))
    func vagueWordHasNoValue(_ word: String) throws {
        let m = try #require(dates("(\(word))", published).first)
        #expect(m.text == word && m.value == nil && m.precision == nil)
    }

    @Test(arguments: DateLexicon.periodWords)
    func periodShiftsHour(_ entry: DateLexicon.PeriodWord) throws {
        let m = try #require(dates("(\(entry.word)9时)", nil).first)
        let hour = entry.period == .afternoon || entry.period == .evening ? "21" : "09"
        #expect(m.value == "T\(hour)+08:00")
    }

    @Test(arguments: DateLexicon.centuries)
    func centuryPrefixesDecade(_ entry: DateLexicon.Century) throws {
        let m = try #require(dates("(\(entry.word)70年代)", nil).first)
        #expect(m.text == entry.word + "70年代" && m.value == String(entry.base + 70))
    }

    @Test(arguments: DateLexicon.forwardCues.map(\.word))
    func forwardCuePointsForward(_ cue: String) throws {
        let m = try #require(dates("\(cue)1月5日", published).first { $0.text.hasSuffix("1月5日") })
        #expect(m.value == "2025-01-05")
    }

    @Test(arguments: DateLexicon.sinceWords.map(\.word))
    func sinceMakesOpenRange(_ word: String) throws {
        let m = try #require(dates("2020年\(word)", nil).first)
        #expect(m.text == "2020年" + word && m.range == DateRange(from: "2020", to: nil))
    }

    @Test(arguments: DateLexicon.rangeConnectors.map(\.word))
    func connectorJoinsRange(_ word: String) throws {
        let m = try #require(dates("50年代\(word)90年代", nil).first)
        #expect(m.range == DateRange(from: "1950", to: "1990"))
    }

    @Test(arguments: DateLexicon.agoUnits, [-1, 1])
    func agoUnitAndDirection(_ unit: DateLexicon.AgoUnit, _ sign: Int) throws {
        for direction in DateLexicon.agoDirections where direction.sign == sign {
            let m = try #require(dates("(3\(unit.word)\(direction.word))", published).first)
            #expect(m.relative && m.value != nil, "\(m)")
        }
    }

    @Test(arguments: DateLexicon.houseNumberFollowers.map(\.word))
    func houseNumberIsNoDay(_ word: String) {
        #expect(dates("10月28号\(word)", nil).map(\.text) == ["10月"])
    }

    @Test(arguments: DateLexicon.notHourFollowers.map(\.word))
    func notAnHour(_ word: String) {
        #expect(dates("(3时\(word))", nil) == [])
    }

    @Test(arguments: DateLexicon.notMonthPredecessors.map(\.word))
    func notAMonth(_ word: String) {
        #expect(!dates("\(word)三月", nil).contains { $0.text == "三月" })
    }
}
