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
        let first = Numerals.arabic(t, at: i)
        // Leading zeros: area codes, IDs, clock digits.
        if t[i] == "0", first.integerDigits > 1 { return clusterEnd(from: i) }
        var k = first.end
        var second: Numerals.Arabic? = nil
        if (t[k] == "-" || t[k] == "~"), Scalars.isDigit(t[k + 1]) {
            let b = Numerals.arabic(t, at: k + 1)
            guard !continuesCluster(at: b.end), !(t[k + 1] == "0" && b.integerDigits > 1) else { return clusterEnd(from: i) }
            second = b
            k = b.end
        } else if continuesCluster(at: k) {
            // Dates, times, house numbers, versions, IDs, `5G`.
            return clusterEnd(from: i)
        }
        let yearLike = (first.integerDigits == 4 && first.isInteger && !first.hasGrouping)
            || (second.map { $0.integerDigits == 4 && $0.isInteger && !$0.hasGrouping } ?? false)
        if yearLike, t[k] == "年" { return k }
        let end = tail(start: i, low: first.amount, high: second?.amount, at: k, arabic: true)
        return max(end, k)
    }

    /// A figure starting with a Chinese numeral at `i` (a run start); returns where to go on.
    private mutating func chinese(at i: Int) -> Int {
        // 百分之三十, 百分之3.5
        if t[i] == "百", t[i + 1] == "分", t[i + 2] == "之" {
            return percent(start: i, at: i + 3)
        }
        let runEnd = Numerals.chineseRunEnd(t, from: i)
        if FigureTables.blockingPredecessors.match(t, endingAt: i) != nil { return runEnd }
        let length = runEnd - i
        // A bare 一 means "a" (`一个安全的环境`); 零 alone is no figure.
        if length == 1, let d = Scalars.chineseDigit(t[i]), d <= 1 { return runEnd }
        // Place characters alone: only 十, and 百/千/万 before 余/多 (`百余人`).
        if (i..<runEnd).allSatisfy({ Scalars.chineseDigit(t[$0]) == nil }) {
            let ok = (length == 1 && t[i] == "十") || (length == 1 && (t[runEnd] == "余" || t[runEnd] == "多"))
            if !ok { return runEnd }
        }
        let low: Numerals.Amount
        var high: Numerals.Amount? = nil
        if let range = Numerals.chineseRange(t, i, runEnd) {
            low = Numerals.Amount(mantissa: range.min)
            high = Numerals.Amount(mantissa: range.max)
        } else if let value = Numerals.chinese(t, i, runEnd), value > 0 {
            low = Numerals.Amount(mantissa: value)
        } else {
            return runEnd
        }
        let end = tail(start: i, low: low, high: high, at: runEnd, arabic: false)
        return max(end, runEnd)
    }

    /// `百分之` + a number.
    private mutating func percent(start: Int, at k: Int) -> Int {
        let value: Double
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
        }
        let (qualifier, qualifierStart) = prefixQualifier(before: start, duration: false)
        var q = qualifier ?? .exact
        if q == .exact, let suffix = FigureTables.suffixQualifiers.match(t, at: end), suffix.payload != .over || t[end] != "多" {
            q = suffix.payload
            end = suffix.end
        }
        emit(start: q == (qualifier ?? .exact) ? (qualifierStart ?? start) : start, end: end, low: value, high: nil, unit: "%", qualifier: q)
        return end
    }

    // MARK: - After the number

    /// Reads what follows a number (multiplier, range, 余/多, unit, suffix qualifier) and emits the
    /// figure when it has a unit (or, for Arabic digits, a multiplier). Returns the end, or `at` when
    /// nothing was emitted.
    private mutating func tail(start: Int, low first: Numerals.Amount, high second: Numerals.Amount?, at k0: Int, arabic: Bool) -> Int {
        var k = k0
        var low = first
        var high = second
        var multiplied = false
        // Multiplier after Arabic digits, unless a unit starts here (千米, 千克, 千瓦).
        if arabic, FigureTables.units.match(t, at: k) == nil, let m = FigureTables.multipliers.match(t, at: k) {
            low.scale(by: m.payload)
            high?.scale(by: m.payload)
            multiplied = true
            k = m.end
        }
        // A range with a connector: 3至5名, 3万到5万元, 三至五名.
        if high == nil, let connector = FigureTables.rangeConnectors.match(t, at: k) {
            let j = connector.end
            if arabic, Scalars.isDigit(t[j]), !(t[j] == "0" && Scalars.isDigit(t[j + 1])) {
                let b = Numerals.arabic(t, at: j)
                if !continuesCluster(at: b.end) {
                    var hi = b.amount
                    var e = b.end
                    if FigureTables.units.match(t, at: e) == nil, let m = FigureTables.multipliers.match(t, at: e) {
                        hi.scale(by: m.payload)
                        if !multiplied { low.scale(by: m.payload); multiplied = true }
                        e = m.end
                    }
                    if hi > low {
                        high = hi
                        k = e
                    }
                }
            } else if !arabic, Scalars.isChineseNumeral(t[j]) {
                let e = Numerals.chineseRunEnd(t, from: j)
                if let hi = Numerals.chinese(t, j, e), hi > low.value {
                    high = Numerals.Amount(mantissa: hi)
                    k = e
                }
            }
        }
        // 余/多 between the number and the unit, then possibly a multiplier (3千余万元).
        var qualifier = FigureMention.Qualifier.exact
        if let infix = FigureTables.infixQualifiers.match(t, at: k), high == nil {
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
