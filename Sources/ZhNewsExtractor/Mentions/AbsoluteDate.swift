/// The absolute-date grammar shared by the publish-time reader (``PublishTime``) and the date
/// mentions of the body text (`DateExtractor`): one set of rules for a year, month and day printed
/// in full.
///
/// - `2024年5月20日`, `2024年05月20号`, `２０２４年５月２０日` (ASCII or full-width digits);
/// - `二〇二四年五月二十日`, `二零二四年十二月` (a year read digit by digit, month and day as numbers);
/// - `2024-05-20`, `2024/5/20`, `2024.05.20` (the same separator twice, not followed by a digit).
///
/// Years lie in 1900…2100; the month and day must exist in that year. Spaces may follow 年 and 月.
package struct AbsoluteDate: Equatable, Sendable {
    package var year: Int
    package var month: Int
    /// Nil when only the year and month are printed (`二零二三年十二月`), which ``read(_:at:partial:)``
    /// returns only when asked for partial dates.
    package var day: Int?
    /// Index (into the scalars read) right after the date.
    package var end: Int

    /// Reads an absolute date starting exactly at `start`. The caller checks what comes before it
    /// (a digit before the year means it is not a year).
    ///
    /// - Parameter partial: also accept `YYYY年M月` with no day.
    package static func read(_ s: [Unicode.Scalar], at start: Int, partial: Bool = false) -> AbsoluteDate? {
        guard let (year, afterYear) = fourDigitYear(s, at: start), (1900...2100).contains(year) else { return nil }
        let separator = at(s, afterYear)
        if separator == "年" {
            var i = skipSpaces(s, afterYear + 1)
            guard let (month, afterMonth) = number(s, at: i, maxValue: 12), at(s, afterMonth) == "月" else { return nil }
            i = skipSpaces(s, afterMonth + 1)
            if let (day, afterDay) = number(s, at: i, maxValue: 31), at(s, afterDay) == "日" || at(s, afterDay) == "号" {
                guard isValid(year: year, month: month, day: day) else { return nil }
                return AbsoluteDate(year: year, month: month, day: day, end: afterDay + 1)
            }
            return partial ? AbsoluteDate(year: year, month: month, day: nil, end: afterMonth + 1) : nil
        }
        guard separator == "-" || separator == "/" || separator == "." || separator == "－" || separator == "／" || separator == "．",
              digit(at(s, start)) != nil else { return nil }
        guard let (month, afterMonth) = digits(s, at: afterYear + 1, max: 2), at(s, afterMonth) == separator,
              let (day, afterDay) = digits(s, at: afterMonth + 1, max: 2), digit(at(s, afterDay)) == nil,
              isValid(year: year, month: month, day: day) else { return nil }
        return AbsoluteDate(year: year, month: month, day: day, end: afterDay)
    }

    /// The value of an ASCII or full-width digit.
    @inline(__always) package static func digit(_ c: Unicode.Scalar) -> Int? {
        if c.value &- 0x30 < 10 { return Int(c.value - 0x30) }
        if c.value &- 0xFF10 < 10 { return Int(c.value - 0xFF10) }
        return nil
    }

    /// A weekday name right after a date, optionally after spaces and in brackets (`星期一`, `（周一）`,
    /// `礼拜天`): the index after it, or nil.
    package static func weekdayEnd(_ s: [Unicode.Scalar], after k: Int) -> Int? {
        var i = skipSpaces(s, k)
        let open = at(s, i) == "（" || at(s, i) == "("
        if open { i += 1 }
        for prefix in weekdayPrefixes where zip(prefix.indices, prefix).allSatisfy({ at(s, i + $0.0) == $0.1 }) {
            let d = at(s, i + prefix.count)
            guard "一二三四五六日天".unicodeScalars.contains(d) else { return nil }
            let end = i + prefix.count + 1
            if open { return at(s, end) == "）" || at(s, end) == ")" ? end + 1 : nil }
            return end
        }
        return nil
    }

    // MARK: - Parts

    private static let weekdayPrefixes: [[Unicode.Scalar]] = [["星", "期"], ["礼", "拜"], ["周"]]

    @inline(__always) private static func at(_ s: [Unicode.Scalar], _ i: Int) -> Unicode.Scalar {
        i >= 0 && i < s.count ? s[i] : "\u{0}"
    }

    private static func skipSpaces(_ s: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while at(s, j) == " " || at(s, j) == "\u{3000}" || at(s, j) == "\u{A0}" { j += 1 }
        return j
    }

    /// Four digits (ASCII, full-width, or Chinese read one by one: 二〇二四) and the index after them.
    private static func fourDigitYear(_ s: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        if digit(at(s, start)) != nil {
            guard let (value, end) = digits(s, at: start, max: 4), end - start == 4 else { return nil }
            return (value, end)
        }
        var value = 0
        for k in start..<(start + 4) {
            guard let d = chineseDigit(at(s, k)) else { return nil }
            value = value * 10 + d
        }
        return chineseDigit(at(s, start + 4)) == nil ? (value, start + 4) : nil
    }

    /// 1 to `max` digits, not followed by another digit.
    private static func digits(_ s: [Unicode.Scalar], at start: Int, max: Int) -> (Int, Int)? {
        var value = 0
        var j = start
        while let d = digit(at(s, j)) {
            guard j - start < max else { return nil }
            value = value * 10 + d
            j += 1
        }
        return j > start ? (value, j) : nil
    }

    /// A month or day number: digits, or a Chinese number 一…三十一 (`十二`, `二十`, `三十一`).
    private static func number(_ s: [Unicode.Scalar], at start: Int, maxValue: Int) -> (Int, Int)? {
        if digit(at(s, start)) != nil {
            guard let (value, end) = digits(s, at: start, max: 2), (1...maxValue).contains(value) else { return nil }
            return (value, end)
        }
        // [digit]十[digit] or a single digit.
        var j = start
        var value = 0
        if let d = chineseDigit(at(s, j)), d > 0 {
            value = d
            j += 1
        }
        if at(s, j) == "十" {
            value = (value == 0 ? 1 : value) * 10
            j += 1
            if let d = chineseDigit(at(s, j)), d > 0 {
                value += d
                j += 1
            }
        } else if j - start > 1 {
            return nil
        }
        guard j > start, (1...maxValue).contains(value), chineseDigit(at(s, j)) == nil else { return nil }
        return (value, j)
    }

    /// 〇零一二三四五六七八九 (两 is a count, never a digit of a date).
    private static func chineseDigit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "〇", "零", "○": return 0
        case "一": return 1
        case "二": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    private static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        switch month {
        case 2: return day <= ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28)
        case 4, 6, 9, 11: return day <= 30
        default: return day <= 31
        }
    }
}
