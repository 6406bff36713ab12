import ZhNewsModel

/// One left-to-right pass over a text's code points that finds date expressions (see
/// Mentions/README.md for the rules). Mentions never overlap and come out in text order.
struct DateScanner {
    let t: ScalarText
    let anchor: CivilDate?
    private(set) var mentions: [DateMention] = []

    /// The last mention that named a month (for `24日` after `8月`).
    private var monthContext: DateParts?
    /// The last mention that named a day, and the paragraph it is in (for `上午9时` after it).
    private var dayContext: DateParts?
    private var dayContextParagraph = -1
    private var paragraphStart = 0
    /// Century of the first half of a decade range (`上世纪50年代到90年代`).
    private var rangeCentury: Int?
    /// The start of a range while its end is read: the end takes its year (and month) from it
    /// (`2019年3月5日至3月9日`, `12月28日至1月3日`).
    private var rangeStart: DateParts?

    init(text: ScalarText, anchor: CivilDate?) {
        self.t = text
        self.anchor = anchor
    }

    mutating func scan() -> [DateMention] {
        let classes = ScalarClasses.table
        let scalars = t.scalars
        let interesting = ScalarClasses.digit | ScalarClasses.letter | ScalarClasses.chineseNumeral | ScalarClasses.dateLead
            | ScalarClasses.newline
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            let cls = ScalarClasses.of(c, in: classes)
            if cls & interesting == 0 {
                i += 1
            } else if cls & ScalarClasses.newline != 0 {
                paragraphStart = i + 1
                i += 1
            } else if cls & ScalarClasses.digit != 0 {
                if let p = arabic(at: i) { i = finish(p) } else { i = clusterEnd(from: i) }
            } else if cls & ScalarClasses.chineseNumeral != 0 {
                if let p = chinese(at: i) { i = finish(p) } else { i = Numerals.chineseRunEnd(t, from: i) }
            } else if cls & ScalarClasses.letter != 0 {
                i = clusterEnd(from: i)
            } else if let p = lead(at: i) {
                i = finish(p)
            } else {
                i += 1
            }
        }
        return mentions
    }

    // MARK: - Emitting

    /// Records `p` (extended by `以来` or a range) and returns the index after it.
    private mutating func finish(_ first: DateParts) -> Int {
        remember(first)
        var end = first.end
        var range = first.weekRange
        var first = first
        // 2024年春节, 去年中秋节: a festival in that year.
        if first.kind == .point, first.precision == .year, let year = first.year, !first.unresolved,
           let f = DateTables.festivals.match(t, at: first.end),
           var p = festival(start: first.start, end: f.end, calendar: f.payload.calendar, month: f.payload.month,
                            day: f.payload.day, offset: f.payload.offset, year: year) {
            p.relative = first.relative
            first = p
            end = p.end
        }
        if let window = first.window {
            range = window
        } else if let m2 = first.rangeEndMonth, !first.unresolved {
            range = DateRange(from: first.value, to: ISOText.month(first.year, m2))
        } else if first.kind == .point, let part = periodPart(after: first) {
            end = part.end
            range = part.range
        }
        if let since = DateTables.since.match(t, at: end) {
            end = since.end
            range = DateRange(from: first.value, to: nil)
        } else if first.kind == .point, let connector = DateTables.connectors.match(t, at: end) {
            if first.precision == .decade, first.year != nil { rangeCentury = first.year! / 100 * 100 }
            rangeStart = first
            let second = parse(at: connector.end)
            rangeCentury = nil
            rangeStart = nil
            if let second, second.kind == .point, second.precision == first.precision, second.start == connector.end,
               first.value != nil, second.value != nil, !(first.year != nil && second.year != nil && second.value! < first.value!),
               first.precision == .decade || !DateTables.leads.starts.contains(t[first.start]) {
                // A range's start stays the month context (`3月21日起至9月30日…24日` is March 24).
                end = second.end
                range = DateRange(from: first.value, to: second.value)
            }
        }
        let value = first.value
        // 截至6月底: a range open at the start, closed at the date's end.
        if first.kind == .point, DateTables.untilWords.match(t, endingAt: first.start) != nil, value != nil,
           range == nil || range?.from != nil {
            range = DateRange(from: nil, to: range?.to ?? value)
        }
        mentions.append(DateMention(
            text: t.string(first.start, end), start: first.start, end: end, value: value,
            precision: first.kind == .point ? first.precision : nil, relative: first.relative, range: range))
        // A weekday naming the same day (`5月20日（星期一）`, `2024年5月20日 星期一`) is no second date.
        if first.day != nil, let weekday = AbsoluteDate.weekdayEnd(t.scalars, after: end) { return weekday }
        return end
    }

    /// True when what follows `D日` at `k` lets a day with no month be a date (see
    /// `DateLexicon.bareDayFollowers`).
    private func bareDayEnds(at k: Int) -> Bool {
        let c = t[k]
        if Scalars.isClauseEnd(c) || c == "，" || c == "," || c == "、" || c == "）" || c == ")" || c == "：" || Scalars.isSpace(c)
            || c == "\u{0}" { return true }
        if DateTables.bareDayFollowers.match(t, at: k) != nil { return true }
        return Scalars.isDigit(c) && timeOfDay(at: k, afterDate: true, period: nil) != nil
    }

    /// A part of the year or month right after `p` (`上半年`, `一季度`, `年底`, `上旬`, `初`): its end
    /// and the range it narrows the mention to.
    private func periodPart(after p: DateParts) -> (end: Int, range: DateRange)? {
        guard !p.unresolved else { return nil }
        if p.precision == .year, let year = p.year, let part = DateTables.yearParts.match(t, at: p.end) {
            // `年初` after `2024年` reads `初`; `年底` after `今年` reads the whole word.
            return (part.end, DateRange(from: ISOText.month(year, part.payload.0), to: ISOText.month(year, part.payload.1)))
        }
        if p.precision == .year, let year = p.year, let week = weekOfYear(year, at: p.end) {
            return (week.end, week.range)
        }
        if p.precision == .month, let month = p.month, let part = DateTables.monthParts.match(t, at: p.end) {
            let last = min(part.payload.1, CivilDate.daysIn(month: month, year: p.year))
            return (part.end, DateRange(from: ISOText.day(p.year, month, part.payload.0), to: ISOText.day(p.year, month, last)))
        }
        return nil
    }

    /// `第10周` right after a year (`2024年第10周`, `今年第三周`): ISO week N of that year, Monday to
    /// Sunday. A `第N周` with no year before it is left alone: it may count from any event.
    private func weekOfYear(_ year: Int, at k: Int) -> (end: Int, range: DateRange)? {
        guard t[k] == "第" else { return nil }
        var j = k + 1
        let number: Int
        if Scalars.isDigit(t[j]) {
            while Scalars.isDigit(t[j]) { j += 1 }
            guard j - (k + 1) <= 2 else { return nil }
            number = Numerals.int(t, k + 1, j)
        } else {
            j = Numerals.chineseRunEnd(t, from: k + 1)
            guard let n = Numerals.chineseSmall(t, k + 1, j) else { return nil }
            number = n
        }
        guard t[j] == "周" else { return nil }
        // Week 1 holds January 4th; a year has week 53 only when its December 28th falls in it.
        let weeks = CivilDate(year: year, month: 12, day: 28).isoWeek.week
        guard number >= 1, number <= weeks else { return nil }
        let monday = CivilDate(year: year, month: 1, day: 4).monday.adding(days: (number - 1) * 7)
        return (j + 1, DateRange(from: ISOText.day(monday), to: ISOText.day(monday.adding(days: 6))))
    }

    private mutating func remember(_ p: DateParts) {
        guard p.kind == .point, p.month != nil else { return }
        monthContext = p
        if p.day != nil {
            dayContext = p
            dayContextParagraph = paragraphStart
        }
    }

    /// A date starting exactly at `i`, if any.
    private func parse(at i: Int) -> DateParts? {
        let c = t[i]
        if Scalars.isDigit(c) { return arabic(at: i) }
        if Scalars.isChineseNumeral(c) { return chinese(at: i) }
        if DateTables.leads.starts.contains(c) { return lead(at: i) }
        return nil
    }

    /// End of an ASCII cluster: letters, digits and the connectors `- / . : _ #` between them.
    private func clusterEnd(from i: Int) -> Int {
        var j = i
        while true {
            let c = t[j]
            if Scalars.isAlnum(c) {
                j += 1
            } else if c == "-" || c == "/" || c == "." || c == ":" || c == "_" || c == "#", Scalars.isAlnum(t[j + 1]) {
                j += 2
            } else {
                return j
            }
        }
    }

    // MARK: - Arabic digits

    private func arabic(at i: Int) -> DateParts? {
        // Only at the start of an ASCII cluster (not `A12`, `727-8`, `1.5`).
        let before = t[i - 1]
        if Scalars.isAlnum(before) { return nil }
        // (The end of a clock range `9:00-18:00` follows a hyphen.)
        if before == "-" || before == "/" || before == "." || before == ":", Scalars.isAlnum(t[i - 2]),
           !(before == "-" && rangeStart?.hour != nil) { return nil }
        var j = i
        while Scalars.isDigit(t[j]) { j += 1 }
        let length = j - i
        guard length <= 4 else { return nil }
        let value = Numerals.int(t, i, j)
        let next = t[j]
        // 2023—2027年, 2023-2027年: the first year of a year range (finish() joins the second).
        if length == 4, (1900...2100).contains(value), let connector = DateTables.connectors.match(t, at: j) {
            var k = connector.end
            while Scalars.isDigit(t[k]) { k += 1 }
            if k - connector.end == 4, t[k] == "年", Numerals.int(t, connector.end, k) > value {
                var p = DateParts(start: i, end: j, precision: .year)
                p.year = value
                return p
            }
        }
        // 1—4月, 1-4月: a range of months (soft hyphens U+00AD before the connector are skipped).
        if length <= 2, (1...11).contains(value) {
            var c = j
            while t[c] == "\u{AD}" { c += 1 }
            if let connector = DateTables.connectors.match(t, at: c), let (m2, monthEnd) = monthNumber(at: connector.end), m2 > value,
               var p = monthForm(start: i, year: nil, month: value, at: monthEnd, relative: false), p.day == nil {
                p.rangeEndMonth = m2
                // Resolved by its last month, the latest not after the publish date (`1—4月` is cumulative).
                if let anchor, p.relative {
                    p.year = m2 <= anchor.month ? anchor.year : anchor.year - 1
                }
                return p
            }
        }
        if next == ":", length <= 2 { return clockRange(at: i) }
        switch next {
        case "-", "/", ".":
            return length == 4 ? numericDate(i, year: value, separator: next, at: j) : nil
        case "年":
            if t[j + 1] == "代" {
                if length == 4, value % 10 == 0, (1000...2090).contains(value) {
                    var p = DateParts(start: i, end: j + 2, precision: .decade)
                    p.year = value
                    return p
                }
                return length <= 2 && value % 10 == 0 ? decade(start: i, value: value, end: j + 2) : nil
            }
            if length == 4 {
                guard (1900...2100).contains(value) else { return nil }
                return fullDate(at: i) ?? yearForm(start: i, year: value, at: j + 1)
            }
            if let era = DateTables.eraNames.match(t, endingAt: i), (1...150).contains(value) {
                return yearForm(start: era.start, year: 1911 + value, at: j + 1)
            }
            // 18年6月1日 (two-digit year), 109年3月 (Republic of China year): only with a month after.
            if length >= 2, monthNumber(at: j + 1) != nil {
                if length == 2 { return yearForm(start: i, year: twoDigitYear(value), at: j + 1) }
                if length == 3, (1...150).contains(value) { return yearForm(start: i, year: 1911 + value, at: j + 1) }
            }
            return ago(start: i, count: value, at: j)
        case "月":
            guard length <= 2, (1...12).contains(value) else { return nil }
            return monthForm(start: i, year: nil, month: value, at: j + 1, relative: false)
        case "个", "天", "周", "星":
            return length <= 3 ? ago(start: i, count: value, at: j) : nil
        case "日":
            // Not a count of days (`10日内`, `第3日`, `每15日`).
            guard length <= 2, value >= 1, !DateTables.notDayPredecessors.contains(before),
                  !DateTables.notDayFollowers.contains(t[j + 1]), !(t[j + 1] == "以" && t[j + 2] == "内"),
                  !(t[j + 1] == "之" && t[j + 2] == "内") else { return nil }
            var p = DateParts(start: i, end: j + 1, precision: .day)
            p.day = value
            if let context = monthContext, let m = context.month {
                guard CivilDate.isValid(year: context.year, month: m, day: value) else { return nil }
                p.year = context.year
                p.month = m
                p.relative = context.relative
                p.unresolved = context.unresolved
            } else if let anchor, value <= 31, bareDayEnds(at: j + 1) {
                // `14日宣布` with no month before it: the publish month (the month before when the
                // day is still to come, the month after with a bound forward cue).
                var ym = (year: anchor.year, month: anchor.month)
                if value > anchor.day, !pointsForward(start: i, end: j + 1) { ym = anchor.adding(months: -1) }
                if value < anchor.day, pointsForward(start: i, end: j + 1) { ym = anchor.adding(months: 1) }
                guard CivilDate.isValid(year: ym.year, month: ym.month, day: value) else { return nil }
                p.year = ym.year
                p.month = ym.month
                p.relative = true
            } else {
                return nil
            }
            return withTime(p)
        case "时":
            return standaloneTime(start: i, at: i)
        default:
            return nil
        }
    }

    /// `YYYY年M月D日` in full (`2024年8月12日`, `二〇二四年八月十二日`) by the absolute-date grammar
    /// shared with the publish-time reader (``AbsoluteDate``), with a time after it.
    private func fullDate(at i: Int) -> DateParts? {
        guard let date = AbsoluteDate.read(t.scalars, at: i), let day = date.day else { return nil }
        var p = DateParts(start: i, end: date.end, precision: .day)
        p.year = date.year
        p.month = date.month
        p.day = day
        return withTime(p)
    }

    /// `2024-08-12`, `2024/8/12`, `2024.08.12`, optionally with ` 17:55(:00)` or `T17:55` (the date by
    /// ``AbsoluteDate``).
    private func numericDate(_ i: Int, year: Int, separator: Unicode.Scalar, at j: Int) -> DateParts? {
        guard let date = AbsoluteDate.read(t.scalars, at: i), let day = date.day else { return nil }
        let k = date.end
        // The cluster must end here, or go on into a time.
        var p = DateParts(start: i, end: k, precision: .day)
        p.year = date.year
        p.month = date.month
        p.day = day
        let after = t[k]
        if after == "T" || after == " " || after == "\u{3000}", Scalars.isDigit(t[k + 1]), let time = clockTime(at: k + 1) {
            p.hour = time.hour
            p.minute = time.minute
            p.second = time.second
            p.precision = .minute
            p.end = time.end
            return p
        }
        if Scalars.isAlnum(after) { return nil }
        if (after == "-" || after == "/" || after == "." || after == ":"), Scalars.isAlnum(t[k + 1]) { return nil }
        return p
    }

    /// `H:MM` or `H:MM:SS` at `k`, ending the ASCII cluster.
    private func clockTime(at k: Int) -> (hour: Int, minute: Int, second: Int?, end: Int)? {
        var j = k
        while Scalars.isDigit(t[j]) { j += 1 }
        guard j - k >= 1, j - k <= 2, t[j] == ":", Scalars.isDigit(t[j + 1]), Scalars.isDigit(t[j + 2]) else { return nil }
        let hour = Numerals.int(t, k, j)
        let minute = Numerals.int(t, j + 1, j + 3)
        var end = j + 3
        var second: Int? = nil
        if t[end] == ":", Scalars.isDigit(t[end + 1]), Scalars.isDigit(t[end + 2]) {
            second = Numerals.int(t, end + 1, end + 3)
            end += 3
        }
        guard hour <= 24, minute <= 59, (second ?? 0) <= 59, !Scalars.isAlnum(t[end]),
              !(t[end] == ":" && Scalars.isDigit(t[end + 1])) else { return nil }
        return (hour, minute, second, end)
    }

    // MARK: - Chinese numerals

    private func chinese(at i: Int) -> DateParts? {
        let runEnd = Numerals.chineseRunEnd(t, from: i)
        let next = t[runEnd]
        let length = runEnd - i
        if next == "年" {
            if let era = DateTables.eraNames.match(t, endingAt: i), let value = Numerals.chinese(t, i, runEnd),
               value >= 1, value <= 150, value == value.rounded() {
                return yearForm(start: era.start, year: 1911 + Int(value), at: runEnd + 1)
            }
            // 一八年六月: a two-digit year read digit by digit, only with a month after.
            if length == 2, monthNumber(at: runEnd + 1) != nil, let a = Scalars.chineseDigit(t[i]), let b = Scalars.chineseDigit(t[i + 1]),
               t[i] != "两", t[i + 1] != "两" {
                return yearForm(start: i, year: twoDigitYear(a * 10 + b), at: runEnd + 1)
            }
            // 二〇二四年: four digits read one by one.
            if length == 4 {
                var year = 0
                for k in i..<runEnd {
                    guard let d = Scalars.chineseDigit(t[k]), t[k] != "两" else { return nil }
                    year = year * 10 + d
                }
                guard (1900...2100).contains(year) else { return nil }
                return fullDate(at: i) ?? yearForm(start: i, year: year, at: runEnd + 1)
            }
            if t[runEnd + 1] == "代" {
                guard let value = Numerals.chineseSmall(t, i, runEnd), value % 10 == 0 else { return nil }
                return decade(start: i, value: value, end: runEnd + 2)
            }
            guard let count = Numerals.chineseSmall(t, i, runEnd) else { return nil }
            return ago(start: i, count: count, at: runEnd)
        }
        if next == "月" {
            guard !DateTables.notMonthPredecessors.contains(t[i - 1]), !Scalars.isChineseNumeral(t[i - 1]),
                  let month = Numerals.chineseSmall(t, i, runEnd), month <= 12 else { return nil }
            guard let p = monthForm(start: i, year: nil, month: month, at: runEnd + 1, relative: false) else { return nil }
            // 一月 alone is too often "one month"; keep it only with a day.
            if month == 1, length == 1, p.day == nil { return nil }
            return p
        }
        if next == "个" || next == "天" || next == "周" || next == "星" {
            guard let count = Numerals.chineseSmall(t, i, runEnd) else { return nil }
            return ago(start: i, count: count, at: runEnd)
        }
        return nil
    }

    // MARK: - Shapes

    /// A two-digit year: the latest year ending in those digits not more than 5 years after the
    /// publish year (or 2049 without one): `18年` → 2018, `98年` → 1998.
    private func twoDigitYear(_ yy: Int) -> Int {
        let limit = (anchor?.year ?? 2044) + 5
        var year = limit - ((limit % 100 - yy + 100) % 100)
        if year > limit { year -= 100 }
        return year
    }

    /// After `YYYY年`: an optional month, day and time; or `年代`.
    private func yearForm(start: Int, year: Int, at k: Int) -> DateParts? {
        if let (month, end) = monthNumber(at: k),
           let p = monthForm(start: start, year: year, month: month, at: end, relative: false) {
            return p
        }
        var p = DateParts(start: start, end: k, precision: .year)
        p.year = year
        return p
    }

    /// A month number followed by 月 at `k`: (month, index after 月).
    private func monthNumber(at k: Int) -> (Int, Int)? {
        if Scalars.isDigit(t[k]) {
            var j = k
            while Scalars.isDigit(t[j]) { j += 1 }
            guard j - k <= 2, t[j] == "月" else { return nil }
            let m = Numerals.int(t, k, j)
            return (1...12).contains(m) ? (m, j + 1) : nil
        }
        if Scalars.isChineseNumeral(t[k]) {
            let j = Numerals.chineseRunEnd(t, from: k)
            guard t[j] == "月", let m = Numerals.chineseSmall(t, k, j), m <= 12 else { return nil }
            return (m, j + 1)
        }
        return nil
    }

    /// A day number followed by 日 (or 号 when no building word follows) at `k`: (day, end).
    private func dayNumber(at k: Int) -> (Int, Int)? {
        if Scalars.isDigit(t[k]) {
            var j = k
            while Scalars.isDigit(t[j]) { j += 1 }
            guard j - k <= 2 else { return nil }
            let d = Numerals.int(t, k, j)
            if t[j] == "日" { return (d, j + 1) }
            if t[j] == "号", !DateTables.houseNumberFollowers.contains(t[j + 1]), !Scalars.isAlnum(t[j + 1]) { return (d, j + 1) }
            return nil
        }
        if Scalars.isChineseNumeral(t[k]) {
            let j = Numerals.chineseRunEnd(t, from: k)
            guard t[j] == "日", let d = Numerals.chineseSmall(t, k, j) else { return nil }
            return (d, j + 1)
        }
        return nil
    }

    /// After `M月` (with the year if printed or taken from a relative year word).
    private func monthForm(start: Int, year: Int?, month: Int, at k: Int, relative: Bool, unresolved: Bool = false) -> DateParts? {
        var p = DateParts(start: start, end: k, precision: .month)
        p.year = year
        p.month = month
        p.relative = relative
        p.unresolved = unresolved
        if let (day, end) = dayNumber(at: k) {
            guard CivilDate.isValid(year: year, month: month, day: day) else { return nil }
            p.day = day
            p.end = end
            p.precision = .day
        } else if t[k] == "份" {
            p.end = k + 1
        }
        if year == nil, !unresolved, let from = rangeStart, from.month != nil, start > from.start {
            // The end of a range: the year of its start, or the next when it would fall before it.
            p.year = from.year
            p.relative = from.relative
            p.unresolved = from.unresolved
            if let y = from.year, let m0 = from.month, (month, p.day ?? 31) < (m0, from.day ?? 1) { p.year = y + 1 }
        } else if year == nil, !unresolved, let anchor {
            p.year = resolveYear(month: month, day: p.day, anchor: anchor, start: start, end: p.end)
            p.relative = true
        }
        return p.day != nil ? withTime(p) : p
    }

    /// The year of a month (and day) printed without one: the next occurrence on or after the
    /// publish date when a forward cue is bound to the date or that occurrence is at most 92 days
    /// (3 months) ahead, else the latest not after it.
    private func resolveYear(month: Int, day: Int?, anchor: CivilDate, start: Int, end: Int) -> Int {
        let date = (month, day ?? 31)
        let now = (anchor.month, anchor.day)
        let nextYear = date >= now ? anchor.year : anchor.year + 1
        if date >= now && (month, day ?? 1) <= now { return anchor.year }  // this month, no day
        if pointsForward(start: start, end: end) { return nextYear }
        if let day {
            if CivilDate.isValid(year: nextYear, month: month, day: day),
               CivilDate(year: nextYear, month: month, day: day).dayNumber - anchor.dayNumber <= 92 { return nextYear }
        } else if (month - anchor.month + 12) % 12 <= 3 {
            return nextYear
        }
        return (month, day ?? 1) <= now ? anchor.year : anchor.year - 1
    }

    /// True when a forward cue is bound to the mention `start..<end`: one of
    /// `DateLexicon.forwardCues` ending at most 4 code points before it in its clause, or one of
    /// `DateLexicon.forwardFollowers` after it (past `起`/`前`/a range's end and at most one comma,
    /// within 16 code points).
    private func pointsForward(start: Int, end: Int) -> Bool {
        var k = start
        while k > 0, start - k <= 4 {
            if DateTables.forwardCues.match(t, endingAt: k) != nil { return true }
            let c = t[k - 1]
            if Scalars.isClauseEnd(c) || c == "，" || c == "," { break }
            k -= 1
        }
        var j = end
        var commas = 0
        while j < t.count, j - end < 16 {
            let c = t[j]
            if Scalars.isClauseEnd(c) { return false }
            if c == "，" || c == "," {
                commas += 1
                if commas > 1 { return false }
            }
            // The single character 将 only right after the date or its 起/前 (`5月15日起将`).
            if let cue = DateTables.forwardFollowers.match(t, at: j), cue.end - j > 1 || j - end <= 1 { return true }
            j += 1
        }
        return false
    }

    /// `NN年代`, with a century before it (`上世纪70年代`) or from the first half of a range.
    private func decade(start: Int, value: Int, end: Int) -> DateParts? {
        guard value >= 0, value < 100 else { return nil }
        var p = DateParts(start: start, end: end, precision: .decade)
        if let century = DateTables.centuries.match(t, endingAt: start) {
            p.start = century.start
            p.year = century.payload + value
        } else if let base = rangeCentury {
            p.year = base + value
        } else if value >= 30 {
            p.year = 1900 + value
        }
        return p
    }

    /// `N年前`, `两个月前`, `3天后`: `count` steps from the publish date.
    private func ago(start: Int, count: Int, at k: Int) -> DateParts? {
        guard count >= 1, count <= 100, let unit = DateTables.agoUnits.match(t, at: k),
              let direction = DateTables.agoDirections.match(t, at: unit.end) else { return nil }
        let offset = count * direction.payload
        var p = DateParts(start: start, end: direction.end, precision: nil)
        switch unit.payload {
        case .year: p.precision = .year
        case .month: p.precision = .month
        case .day, .week: p.precision = .day
        }
        guard let anchor else {
            p.unresolved = true
            return p
        }
        p.relative = true
        switch unit.payload {
        case .year:
            p.year = anchor.year + offset
        case .month:
            let ym = anchor.adding(months: offset)
            p.year = ym.year
            p.month = ym.month
        case .day, .week:
            let date = anchor.adding(days: unit.payload == .week ? 7 * offset : offset)
            p.year = date.year
            p.month = date.month
            p.day = date.day
        }
        return p
    }

    // MARK: - Words

    private func lead(at i: Int) -> DateParts? {
        guard DateTables.leadPairs.contains(t[i], t[i + 1]) else { return nil }
        if let p = bracketedDay(at: i) { return p }
        guard let match = DateTables.leads.match(t, at: i) else { return nil }
        let entry = match.payload
        if entry.notAfter.contains(t[i - 1]) || entry.notBefore.contains(t[match.end]) { return nil }
        switch entry.payload {
        case .vague:
            var p = DateParts(start: i, end: match.end, precision: nil)
            p.kind = .vague
            return p
        case .period:
            return standaloneTime(start: i, at: i)
        case .relative(let step, let offset, let period):
            return relative(start: i, end: match.end, step: step, offset: offset, period: period)
        case .weekday(let weekday):
            return self.weekday(start: i, end: match.end, weekday: weekday, week: nil)
        case .festival(let festival):
            return self.festival(start: i, end: match.end, calendar: festival.calendar, month: festival.month, day: festival.day,
                                 offset: festival.offset, year: nil)
        case .window(let direction, let cueOnly):
            return window(start: cueOnly ? match.end - 1 : i, at: match.end - 1, direction: direction, needsWithin: cueOnly)
        case .lunarMonth(let month):
            guard let (day, end) = lunarDay(at: match.end) else { return nil }
            return festival(start: i, end: end, calendar: .lunar, month: month, day: day, offset: 0, year: nil)
        }
    }

    /// `近7天`, `过去3个月`, `未来5年`: N units back from (or on from) the publish date, as a range.
    private func window(start: Int, at k: Int, direction: Int, needsWithin: Bool = false) -> DateParts? {
        var j = k
        let count: Int
        if Scalars.isDigit(t[j]) {
            while Scalars.isDigit(t[j]) { j += 1 }
            guard j - k <= 3 else { return nil }
            count = Numerals.int(t, k, j)
        } else {
            j = Numerals.chineseRunEnd(t, from: k)
            guard let n = Numerals.chineseSmall(t, k, j) else { return nil }
            count = n
        }
        guard count >= 1, count <= 100 else { return nil }
        let step: DateLexicon.Step
        var end: Int
        if let unit = DateTables.agoUnits.match(t, at: j) {
            step = unit.payload
            end = unit.end
        } else if t[j] == "日" {
            step = .day
            end = j + 1
        } else {
            return nil
        }
        // 两个月前 after 近 is still a point, not a window.
        if DateTables.agoDirections.match(t, at: end) != nil { return nil }
        let tail = DateTables.windowTails.match(t, at: end)
        if let tail { end = tail.end }
        // After a cue only a deadline (`将在10日内`) is a window: `将于10日举行` is the 10th.
        if needsWithin, tail.map({ t[$0.end - 1] == "内" }) != true { return nil }
        var p = DateParts(start: start, end: end, precision: step == .year ? .year : step == .month ? .month : .day)
        guard let anchor else {
            p.unresolved = true
            return p
        }
        p.relative = true
        let n = count * direction
        let other: String
        let here: String
        switch step {
        case .year:
            here = ISOText.year(anchor.year)
            other = ISOText.year(anchor.year + n)
        case .month:
            let ym = anchor.adding(months: n)
            here = ISOText.month(anchor.year, anchor.month)
            other = ISOText.month(ym.year, ym.month)
        case .day, .week:
            here = ISOText.day(anchor)
            other = ISOText.day(anchor.adding(days: step == .week ? 7 * n : n))
        }
        p.window = direction < 0 ? DateRange(from: other, to: here) : DateRange(from: here, to: other)
        return p
    }

    /// A lunar day at `k`: 初一…初十, 十一…十九, 二十/廿, 二十一…二十九/廿一…廿九, 三十.
    private func lunarDay(at k: Int) -> (Int, Int)? {
        if t[k] == "初", let d = Scalars.chineseDigit(t[k + 1]), d >= 1, t[k + 2] != "十" { return (d, k + 2) }
        if t[k] == "初", t[k + 1] == "十" { return (10, k + 2) }
        if t[k] == "廿" {
            if let d = Scalars.chineseDigit(t[k + 1]), d >= 1 { return (20 + d, k + 2) }
            return (20, k + 1)
        }
        let end = Numerals.chineseRunEnd(t, from: k)
        guard end > k, let d = Numerals.chineseSmall(t, k, end), d >= 11, d <= 30 else { return nil }
        return (d, end)
    }

    /// A festival or lunar date (`春节`, `国庆节`, `腊月二十三`) in `year` (the Chinese year whose New
    /// Year falls in it, for lunar dates) or, without one, the occurrence nearest the publish date by
    /// the rule of partial dates.
    private func festival(start: Int, end: Int, calendar: DateLexicon.FestivalCalendar, month: Int, day: Int, offset: Int,
                          year: Int?) -> DateParts? {
        func date(in y: Int) -> CivilDate? {
            switch calendar {
            case .solar: return CivilDate(year: y, month: month, day: day)
            case .lunar: return LunarCalendar.gregorian(year: y, month: month, day: day)?.adding(days: offset)
            }
        }
        var p = DateParts(start: start, end: end, precision: .day)
        let resolved: CivilDate?
        if let year {
            resolved = date(in: year)
        } else if let anchor {
            // The latest occurrence not after the publish date, or the next one when it is at most 92
            // days ahead or a forward cue is bound to the mention.
            let candidates = (anchor.year - 1...anchor.year + 1).compactMap(date)
            let next = candidates.first { $0 >= anchor }
            let previous = candidates.last { $0 <= anchor }
            if let next, next.dayNumber - anchor.dayNumber <= 92 || pointsForward(start: start, end: end) {
                resolved = next
            } else {
                resolved = previous
            }
            p.relative = true
        } else {
            p.unresolved = true
            return p
        }
        guard let resolved else { return nil }
        p.year = resolved.year
        p.month = resolved.month
        p.day = resolved.day
        return withTime(p)
    }

    /// `今（24）日`, `昨(23)日`: the printed day nearest to the day the word names (the publish
    /// month's 24th for `今（24）日` published on the 24th).
    private func bracketedDay(at i: Int) -> DateParts? {
        let offset: Int
        switch t[i] {
        case "今": offset = 0
        case "昨": offset = -1
        case "明": offset = 1
        default: return nil
        }
        guard t[i + 1] == "（" || t[i + 1] == "(" else { return nil }
        var j = i + 2
        while Scalars.isDigit(t[j]) { j += 1 }
        guard j - (i + 2) >= 1, j - (i + 2) <= 2, t[j] == "）" || t[j] == ")", t[j + 1] == "日" else { return nil }
        let day = Numerals.int(t, i + 2, j)
        guard (1...31).contains(day) else { return nil }
        var p = DateParts(start: i, end: j + 2, precision: .day)
        p.relative = anchor != nil
        p.unresolved = anchor == nil
        if let anchor {
            let named = anchor.adding(days: offset)
            // The printed day within a few days of the named one (a late-night page may be dated the next day).
            guard let date = (-3...3).lazy.map({ named.adding(days: $0) }).first(where: { $0.day == day }) else { return nil }
            p.year = date.year
            p.month = date.month
            p.day = date.day
        }
        return withTime(p)
    }

    /// A weekday (`周四`, `星期一`), alone or after `上周`/`下周`/`本周` (`week`: that week's Monday).
    private func weekday(start: Int, end: Int, weekday: Int, week: CivilDate?) -> DateParts? {
        var p = DateParts(start: start, end: end, precision: .day)
        p.relative = anchor != nil
        p.unresolved = anchor == nil
        if let week {
            let date = week.adding(days: weekday - 1)
            p.year = date.year
            p.month = date.month
            p.day = date.day
        } else if let anchor {
            // The latest such day not after the publish date, or the next one on or after it when
            // a forward cue is bound to it.
            var back = anchor.weekday - weekday
            if back < 0 { back += 7 }
            var date = anchor.adding(days: -back)
            if back > 0, pointsForward(start: start, end: end) { date = date.adding(days: 7) }
            p.year = date.year
            p.month = date.month
            p.day = date.day
        }
        // 周六（15日）: the printed day must agree.
        if let (day, dayEnd) = bracketedDayNumber(at: end) {
            if p.unresolved || p.day == day { p.end = dayEnd }
        }
        return withTime(p)
    }

    /// `（15日）` at `k`: the day and the end after the bracket.
    private func bracketedDayNumber(at k: Int) -> (Int, Int)? {
        guard t[k] == "（" || t[k] == "(", let (day, end) = dayNumber(at: k + 1), t[end] == "）" || t[end] == ")" else { return nil }
        return (day, end + 1)
    }

    private func relative(start: Int, end: Int, step: DateLexicon.Step, offset: Int, period: DateLexicon.Period?) -> DateParts? {
        var p = DateParts(start: start, end: end, precision: nil)
        p.relative = anchor != nil
        p.unresolved = anchor == nil
        switch step {
        case .day:
            p.precision = .day
            if let anchor {
                let date = anchor.adding(days: offset)
                p.year = date.year
                p.month = date.month
                p.day = date.day
            }
            // 今天（10月1日）: the printed date names the day.
            if t[end] == "（" || t[end] == "(", let (month, monthEnd) = monthNumber(at: end + 1), let (day, dayEnd) = dayNumber(at: monthEnd),
               t[dayEnd] == "）" || t[dayEnd] == ")", CivilDate.isValid(year: p.year, month: month, day: day) {
                if let y = p.year, let m0 = p.month {
                    // The year of the named day, or the one next to it across New Year.
                    p.year = month == 1 && m0 == 12 ? y + 1 : (month == 12 && m0 == 1 ? y - 1 : y)
                }
                p.month = month
                p.day = day
                p.end = dayEnd + 1
            }
            return withTime(p, period: period)
        case .week:
            // 上周日, 下周一, 本周三: a day of that week.
            if let w = DateTables.weekdays.match(t, at: end - 1), t[end - 1] == "周" {
                return weekday(start: start, end: w.end, weekday: w.payload, week: anchor?.adding(days: 7 * offset).monday)
            }
            p.kind = .week
            p.week = anchor?.adding(days: 7 * offset).monday
            return p
        case .month:
            p.precision = .month
            if let anchor {
                let ym = anchor.adding(months: offset)
                p.year = ym.year
                p.month = ym.month
                // 上月15日
                if let (day, dayEnd) = dayNumber(at: end), CivilDate.isValid(year: ym.year, month: ym.month, day: day) {
                    p.day = day
                    p.end = dayEnd
                    p.precision = .day
                    return withTime(p)
                }
            }
            return p
        case .year:
            p.precision = .year
            let year = anchor.map { $0.year + offset }
            p.year = year
            // 今年8月12日: the month is printed, the year is relative.
            if let (month, monthEnd) = monthNumber(at: end),
               var q = monthForm(start: start, year: year, month: month, at: monthEnd, relative: anchor != nil,
                                 unresolved: false) {
                q.relative = anchor != nil
                return q
            }
            return p
        }
    }

    // MARK: - Times

    /// A time right after a day (`8月12日17:55`, `今天上午9时30分`), or the day unchanged.
    private func withTime(_ day: DateParts, period: DateLexicon.Period? = nil) -> DateParts {
        guard let time = timeOfDay(at: day.end, afterDate: true, period: period) else { return day }
        var p = day
        p.setTime(time.hour, time.minute, time.second)
        p.end = time.end
        return p
    }

    /// A time with no date printed (`上午9时30分`, `17时55分`), on the day of the last date in the
    /// same paragraph when there is one.
    private func standaloneTime(start: Int, at k: Int) -> DateParts? {
        guard let time = timeOfDay(at: k, afterDate: false, period: nil) else { return nil }
        var p = DateParts(start: start, end: time.end, precision: nil)
        dateTime(&p)
        p.setTime(time.hour, time.minute, time.second)
        return p
    }

    /// `9:00至18:00`, `9:00-18:00`: a lone `H:MM` may be a ratio or a score, but one joined to another by
    /// a range connector is a time (the end of such a range is read while `rangeStart` is set).
    private func clockRange(at i: Int) -> DateParts? {
        guard let clock = clockTime(at: i) else { return nil }
        if rangeStart?.hour == nil {
            guard let connector = DateTables.connectors.match(t, at: clock.end), Scalars.isDigit(t[connector.end]),
                  clockTime(at: connector.end) != nil else { return nil }
        }
        var p = DateParts(start: i, end: clock.end, precision: nil)
        dateTime(&p)
        p.setTime(clock.hour, clock.minute, clock.second)
        return p
    }

    /// The day of a clock time printed without one: a range's start's, the last dated mention's in the
    /// paragraph, else the publish date (not after `每天`, `次日` …), else none.
    private func dateTime(_ p: inout DateParts) {
        let start = p.start
        if let from = rangeStart, from.hour != nil {
            p.year = from.year
            p.month = from.month
            p.day = from.day
            p.relative = from.relative
            p.unresolved = from.unresolved
        } else if let context = dayContext, dayContextParagraph == paragraphStart {
            p.year = context.year
            p.month = context.month
            p.day = context.day
            p.relative = context.relative
            p.unresolved = context.unresolved
        } else if let anchor, DateTables.notPublishDayBefore.match(t, endingAt: start) == nil {
            // A clock time with no date printed is on the publish date (not `每天22时`, `次日5时`).
            p.year = anchor.year
            p.month = anchor.month
            p.day = anchor.day
            p.relative = true
        }
    }

    /// `[上午] H:MM[:SS]`, `[上午] H时[MM分]`, `[上午] H点[MM分|半]` at `k` (spaces allowed after a
    /// date). `H:MM` and `H点` need a date or a period word before them.
    private func timeOfDay(at k0: Int, afterDate: Bool, period dayPart: DateLexicon.Period?) -> (hour: Int, minute: Int?, second: Int?, end: Int)? {
        var k = afterDate ? t.skipSpaces(k0) : k0
        var period: DateLexicon.Period? = dayPart
        if let match = DateTables.periods.match(t, at: k) {
            period = match.payload
            k = match.end
        }
        // 晚间约9时
        if period != nil, let about = DateTables.timeApproximations.match(t, at: k) { k = about.end }
        let strong = afterDate || period != nil
        var hour: Int
        var j: Int
        if Scalars.isDigit(t[k]) {
            if !afterDate && period == nil {
                // Only `H时…` stands alone; the cluster must start here.
                let before = t[k - 1]
                if Scalars.isAlnum(before) || before == "." || before == ":" || before == "-" || before == "/" { return nil }
            }
            if strong, let clock = clockTime(at: k) {
                return (shift(clock.hour, period), clock.minute, clock.second, clock.end)
            }
            j = k
            while Scalars.isDigit(t[j]) { j += 1 }
            guard j - k <= 2 else { return nil }
            hour = Numerals.int(t, k, j)
        } else if Scalars.isChineseNumeral(t[k]) {
            j = Numerals.chineseRunEnd(t, from: k)
            guard let h = Numerals.chineseSmall(t, k, j) else { return nil }
            hour = h
        } else {
            return nil
        }
        let mark = t[j]
        guard mark == "时" || (mark == "点" && strong), hour <= 24,
              !DateTables.notHourFollowers.contains(t[j + 1]) else { return nil }
        hour = shift(hour, period)
        var end = j + 1
        var minute: Int? = nil
        if t[end] == "半" {
            minute = 30
            end += 1
        } else if Scalars.isDigit(t[end]) {
            var m = end
            while Scalars.isDigit(t[m]) { m += 1 }
            if m - end <= 2, t[m] == "分", t[m + 1] != "钟" {
                let value = Numerals.int(t, end, m)
                if value <= 59 {
                    minute = value
                    end = m + 1
                }
            }
        } else if Scalars.isChineseNumeral(t[end]) {
            let m = Numerals.chineseRunEnd(t, from: end)
            if t[m] == "分", t[m + 1] != "钟", let value = Numerals.chineseSmall(t, end, m), value <= 59 {
                minute = value
                end = m + 1
            }
        }
        guard hour <= 28 else { return nil }
        return (hour, minute, nil, end)
    }

    /// The 24-hour clock hour of `hour` printed after `period`; 24–28 stand for 0–4 the next day.
    private func shift(_ hour: Int, _ period: DateLexicon.Period?) -> Int {
        switch period {
        case .afternoon?: return hour < 12 ? hour + 12 : hour
        case .noon?: return hour >= 1 && hour <= 6 ? hour + 12 : hour
        case .evening?:
            if hour <= 4 { return hour + 24 }
            if hour == 12 { return 24 }
            return hour < 12 ? hour + 12 : hour
        case .morning?: return hour == 12 ? 0 : hour
        case nil: return hour
        }
    }
}
