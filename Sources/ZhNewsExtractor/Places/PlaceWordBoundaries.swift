import ZhNewsICUShim

/// Word-boundary evidence for a name found in running text, from ICU's dictionary word break
/// iterator (`ubrk`, CJ dictionary).
///
/// A name is a false friend when ICU's dictionary puts its first character inside a longer word
/// that starts before it (`盛大庆典` → 盛大|庆典, so `大庆` is no place; `佛罗里达州` → 佛罗里达|州, so
/// `达州` is none), or its last character inside a word that runs on after it (`上海市民` →
/// 上海|市民: `上海` yes, `上海市` no). ICU splits words it does not know into single characters,
/// so the check vetoes only on positive evidence: an unknown name is never rejected. The end is
/// not checked when a division suffix ends the name or follows it (`江阴市区` is 江阴市 + 区 for ICU's
/// 江阴|市区, and `克孜勒苏州` is 克孜勒苏 + 州 for its 苏州): the gazetteer knows those words better.
///
/// ICU's word break costs about 1 µs a character, so only the run of Han characters around a
/// checked name is read (at most ``reach`` characters on each side), once per run: the marks of
/// the last run are kept while later names fall inside it. The iterator is opened on the first
/// check (about 45 µs) and closed with the value.
final class PlaceWordBoundaries {
    /// Characters read on each side of a name, at most.
    static let reach = 24
    /// A cached run is reused for a name with at least this many characters of it on each side
    /// (or the run's true end).
    static let margin = 6

    /// Characters that end division names (`市`, `区`, `州` …): the end is not checked beside them.
    private static let divisionSuffixes: Set<UInt32> = Set("省市县区州盟旗镇乡街村".unicodeScalars.map(\.value))

    private let text: [UInt32]
    private var units: [UInt16] = []
    private var unitStart: [Int32] = []
    private var marks: [UInt8] = []
    private var from = 0, to = 0                 // the cached window of `text`
    private var fromIsRunStart = false, toIsRunEnd = false
    private var breaker: OpaquePointer?
    private var opened = false

    init(text: [UInt32]) {
        self.text = text
    }

    deinit { if let breaker { zh_icu_word_breaker_close(breaker) } }

    /// True unless ICU's dictionary puts the start or the end of `start..<end` inside a word.
    func isWord(start: Int, end: Int) -> Bool {
        let startInside = start > 0 && PlacePatterns.isHan(text[start - 1])
        let endInside = end < text.count && PlacePatterns.isHan(text[end])
            && !Self.divisionSuffixes.contains(text[end - 1]) && !Self.divisionSuffixes.contains(text[end])
        guard startInside || endInside else { return true }
        let cached = to > from && start >= from && end <= to
            && (start - from >= Self.margin || fromIsRunStart) && (to - end >= Self.margin || toIsRunEnd)
        if !cached, !read(around: start, end) { return true }
        let startMark = !startInside || marks[Int(unitStart[start - from])] != 0
        let endMark = !endInside || marks[Int(unitStart[end - from])] != 0
        return startMark && endMark
    }

    private func read(around start: Int, _ end: Int) -> Bool {
        var low = start
        while low > 0, start - low < Self.reach, PlacePatterns.isHan(text[low - 1]) { low -= 1 }
        var high = end
        while high < text.count, high - end < Self.reach, PlacePatterns.isHan(text[high]) { high += 1 }
        from = low
        to = high
        fromIsRunStart = low == 0 || !PlacePatterns.isHan(text[low - 1])
        toIsRunEnd = high == text.count || !PlacePatterns.isHan(text[high])
        units.removeAll(keepingCapacity: true)
        unitStart.removeAll(keepingCapacity: true)
        for position in low..<high {
            unitStart.append(Int32(units.count))
            let value = text[position]
            if value >= 0x10000 {
                let v = value - 0x10000
                units.append(UInt16(0xD800 + (v >> 10)))
                units.append(UInt16(0xDC00 + (v & 0x3FF)))
            } else {
                units.append(UInt16(truncatingIfNeeded: value))
            }
        }
        unitStart.append(Int32(units.count))
        if marks.count < units.count + 1 { marks = [UInt8](repeating: 1, count: units.count + 1) }
        if !opened {
            opened = true
            breaker = zh_icu_word_breaker_open()
        }
        let breaker = self.breaker
        let status = units.withUnsafeBufferPointer { u in
            marks.withUnsafeMutableBufferPointer { m in
                zh_icu_word_boundaries(breaker, u.baseAddress, Int32(u.count), m.baseAddress)
            }
        }
        if status != 0 { to = from }
        return status == 0
    }
}
