import Foundation
import ZhNewsICUShim

/// Open ICU word break iterators kept for reuse (opening one costs about 45 µs, as much as
/// reading a short article's places): a text takes one and gives it back when done.
private final class WordBreakerPool: @unchecked Sendable {
    static let shared = WordBreakerPool()
    private let lock = NSLock()
    private var idle: [OpaquePointer] = []

    func take() -> OpaquePointer? {
        lock.lock()
        let breaker = idle.popLast()
        lock.unlock()
        return breaker ?? zh_icu_word_breaker_open()
    }

    func give(_ breaker: OpaquePointer) {
        lock.lock()
        defer { lock.unlock() }
        if idle.count < 64 { idle.append(breaker) } else { zh_icu_word_breaker_close(breaker) }
    }
}

/// Word-boundary evidence for a name found in running text, from ICU's dictionary word break
/// iterator (`ubrk`, CJ dictionary).
///
/// A name is a false friend when ICU's dictionary puts its first character inside a longer word
/// that starts before it (`盛大庆典` → 盛大|庆典, so `大庆` is no place; `佛罗里达州` → 佛罗里达|州, so
/// `达州` is none). ICU splits words it does not know into single characters, so the check vetoes
/// only on positive evidence: an unknown name is never rejected. Nor is a name whose straddling
/// word is itself a place name (`上海南翔` → 上|海南|翔: two names meet, no common word).
/// The end of a name is not checked: ICU pairs the last character of a name it does not know with
/// the next one too readily (`浑南新区` → 浑|南新|区).
///
final class PlaceWordBoundaries {
    /// Characters read on each side of a name, at most.
    static let reach = 8
    /// A cached run is reused for a name with at least this many characters of it on each side
    /// (or the run's true end).
    static let margin = 4
    /// Characters after which a word starts anyway (division suffixes, particles, conjunctions,
    /// prepositions: `湖北省武汉市`, `在武汉`, `和武汉`): a name after one is not checked.
    private static let breakers: Set<UInt32> = {
        var set = Set("省市县区州盟旗镇乡村街的了在和与及或到至从向往于对是为把被让给由经等".unicodeScalars.map(\.value))
        set.formUnion(PlaceLexicon.cutWords.filter { $0.unicodeScalars.count == 1 }.map { $0.unicodeScalars.first!.value })
        return set
    }()

    private let text: [UInt32]
    private var units: [UInt16] = []
    private var unitStart: [Int32] = []
    private var marks: [UInt8] = []
    private var from = 0, to = 0                 // the cached window of `text`
    private var fromIsRunStart = false, toIsRunEnd = false
    private var breaker: OpaquePointer?
    private var opened = false

    /// True when a scalar sequence is a place name (then it is no evidence against another).
    private let isPlaceName: (ArraySlice<UInt32>) -> Bool

    init(text: [UInt32], isPlaceName: @escaping (ArraySlice<UInt32>) -> Bool) {
        self.text = text
        self.isPlaceName = isPlaceName
    }

    deinit { if let breaker { WordBreakerPool.shared.give(breaker) } }

    /// True unless ICU's dictionary puts the start of `start..<end` inside a word that is no place name.
    func isWord(start: Int, end: Int) -> Bool {
        guard start > 0, PlacePatterns.isHan(text[start - 1]), !Self.breakers.contains(text[start - 1]) else { return true }
        let cached = to > from && start >= from && end <= to
            && (start - from >= Self.margin || fromIsRunStart) && (to - end >= Self.margin || toIsRunEnd)
        if !cached, !read(around: start, end) { return true }
        guard marks[Int(unitStart[start - from])] == 0 else { return true }
        // The word ICU reads across the start: from the boundary before it to the one after it.
        var wordStart = start - 1
        while wordStart > from, marks[Int(unitStart[wordStart - from])] == 0 { wordStart -= 1 }
        var wordEnd = start + 1
        while wordEnd < to, marks[Int(unitStart[wordEnd - from])] == 0 { wordEnd += 1 }
        return isPlaceName(text[wordStart..<wordEnd])
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
            breaker = WordBreakerPool.shared.take()
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
