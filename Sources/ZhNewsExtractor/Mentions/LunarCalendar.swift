import ZhNewsICUShim

/// The one Swift file that talks to ICU's Chinese calendar (through the C shim
/// `zh_icu_lunar_to_gregorian`): lunar dates of festivals (`春节`, `中秋节`, `腊月二十三`) to
/// Gregorian dates.
enum LunarCalendar {
    /// The Gregorian date of lunar `month`/`day` in the Chinese year whose New Year falls in
    /// Gregorian `year` (leap months are never meant by festival names). Nil when ICU fails or the
    /// day does not exist (a 30th in a 29-day month).
    static func gregorian(year: Int, month: Int, day: Int) -> CivilDate? {
        var y: Int32 = 0
        var m: Int32 = 0
        var d: Int32 = 0
        guard zh_icu_lunar_to_gregorian(Int32(year), Int32(month), Int32(day), &y, &m, &d) == 0 else { return nil }
        let date = CivilDate(year: Int(y), month: Int(m), day: Int(d))
        // A non-lenient calendar still rolls a missing 30th into the next month: check the round trip
        // by day count (a lunar month has 29 or 30 days, so day 30 must land 29 days after day 1).
        if day == 30, let first = gregorian(year: year, month: month, day: 1), date.dayNumber - first.dayNumber != 29 { return nil }
        return date
    }
}
