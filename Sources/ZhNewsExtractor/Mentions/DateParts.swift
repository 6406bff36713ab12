import ZhNewsModel

/// A date expression as parsed, before it becomes a ``DateMention``: the parts that are known,
/// where they came from, and the span.
struct DateParts {
    enum Kind {
        /// A calendar point at `precision` (parts below it are nil).
        case point
        /// An ISO week (`上周`): `week` holds its Monday.
        case week
        /// A vague word (`近日`): no value, no precision.
        case vague
    }

    var start: Int
    var end: Int
    var kind: Kind = .point
    var precision: DateMention.Precision?
    /// For decades, the first year of the decade.
    var year: Int?
    var month: Int?
    var day: Int?
    var hour: Int?
    var minute: Int?
    var second: Int?
    var week: CivilDate?
    /// The range of a window (`近7天`): set when resolved.
    var window: DateRange?
    /// The last month of a month range printed with one 月 (`1—4月`).
    var rangeEndMonth: Int?
    /// Some part was taken from the publish date.
    var relative = false
    /// A relative expression (`今年`, `两个月前`) with no publish date: nothing can be resolved.
    var unresolved = false

    init(start: Int, end: Int, precision: DateMention.Precision?) {
        self.start = start
        self.end = end
        self.precision = precision
    }

    /// Sets the time of day; hours 24–28 (`晚上12点`, `夜里2点`) are 0–4 on the next day.
    mutating func setTime(_ h: Int, _ m: Int?, _ s: Int?) {
        var h = h
        if h >= 24 {
            h -= 24
            if let mo = month, let d = day {
                let next = CivilDate(year: year ?? 2001, month: mo, day: d).adding(days: 1)
                if year != nil { year = next.year }
                month = next.month
                day = next.day
            }
        }
        hour = h
        minute = m
        second = s
        precision = m == nil ? .hour : .minute
    }

    /// The ISO 8601 value (see Mentions/README.md), or nil when unresolved or vague.
    var value: String? {
        if unresolved { return nil }
        switch kind {
        case .vague: return nil
        case .week:
            guard let monday = week else { return nil }
            let w = monday.isoWeek
            return ISOText.week(w.year, w.week)
        case .point: break
        }
        switch precision {
        case .decade?, .year?:
            if let window { return window.from }
            return year.map(ISOText.year)
        case .month?:
            if let window { return window.from }
            return month.map { ISOText.month(year, $0) }
        case .day?:
            if let window { return window.from }
            guard let m = month, let d = day else { return nil }
            return ISOText.day(year, m, d)
        case .hour?:
            guard let h = hour else { return nil }
            return datePart + "T" + ISOText.pad(h, 2) + DateLexicon.timeZone
        case .minute?:
            guard let h = hour, let mi = minute else { return nil }
            return datePart + "T" + ISOText.pad(h, 2) + ":" + ISOText.pad(mi, 2) + ":" + ISOText.pad(second ?? 0, 2)
                + DateLexicon.timeZone
        case nil:
            return nil
        }
    }

    /// The date before a time: `2024-08-12`, `--08-12`, or empty for a time with no known day.
    private var datePart: String {
        guard let m = month, let d = day else { return "" }
        return ISOText.day(year, m, d)
    }

    /// The week's range, Monday to Sunday.
    var weekRange: DateRange? {
        guard kind == .week, !unresolved, let monday = week else { return nil }
        return DateRange(from: ISOText.day(monday), to: ISOText.day(monday.adding(days: 6)))
    }
}
