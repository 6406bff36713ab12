/// Reads a publish time as pages print it and writes it as ISO 8601.
///
/// `2024年08月12日17:55` → `2024-08-12T17:55:00+08:00`; `2024-8-12` → `2024-08-12`;
/// `二〇二四年五月二十日 星期一` → `2024-05-20`. The date follows the absolute-date grammar the date
/// mentions use (``AbsoluteDate``). Times without a zone are China Standard Time (`+08:00`); a zone
/// the text states is kept.
package enum PublishTime {
    /// The first date (with its time, if any) in `text`, as ISO 8601.
    package static func parse(_ text: String) -> String? {
        find(in: text)?.value
    }

    /// Where the first date (with its time) stands in `text`.
    package static func range(in text: String) -> Range<String.Index>? {
        guard let found = find(in: text) else { return nil }
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: found.start)
        let end = scalars.index(scalars.startIndex, offsetBy: found.end)
        return start..<end
    }

    private static func find(in text: String) -> (value: String, start: Int, end: Int)? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let c = scalars[index]
            if AbsoluteDate.digit(c) != nil || c == "二" || c == "一", let found = parseDate(scalars, at: index) ?? gluedDateTime(scalars, at: index) {
                // `社會 17:30 2020/08/09`: the time printed before the date.
                if !found.value.contains("T"), let time = timeBefore(scalars, index) {
                    return ("\(found.value)T\(pad(time.hour, 2)):\(pad(time.minute, 2)):00+08:00", time.start, found.end)
                }
                return (found.value, index, found.end)
            }
            index += 1
        }
        return nil
    }

    /// A full date by the shared absolute-date grammar (``AbsoluteDate``: `2024年08月12日`,
    /// `2024-8-12`, `二〇二四年五月二十日`, full-width digits), an optional weekday (`星期一`), then an
    /// optional time.
    private static func parseDate(_ s: [Unicode.Scalar], at start: Int) -> (value: String, end: Int)? {
        guard start == 0 || AbsoluteDate.digit(s[start - 1]) == nil, let date = AbsoluteDate.read(s, at: start),
              let day = date.day else { return nil }
        let value = "\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(day, 2))"
        var i = date.end
        if let weekday = AbsoluteDate.weekdayEnd(s, after: i) { i = weekday }
        guard let time = parseTime(s, from: i) else { return (value, date.end) }
        return ("\(value)T\(time.value)", time.end)
    }

    /// `17:30 2020/08/09`: an `HH:MM` time right before the date (spaces between), standing
    /// alone (no seconds, no digit before it).
    private static func timeBefore(_ s: [Unicode.Scalar], _ dateStart: Int) -> (hour: Int, minute: Int, start: Int)? {
        var i = dateStart - 1
        guard i >= 0, s[i] == " " || s[i] == "\u{3000}" else { return nil }
        while i >= 0, s[i] == " " || s[i] == "\u{3000}" { i -= 1 }
        guard i >= 3, let m2 = AbsoluteDate.digit(s[i]), let m1 = AbsoluteDate.digit(s[i - 1]), s[i - 2] == ":" || s[i - 2] == "：",
              let h2 = AbsoluteDate.digit(s[i - 3]) else { return nil }
        var start = i - 3
        var hour = h2
        if start >= 1, let h1 = AbsoluteDate.digit(s[start - 1]) {
            hour = h1 * 10 + h2
            start -= 1
        }
        if start >= 1, AbsoluteDate.digit(s[start - 1]) != nil || s[start - 1] == ":" || s[start - 1] == "：" { return nil }
        let minute = m1 * 10 + m2
        guard hour <= 23, minute <= 59 else { return nil }
        return (hour, minute, start)
    }

    /// `2005.08.2605:39`: a zero-padded numeric date with the time run into it, as a renderer
    /// prints `<span>2005.08.26</span>05:39` (no space between the two elements). Only the padded
    /// form is read: `2005.8.2605:39` could be the 2nd or the 26th.
    private static func gluedDateTime(_ s: [Unicode.Scalar], at start: Int) -> (value: String, end: Int)? {
        guard start == 0 || AbsoluteDate.digit(s[start - 1]) == nil, start + 15 <= s.count else { return nil }
        let separator = s[start + 4]
        guard ".-/".unicodeScalars.contains(separator), s[start + 7] == separator, s[start + 12] == ":" || s[start + 12] == "：" else { return nil }
        func value(_ from: Int, _ count: Int) -> Int? {
            var result = 0
            for i in from..<(from + count) {
                guard let digit = AbsoluteDate.digit(s[i]), s[i].isASCII else { return nil }
                result = result * 10 + digit
            }
            return result
        }
        guard let year = value(start, 4), let month = value(start + 5, 2), let day = value(start + 8, 2),
              let hour = value(start + 10, 2), let minute = value(start + 13, 2),
              (1900...2100).contains(year), (1...12).contains(month), (1...31).contains(day), hour <= 23, minute <= 59,
              start + 15 == s.count || AbsoluteDate.digit(s[start + 15]) == nil else { return nil }
        return ("\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):00+08:00", start + 15)
    }

    /// `17:55`, `17:55:00`, `17时55分`, after optional spaces or `T`; with a zone when one is printed.
    private static func parseTime(_ s: [Unicode.Scalar], from start: Int) -> (value: String, end: Int)? {
        var i = start
        let skipSpaces = { (i: inout Int) in
            while i < s.count, s[i] == " " || s[i] == "T" || s[i] == "\u{3000}" || s[i] == "\u{A0}" { i += 1 }
        }
        skipSpaces(&i)
        // `2018-07-02 HKT 12:58`: a local zone named between date and time (all +08:00);
        // `下午2:05`: a part of the day before the hour.
        if let label = localZoneLabels.first(where: { s.starts(with: $0.unicodeScalars, at: i) }) {
            i += label.unicodeScalars.count
            skipSpaces(&i)
        }
        var afternoon = false
        if let part = dayParts.first(where: { s.starts(with: $0.word.unicodeScalars, at: i) }) {
            i += part.word.unicodeScalars.count
            afternoon = part.afternoon
        }
        guard var hour = number(s, &i, minDigits: 1, maxDigits: 2), hour <= 23, i < s.count else { return nil }
        if afternoon, (1...11).contains(hour) { hour += 12 }
        let colon = s[i] == ":" || s[i] == "："
        guard colon || s[i] == "时" || s[i] == "點" || s[i] == "点" else { return nil }
        i += 1
        guard let minute = number(s, &i, minDigits: 2, maxDigits: 2, allowOne: !colon), minute <= 59 else { return nil }
        var second = 0
        if colon, i + 2 < s.count, s[i] == ":" || s[i] == "：" {
            var j = i + 1
            if let value = number(s, &j, minDigits: 2, maxDigits: 2), value <= 59 {
                second = value
                i = j
            }
        } else if !colon, i < s.count, s[i] == "分" {
            i += 1
        }
        let zone = zone(s, from: i)
        let end = zone.length + i
        return ("\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))\(zone.text)", end)
    }

    /// Local zones a dateline may name before the time; all are China Standard Time (+08:00).
    static let localZoneLabels = ["HKT", "CST", "GMT+8", "UTC+8", "北京时间", "香港时间", "台北时间", "北京時間", "香港時間", "台北時間"]
    /// Parts of the day printed before the hour; `afternoon` ones move 1–11 o'clock by twelve hours.
    static let dayParts: [(word: String, afternoon: Bool)] = [
        ("上午", false), ("早上", false), ("凌晨", false), ("中午", false), ("下午", true), ("晚上", true), ("傍晚", true),
    ]

    /// `Z`, `+08:00`, `+0800` directly after the time (with the length it spans); `+08:00` otherwise.
    private static func zone(_ s: [Unicode.Scalar], from i: Int) -> (text: String, length: Int) {
        guard i < s.count else { return ("+08:00", 0) }
        if s[i] == "Z" { return ("Z", 1) }
        guard s[i] == "+" || s[i] == "-", i + 4 < s.count else { return ("+08:00", 0) }
        let hours = s[(i + 1)...(i + 2)], withColon = s[i + 3] == ":"
        let minutesStart = withColon ? i + 4 : i + 3
        guard minutesStart + 1 < s.count, hours.allSatisfy(isDigit), s[minutesStart...(minutesStart + 1)].allSatisfy(isDigit) else {
            return ("+08:00", 0)
        }
        let text = "\(s[i])\(String(String.UnicodeScalarView(hours))):\(String(String.UnicodeScalarView(s[minutesStart...(minutesStart + 1)])))"
        return (text, minutesStart + 2 - i)
    }

    private static func number(_ s: [Unicode.Scalar], _ i: inout Int, minDigits: Int, maxDigits: Int, allowOne: Bool = false) -> Int? {
        var value = 0
        var count = 0
        while i < s.count, count < maxDigits, let d = AbsoluteDate.digit(s[i]) {
            value = value * 10 + d
            count += 1
            i += 1
        }
        guard count >= (allowOne ? 1 : minDigits) else { return nil }
        if i < s.count, isDigit(s[i]) { return nil }
        return value
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { AbsoluteDate.digit(scalar) != nil }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

extension Array where Element == Unicode.Scalar {
    /// Whether the scalars from `index` on begin with `prefix`.
    func starts(with prefix: String.UnicodeScalarView, at index: Int) -> Bool {
        var position = index
        for scalar in prefix {
            guard position < count, self[position] == scalar else { return false }
            position += 1
        }
        return true
    }
}
