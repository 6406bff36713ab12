import ZhNewsModel

/// One left-to-right pass over a text's code points that finds numeric figures (see
/// Mentions/README.md for the rules). Mentions never overlap and come out in text order.
struct FigureScanner {
    let t: ScalarText
    private(set) var mentions: [FigureMention] = []

    init(text: ScalarText) { self.t = text }

    mutating func scan() -> [FigureMention] {
        let classes = ScalarClasses.table
        let scalars = t.scalars
        let interesting = ScalarClasses.digit | ScalarClasses.letter | ScalarClasses.chineseNumeral | ScalarClasses.figureIdiom
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            let cls = ScalarClasses.of(c, in: classes)
            if cls & interesting == 0 {
                i += 1
            } else if cls & ScalarClasses.figureIdiom != 0, let idiom = FigureTables.nonFigureWords.match(t, at: i) {
                i = idiom.end
            } else if cls & ScalarClasses.digit != 0 {
                i = arabic(at: i)
            } else if cls & ScalarClasses.letter != 0 {
                i = clusterEnd(from: i)
            } else if cls & ScalarClasses.chineseNumeral != 0 {
                i = chinese(at: i)
            } else {
                i += 1
            }
        }
        return mentions
    }

    /// End of an ASCII cluster: letters, digits and the connectors `- / . : _ # ,` between them.
    private func clusterEnd(from i: Int) -> Int {
        var j = i
        while true {
            let c = t[j]
            if Scalars.isAlnum(c) {
                j += 1
            } else if c == "-" || c == "/" || c == "." || c == ":" || c == "_" || c == "#" || c == "~" || c == "+",
                      Scalars.isAlnum(t[j + 1]) {
                j += 2
            } else {
                return j
            }
        }
    }

    @inline(__always) private func continuesCluster(at k: Int) -> Bool {
        let c = t[k]
        if Scalars.isAlnum(c) { return true }
        switch c {
        case "-", "/", ".", ":", "_", "#", "~", "+": return Scalars.isAlnum(t[k + 1])
        default: return false
        }
    }

    // MARK: - Numbers

    /// A figure starting with Arabic digits at `i` (a cluster start); returns where to go on.
    private mutating func arabic(at i: Int) -> Int {
        if FigureTables.blockingPredecessors.match(t, endingAt: i) != nil { return clusterEnd(from: i) }
        var first = Numerals.arabic(t, at: i, fullWidthComma: true)
        // `45，300.00元`: a full-width comma groups digits only in an amount (decimals, a unit or 万/亿
        // after it); otherwise it is the Chinese comma between two numbers.
        if first.fullWidthGrouping, !first.hasFraction, FigureTables.units.match(t, at: first.end) == nil,
           FigureTables.multipliers.match(t, at: first.end) == nil {
            first = Numerals.arabic(t, at: i)
        }
        // Leading zeros: area codes, IDs, clock digits.
        if t[i] == "0", first.integerDigits > 1 { return clusterEnd(from: i) }
        var k = first.end
        var second: Numerals.Arabic? = nil
        // 3-5, 3~5, and `1.35- 2.7%` (a space after the hyphen).
        let spaced = t[k] == "-" && t[k + 1] == " " && Scalars.isDigit(t[k + 2])
        if (t[k] == "-" || t[k] == "~"), Scalars.isDigit(t[k + 1]) || spaced {
            let from = spaced ? k + 2 : k + 1
            let b = Numerals.arabic(t, at: from)
            guard !continuesCluster(at: b.end), !(t[from] == "0" && b.integerDigits > 1) else { return clusterEnd(from: i) }
            second = b
            k = b.end
        } else if continuesCluster(at: k) {
            // Dates, times, house numbers, versions, IDs, `5G`.
            return clusterEnd(from: i)
        }
        let yearLike = (first.integerDigits == 4 && first.isInteger && !first.hasGrouping)
            || (second.map { $0.integerDigits == 4 && $0.isInteger && !$0.hasGrouping } ?? false)
        if yearLike, t[k] == "年" { return k }
        if t[k] == "年", isDateYear(start: i, yearEnd: k) { return k }
        let sign = signBefore(i)
        let end = tail(start: sign ?? i, low: first.amount, high: second?.amount, at: k, arabic: true, negative: sign != nil)
        return max(end, k)
    }

    /// A figure starting with a Chinese numeral at `i` (a run start); returns where to go on.
    private mutating func chinese(at i: Int) -> Int {
        // 百分之三十, 百分之3.5, 千分之五
        if t[i] == "百" || t[i] == "千", t[i + 1] == "分", t[i + 2] == "之" {
            return percent(start: i, at: i + 3, unit: t[i] == "百" ? "%" : "‰")
        }
        let runEnd = Numerals.chineseRunEnd(t, from: i)
        if FigureTables.blockingPredecessors.match(t, endingAt: i) != nil { return runEnd }
        // 三分之一: a fraction, no unit.
        if t[runEnd] == "分", t[runEnd + 1] == "之" { return fraction(start: i, denominatorEnd: runEnd) }
        if t[runEnd] == "年", isDateYear(start: i, yearEnd: runEnd) { return runEnd + 1 }
        let length = runEnd - i
        let decimal = Numerals.chineseFraction(t, at: runEnd)
        // A bare 一 means "a" (`一个安全的环境`, but `多一倍`); 零 alone is no figure.
        if length == 1, decimal == nil, let d = Scalars.chineseDigit(t[i]), d == 0 || (d == 1 && t[runEnd] != "倍") { return runEnd }
        // “五个中心”, “两个确立”: a quoted slogan that starts with a numeral.
        if FigureTables.openingQuotes.contains(t[i - 1]) {
            var q = runEnd
            while q <= runEnd + 3, !FigureTables.closingQuotes.contains(t[q]), !Scalars.isClauseEnd(t[q]) { q += 1 }
            if FigureTables.closingQuotes.contains(t[q]) { return q }
        }
        var preset: FigureMention.Qualifier? = nil
        var start = i
        // Place characters alone: only 十, 百/千/万 before 余/多 (`百余人`), after a qualifier (`逾万人`),
        // and after 数/几/上 (`数十人`, `几千元`, `上百家`: about that many).
        if (i..<runEnd).allSatisfy({ Scalars.chineseDigit(t[$0]) == nil }) {
            if FigureTables.approximatePrefixes.contains(t[i - 1]), t[i] != "十" || t[i - 1] != "上" {
                preset = .about
                start = i - 1
            } else {
                let qualified = FigureTables.prefixQualifiers.match(t, endingAt: i) != nil
                    && FigureTables.falseQualifiers.match(t, endingAt: i) == nil
                let ok = t[i] == "十" || (length == 1 && (t[runEnd] == "余" || t[runEnd] == "多"))
                    || (length == 1 && qualified)
                if !ok { return runEnd }
            }
        }
        var low: Numerals.Amount
        var high: Numerals.Amount? = nil
        var end = runEnd
        if decimal == nil, let range = Numerals.chineseRange(t, i, runEnd) {
            low = Numerals.Amount(mantissa: range.min)
            high = Numerals.Amount(mantissa: range.max)
        } else if let value = length == 1 ? Scalars.chinesePlace(t[i]) ?? Numerals.chinese(t, i, runEnd) : Numerals.chinese(t, i, runEnd),
                  value > 0 || decimal != nil {
            low = Numerals.Amount(mantissa: value)
            if let decimal {
                // 三点五亿: the decimals, then 万/亿 after them.
                var divisor = 1.0
                for _ in 0..<decimal.count { divisor *= 10 }
                low = Numerals.Amount(mantissa: value * divisor + decimal.digits, divisor: divisor)
                end = decimal.end
                while let place = Scalars.chinesePlace(t[end]), place >= 10_000 {
                    low.scale(by: place)
                    end += 1
                }
            }
        } else {
            return runEnd
        }
        let sign = preset == nil ? signBefore(start) : nil
        let tailEnd = tail(start: sign ?? start, low: low, high: high, at: end, arabic: false, negative: sign != nil,
                           preset: preset)
        return max(tailEnd, end)
    }

    /// `N年` that begins a date rather than a duration: followed by a month (`18年6月`, `109年3月`) or
    /// after an era name (`民国38年`).
    private func isDateYear(start: Int, yearEnd: Int) -> Bool {
        if DateTables.eraNames.match(t, endingAt: start) != nil { return true }
        var k = yearEnd + 1
        if Scalars.isDigit(t[k]) {
            while Scalars.isDigit(t[k]) { k += 1 }
        } else {
            k = Numerals.chineseRunEnd(t, from: k)
        }
        return k > yearEnd + 1 && k - yearEnd <= 3 && t[k] == "月"
    }

    /// A minus sign or 负/零下 right before the number at `i` (`-3℃`, `下降-0.5%`, `负五元`, `零下5℃`),
    /// and where it starts. A hyphen after a digit, a letter or a unit is a connector, not a sign.
    private func signBefore(_ i: Int) -> Int? {
        let c = t[i - 1]
        if c == "-" || c == "－" || c == "−" {
            let before = t[i - 2]
            if Scalars.isAlnum(before) || before == "." || before == "/" || before == "_" || before == "-" { return nil }
            if FigureTables.unitEnds.match(t, endingAt: i - 1) != nil { return nil }
            return i - 1
        }
        if let word = FigureTables.negativeWords.match(t, endingAt: i) {
            if FigureTables.notNegativeBefore.contains(t[word.start - 1]) { return nil }
            return word.start
        }
        return nil
    }

    /// `三分之一`, `五分之二`: numerator over denominator, no unit.
    private mutating func fraction(start: Int, denominatorEnd: Int) -> Int {
        let k = denominatorEnd + 2
        let end = Numerals.chineseRunEnd(t, from: k)
        guard end > k, let denominator = Numerals.chinese(t, start, denominatorEnd), denominator >= 2,
              let numerator = Numerals.chinese(t, k, end), numerator >= 1, numerator < denominator else { return denominatorEnd }
        emit(start: start, end: end, low: numerator / denominator, high: nil, unit: nil, qualifier: .exact)
        return end
    }

    /// `百分之` / `千分之` + a number (Arabic, Chinese, Chinese with decimals `百分之二点四`).
    private mutating func percent(start: Int, at k: Int, unit: String) -> Int {
        var value: Double
        var end: Int
        if Scalars.isDigit(t[k]) {
            let a = Numerals.arabic(t, at: k)
            if continuesCluster(at: a.end) { return k }
            value = a.value
            end = a.end
        } else {
            end = Numerals.chineseRunEnd(t, from: k)
            guard end > k, let v = Numerals.chinese(t, k, end) else { return k }
            value = v
            if let decimal = Numerals.chineseFraction(t, at: end) {
                var divisor = 1.0
                for _ in 0..<decimal.count { divisor *= 10 }
                value = (v * divisor + decimal.digits) / divisor
                end = decimal.end
            }
        }
        let sign = signBefore(start)
        if sign != nil { value = -value }
        let (qualifier, qualifierStart) = prefixQualifier(before: sign ?? start, duration: false)
        var q = qualifier ?? .exact
        if q == .exact, let suffix = FigureTables.suffixQualifiers.match(t, at: end), suffix.payload != .over || t[end] != "多" {
            q = suffix.payload
            end = suffix.end
        }
        let from = sign ?? start
        emit(start: q == (qualifier ?? .exact) ? (qualifierStart ?? from) : from, end: end, low: value, high: nil, unit: unit, qualifier: q)
        return end
    }

    // MARK: - After the number

    /// Reads what follows a number (multiplier, range, 余/多, unit, suffix qualifier) and emits the
    /// figure when it has a unit (or, for Arabic digits, a multiplier). Returns the end, or `at` when
    /// nothing was emitted. `negative`: a sign stood before the number; `preset`: a qualifier the
    /// number itself carries (`数十` is about).
    private mutating func tail(start: Int, low first: Numerals.Amount, high second: Numerals.Amount?, at k0: Int, arabic: Bool,
                               negative: Bool = false, preset: FigureMention.Qualifier? = nil) -> Int {
        var k = k0
        var low = first
        var high = second
        if negative { low.mantissa = -low.mantissa }
        var multiplied = false
        // Multiplier after Arabic digits, unless a unit starts here (千米, 千克, 千瓦).
        if arabic, FigureTables.units.match(t, at: k) == nil, let m = FigureTables.multipliers.match(t, at: k) {
            low.scale(by: m.payload)
            high?.scale(by: m.payload)
            multiplied = true
            k = m.end
        }
        // A range with a connector: 3至5名, 3万到5万元, 三至五名, 三到五万元.
        if high == nil, let (hi, e, lowScale) = rangeEnd(after: k, low: low, arabic: arabic, multiplied: multiplied) {
            if let lowScale {
                low.scale(by: lowScale)
                multiplied = true
            }
            high = hi
            k = e
        }
        // 余/多 between the number and the unit, then possibly a multiplier (3千余万元).
        var qualifier = preset ?? FigureMention.Qualifier.exact
        if let infix = FigureTables.infixQualifiers.match(t, at: k), high == nil, preset == nil {
            qualifier = infix.payload
            k = infix.end
            if FigureTables.units.match(t, at: k) == nil, let m = FigureTables.multipliers.match(t, at: k) {
                low.scale(by: m.payload)
                multiplied = true
                k = m.end
            }
        }
        if FigureTables.notUnitWords.match(t, at: k) != nil { return k0 }
        var unitName: String? = nil
        var unitKind: FigureLexicon.UnitKind? = nil
        if let unit = FigureTables.units.match(t, at: k) {
            let after = unit.end
            let info = unit.payload
            // 两个月前, 3年后: dates. 3栋2单元: an address. 4-digit years were caught before.
            if info.kind == .duration, FigureTables.relativeDateFollowers.match(t, at: after) != nil { return k0 }
            // 2023—2027年: years, not a duration.
            if info.name == "年", !multiplied, arabic, isYear(low.value) || (high.map { isYear($0.value) } ?? false) { return k0 }
            if FigureTables.addressUnits.contains(info.name), Scalars.isDigit(t[after]) || Scalars.isChineseNumeral(t[after]) {
                return k0
            }
            unitName = info.name
            unitKind = info.kind
            k = after
            // 2元到3元, 15%至20%, 6℃～10℃: a range with the unit on both ends.
            if high == nil, let (hi, e) = repeatedUnitRangeEnd(after: k, low: low, unit: info.name) {
                high = hi
                k = e
            }
            // 3元5角, 5块8毛: one amount.
            if high == nil, info.name == "元" || info.name == "块", let (cents, e) = smallChange(at: k) {
                low.mantissa += cents * low.divisor
                k = e
            }
            // 5元/小时, 300元/平方米: a rate.
            if t[k] == "/", let perEnd = FigureTables.units.match(t, at: k + 1)?.end ?? FigureTables.perUnits.match(t, at: k + 1)?.end {
                unitName = info.name + "/" + t.string(k + 1, perEnd)
                k = perEnd
            }
        } else if arabic, let unit = FigureTables.arabicOnlyUnits.match(t, at: k), !unit.payload || low.divisor > 1,
                  FigureTables.notUnitWords.match(t, at: k) == nil, !Scalars.isDigit(t[unit.end]) {
            unitName = t.string(k, unit.end)
            k = unit.end
        } else if !(arabic && multiplied) {
            return k0
        }
        // Qualifier before the number; 近 before a duration means "the last", not "nearly".
        var mentionStart = start
        let (prefix, prefixStart) = prefixQualifier(before: start, duration: unitKind == .duration)
        if qualifier == .exact, let prefix, let prefixStart {
            qualifier = prefix
            mentionStart = prefixStart
        }
        // Qualifier after the unit.
        if qualifier == .exact, let suffix = FigureTables.suffixQualifiers.match(t, at: k) {
            let isMore = t[k] == "多"
            let isShangxia = t[k] == "上"
            // 多 after the unit only after a duration (`3年多`; `3人多次` is another word), and 上下 not
            // before 班/楼 … (`上下班`).
            let wordFollows = (isMore && unitKind != .duration)
                || (isShangxia && FigureTables.notAboutAfterShangxia.contains(t[suffix.end]))
            if !wordFollows {
                qualifier = suffix.payload
                k = suffix.end
            }
        }
        emit(start: mentionStart, end: k, low: low.value, high: high?.value, unit: unitName, qualifier: qualifier)
        return k
    }

    /// The high end of a range after the connector at `k` (`至5`, `到5万`, `到五万`): the amount, where
    /// it ends, and the multiplier the low end shares (`三到五万` = 30000–50000; not `6000到2万`, which
    /// is 6000–20000). Nil unless the high end is above the low end.
    private func rangeEnd(after k: Int, low: Numerals.Amount, arabic: Bool, multiplied: Bool)
        -> (Numerals.Amount, Int, Double?)? {
        guard let connector = FigureTables.rangeConnectors.match(t, at: k) else { return nil }
        let j = connector.end
        if arabic, Scalars.isDigit(t[j]), !(t[j] == "0" && Scalars.isDigit(t[j + 1])) {
            let b = Numerals.arabic(t, at: j)
            guard !continuesCluster(at: b.end) else { return nil }
            var hi = b.amount
            var e = b.end
            var shared: Double? = nil
            if FigureTables.units.match(t, at: e) == nil, let m = FigureTables.multipliers.match(t, at: e) {
                if !multiplied, low.value < hi.value { shared = m.payload }
                hi.scale(by: m.payload)
                e = m.end
            }
            return hi.value > low.value * (shared ?? 1) ? (hi, e, shared) : nil
        }
        if !arabic, Scalars.isChineseNumeral(t[j]) {
            let e = Numerals.chineseRunEnd(t, from: j)
            guard let hi = Numerals.chinese(t, j, e) else { return nil }
            var shared: Double? = nil
            // The high end's trailing 万/亿 is shared when the low end has none and is below the
            // high end's digits (`二百到三百万` = 2–3 million).
            if let place = Scalars.chinesePlace(t[e - 1]), place >= 10_000, e - 1 > j, !multiplied,
               let digits = Numerals.chinese(t, j, e - 1), low.value < digits, low.value < 10_000 {
                shared = place
            }
            return hi > low.value * (shared ?? 1) ? (Numerals.Amount(mantissa: hi), e, shared) : nil
        }
        return nil
    }

    /// After `N<unit>`: a connector and a second number with the same unit (`2元到3元`, `15%至20%`).
    private func repeatedUnitRangeEnd(after k: Int, low: Numerals.Amount, unit: String) -> (Numerals.Amount, Int)? {
        guard let connector = FigureTables.rangeConnectors.match(t, at: k) else { return nil }
        let j = t.skipSpaces(connector.end)
        var hi: Numerals.Amount
        var e: Int
        if Scalars.isDigit(t[j]) {
            let b = Numerals.arabic(t, at: j)
            guard !continuesCluster(at: b.end) else { return nil }
            hi = b.amount
            e = b.end
            if FigureTables.units.match(t, at: e) == nil, let m = FigureTables.multipliers.match(t, at: e) {
                hi.scale(by: m.payload)
                e = m.end
            }
        } else if Scalars.isChineseNumeral(t[j]) {
            e = Numerals.chineseRunEnd(t, from: j)
            guard let v = Numerals.chinese(t, j, e) else { return nil }
            hi = Numerals.Amount(mantissa: v)
        } else {
            return nil
        }
        guard let u = FigureTables.units.match(t, at: e), u.payload.name == unit, hi.value > low.value else { return nil }
        return (hi, u.end)
    }

    /// `5角`, `8毛`, `5角2分` after 元/块: the amount in yuan and the end.
    private func smallChange(at k: Int) -> (Double, Int)? {
        guard let jiao = Scalars.chineseDigit(t[k]) ?? (Scalars.isDigit(t[k]) ? Scalars.digit(t[k]) : nil),
              t[k + 1] == "角" || t[k + 1] == "毛" else { return nil }
        var value = Double(jiao) / 10
        var end = k + 2
        if let fen = Scalars.chineseDigit(t[end]) ?? (Scalars.isDigit(t[end]) ? Scalars.digit(t[end]) : nil), t[end + 1] == "分" {
            value += Double(fen) / 100
            end += 2
        }
        if t[end] == "钱" { end += 1 }
        return (value, end)
    }

    private func isYear(_ value: Double) -> Bool { value >= 1000 && value < 3000 && value == value.rounded() }

    /// The qualifier right before `start` (`近`, `超过`, `约` …) and where it starts, unless it is
    /// the end of another word (`节约`, `附近`) or 近 before a duration.
    private func prefixQualifier(before start: Int, duration: Bool) -> (FigureMention.Qualifier?, Int?) {
        guard let match = FigureTables.prefixQualifiers.match(t, endingAt: start) else { return (nil, nil) }
        if FigureTables.falseQualifiers.match(t, endingAt: start) != nil { return (nil, nil) }
        if duration, t[start - 1] == "近" { return (nil, nil) }
        return (match.payload, match.start)
    }

    private mutating func emit(start: Int, end: Int, low: Double, high: Double?, unit: String?, qualifier: FigureMention.Qualifier) {
        mentions.append(FigureMention(
            text: t.string(start, end), start: start, end: end, value: low, unit: unit, qualifier: qualifier,
            min: high == nil ? nil : low, max: high))
    }
}
