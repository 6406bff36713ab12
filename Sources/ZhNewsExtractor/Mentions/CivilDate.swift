/// Proleptic Gregorian calendar arithmetic without Foundation: publish-date parsing, day and
/// month offsets, ISO weeks and ISO 8601 formatting for ``DateExtractor``.
struct CivilDate: Equatable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// `2024-08-12T17:55:00+08:00` or `2024-08-12` (only the date part is used).
    static func parsePublished(_ string: String) -> CivilDate? {
        let s = Array(string.utf8.prefix(10))
        guard s.count == 10, s[4] == UInt8(ascii: "-"), s[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for k in range {
                guard s[k] &- 0x30 < 10 else { return nil }
                value = value * 10 + Int(s[k] - 0x30)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              CivilDate.isValid(year: y, month: m, day: d) else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Days in a month; with an unknown year February has 29.
    static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2: return year.map { isLeap($0) ? 29 : 28 } ?? 29
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isValid(year: Int?, month: Int, day: Int) -> Bool {
        month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    init(dayNumber z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Year and month `months` away.
    func adding(months: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + months
        return (index >= 0 ? index / 12 : (index - 11) / 12, ((index % 12) + 12) % 12 + 1)
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    var weekday: Int { ((dayNumber % 7 + 7 + 3) % 7) + 1 }

    /// The Monday of this date's ISO week.
    var monday: CivilDate { adding(days: 1 - weekday) }

    /// ISO week-numbering year and week (`2024-W32`).
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = CivilDate(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }
}

/// ISO 8601 text for the values of ``ZhNewsModel/DateMention``.
enum ISOText {
    /// `value` in decimal with zeros in front up to `width` digits (a minus sign before them).
    static func pad(_ value: Int, _ width: Int) -> String {
        let negative = value < 0
        var v = negative ? -value : value
        var digits = 1
        var rest = v / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let count = Swift.max(digits, width) + (negative ? 1 : 0)
        return String(unsafeUninitializedCapacity: count) { buffer in
            var i = count - 1
            repeat {
                buffer[i] = UInt8(48 + v % 10)
                v /= 10
                i -= 1
            } while v > 0
            let first = negative ? 1 : 0
            while i >= first {
                buffer[i] = 48
                i -= 1
            }
            if negative { buffer[0] = 45 }
            return count
        }
    }

    static func year(_ y: Int) -> String { pad(y, 4) }
    static func month(_ y: Int?, _ m: Int) -> String { (y.map(year) ?? "-") + "-" + pad(m, 2) }
    static func day(_ y: Int?, _ m: Int, _ d: Int) -> String { month(y, m) + "-" + pad(d, 2) }
    static func day(_ date: CivilDate) -> String { day(date.year, date.month, date.day) }
    static func week(_ y: Int, _ w: Int) -> String { pad(y, 4) + "-W" + pad(w, 2) }
}
