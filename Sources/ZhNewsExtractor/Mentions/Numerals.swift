/// Reading numbers written with Arabic digits (`3,000`, `16.4`) and with Chinese numerals
/// (`三千`, `一万二千`, `二十`, `两百`), shared by the date and figure extractors.
enum Numerals {
    /// A decimal number kept as digits over a power of ten, so that multiplying by 万/亿 and reading
    /// the value round only once.
    struct Amount {
        var mantissa: Double
        var divisor: Double = 1
        var value: Double { mantissa / divisor }
        mutating func scale(by factor: Double) { mantissa *= factor }
        static func > (a: Amount, b: Amount) -> Bool { a.value > b.value }
    }

    /// An Arabic number: digits, optional thousands groups (`3,000`), optional decimals (`0.3`).
    struct Arabic {
        var value: Double
        var end: Int
        /// Digits before the decimal point (grouping commas not counted).
        var integerDigits: Int
        var hasFraction: Bool
        var hasGrouping: Bool
        /// Some group was joined by a full-width comma (`45，300.00`).
        var fullWidthGrouping = false
        /// The digits as an integer and the power of ten to divide it by (`16.4` = 164 / 10).
        var mantissa = 0.0
        var divisor = 1.0
        var isInteger: Bool { !hasFraction }

        var amount: Amount { Amount(mantissa: mantissa, divisor: divisor) }
    }

    /// Reads an Arabic number at `start` (which must be a digit). A comma joins only a group of
    /// exactly three digits not followed by another digit; a point joins only when a digit follows.
    /// With `fullWidthComma`, `，` joins groups too (the caller checks the number is an amount).
    static func arabic(_ text: ScalarText, at start: Int, fullWidthComma: Bool = false) -> Arabic {
        var j = start
        var integer = 0.0
        var digits = 0
        var grouping = false
        var fullWidth = false
        while true {
            while Scalars.isDigit(text[j]) {
                integer = integer * 10 + Double(Scalars.digit(text[j]))
                digits += 1
                j += 1
            }
            let c = text[j]
            if c == "," || (c == "，" && fullWidthComma), digits <= 3 || grouping, Scalars.isDigit(text[j + 1]), Scalars.isDigit(text[j + 2]),
               Scalars.isDigit(text[j + 3]), !Scalars.isDigit(text[j + 4]) {
                grouping = true
                if c == "，" { fullWidth = true }
                j += 1
                continue
            }
            break
        }
        var result = Arabic(value: integer, end: j, integerDigits: digits, hasFraction: false, hasGrouping: grouping)
        result.fullWidthGrouping = fullWidth
        if text[j] == ".", Scalars.isDigit(text[j + 1]) {
            // All digits as one integer, divided once by a power of ten: 0.3 reads as 0.3, not
            // 0.30000000000000004. `divisor` lets callers multiply (16.4亿) before that division.
            var k = j + 1
            var mantissa = integer
            var divisor = 1.0
            while Scalars.isDigit(text[k]) {
                mantissa = mantissa * 10 + Double(Scalars.digit(text[k]))
                divisor *= 10
                k += 1
            }
            result.value = mantissa / divisor
            result.mantissa = mantissa
            result.divisor = divisor
            result.end = k
            result.hasFraction = true
        } else {
            result.mantissa = integer
        }
        return result
    }

    /// Small integer from ASCII digits `start..<end`.
    static func int(_ text: ScalarText, _ start: Int, _ end: Int) -> Int {
        var value = 0
        for k in start..<end { value = value * 10 + Scalars.digit(text[k]) }
        return value
    }

    /// End of the run of Chinese numeral characters starting at `start`.
    static func chineseRunEnd(_ text: ScalarText, from start: Int) -> Int {
        var j = start
        while Scalars.isChineseNumeral(text[j]) { j += 1 }
        return j
    }

    /// The value of the Chinese numeral `start..<end`, or nil when it is not a well-formed number
    /// (digit-by-digit years `二〇二四`, idioms `三三两两`, `十四五`, a leading 零).
    ///
    /// Colloquial elision is read as Chinese readers do: `三千五` = 3500, `一万二` = 12000,
    /// `两百五` = 250 (a last digit right after a place character counts one place lower).
    static func chinese(_ text: ScalarText, _ start: Int, _ end: Int) -> Double? {
        guard start < end else { return nil }
        var total = 0.0            // completed 万/亿 sections
        var section = 0.0          // value below 万 being built
        var pending: Int? = nil    // a digit waiting for its place
        var lastPlace = Double.infinity  // last 十/百/千 in this section (must decrease)
        var previousPlace: Double? = nil // the place character right before `pending`, if adjacent
        var zero = false
        var any = false
        var k = start
        while k < end {
            let c = text[k]
            if let d = Scalars.chineseDigit(c) {
                if d == 0 {
                    if !any || pending != nil { return nil }
                    zero = true
                    previousPlace = nil
                } else {
                    if pending != nil { return nil }
                    pending = d
                    if k > start, let place = Scalars.chinesePlace(text[k - 1]), !zero { previousPlace = place } else { previousPlace = nil }
                }
                any = true
            } else if let place = Scalars.chinesePlace(c) {
                if place >= 10_000 {
                    let value = section + Double(pending ?? 0)
                    if place == 100_000_000 {
                        guard value > 0 || total > 0 else { return nil }
                        total = (total + value) * place
                    } else {
                        guard value > 0 else { return nil }
                        total += value * place
                    }
                    section = 0
                    lastPlace = .infinity
                } else {
                    guard place < lastPlace else { return nil }
                    let digit: Int
                    if let p = pending { digit = p } else if !any || (place == 10 && section == 0 && zero) { digit = 1 } else { return nil }
                    section += Double(digit) * place
                    lastPlace = place
                }
                pending = nil
                previousPlace = nil
                zero = false
                any = true
            } else {
                return nil
            }
            k += 1
        }
        if let p = pending {
            if let place = previousPlace, place >= 100 { section += Double(p) * place / 10 } else { section += Double(p) }
        }
        return total + section
    }

    /// Decimal digits after 点 in a Chinese number (`三点五` → 5, 1 digit): digits only, each read
    /// alone, and not followed by 十/百/千 (`三点五十分` is a time). Returns (digits, count, end).
    static func chineseFraction(_ text: ScalarText, at k: Int) -> (digits: Double, count: Int, end: Int)? {
        guard text[k] == "点" else { return nil }
        var j = k + 1
        var digits = 0.0
        while let d = Scalars.chineseDigit(text[j]) {
            digits = digits * 10 + Double(d)
            j += 1
        }
        guard j > k + 1, j - k - 1 <= 6 else { return nil }
        if let place = Scalars.chinesePlace(text[j]), place < 10_000 { return nil }
        return (digits, j - k - 1, j)
    }

    /// `两三`, `三四十`, `五六百`: two consecutive digits then an optional place tail, read as a range
    /// (2–3, 30–40, 500–600). Returns nil when `start..<end` is not such a range.
    static func chineseRange(_ text: ScalarText, _ start: Int, _ end: Int) -> (min: Double, max: Double)? {
        guard end - start >= 2, let a = Scalars.chineseDigit(text[start]), let b = Scalars.chineseDigit(text[start + 1]),
              a > 0, b == a + 1 else { return nil }
        // The tail after the pair must be place characters only (十, 百, 千, 万, 亿).
        var scale = 1.0
        var k = start + 2
        var lastPlace = Double.infinity
        while k < end {
            guard let place = Scalars.chinesePlace(text[k]) else { return nil }
            if place < 10_000 { guard place < lastPlace else { return nil }; lastPlace = place }
            scale *= place
            k += 1
        }
        return (Double(a) * scale, Double(b) * scale)
    }

    /// A Chinese integer 1…99 over `start..<end` (months, days, hours, small counts), else nil.
    static func chineseSmall(_ text: ScalarText, _ start: Int, _ end: Int) -> Int? {
        guard end > start, end - start <= 3, let value = chinese(text, start, end), value >= 1, value < 100,
              value == value.rounded() else { return nil }
        return Int(value)
    }
}
