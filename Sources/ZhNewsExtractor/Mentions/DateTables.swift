/// ``DateLexicon`` compiled into lookup tables, once per process.
enum DateTables {
    /// What a word at a scan position starts.
    enum Lead: Sendable {
        case relative(DateLexicon.Step, Int, DateLexicon.Period?)
        case vague
        case period(DateLexicon.Period)
        case weekday(Int)
        case festival(DateLexicon.Festival)
        case lunarMonth(Int)
        case window(Int, cueOnly: Bool)
    }

    struct Guarded<Payload: Sendable>: Sendable {
        let payload: Payload
        let notAfter: Set<Unicode.Scalar>
        let notBefore: Set<Unicode.Scalar>
    }

    static let leads: WordTable<Guarded<Lead>> = {
        var entries: [(String, Guarded<Lead>)] = []
        for w in DateLexicon.relativeWords {
            entries.append((w.word, Guarded(payload: .relative(w.step, w.offset, w.period), notAfter: Set(w.notAfter.unicodeScalars),
                                            notBefore: Set(w.notBefore.unicodeScalars))))
        }
        for w in DateLexicon.vagueWords {
            entries.append((w.word, Guarded(payload: .vague, notAfter: Set(w.notAfter.unicodeScalars),
                                            notBefore: Set(w.notBefore.unicodeScalars))))
        }
        for w in DateLexicon.periodWords {
            entries.append((w.word, Guarded(payload: .period(w.period), notAfter: [], notBefore: [])))
        }
        for w in DateLexicon.weekdays {
            entries.append((w.word, Guarded(payload: .weekday(w.day), notAfter: Set(DateLexicon.notBeforeWeekday.unicodeScalars),
                                            notBefore: Set(DateLexicon.notAfterWeekday.unicodeScalars))))
        }
        for f in DateLexicon.festivals {
            entries.append((f.word, Guarded(payload: .festival(f), notAfter: [], notBefore: [])))
        }
        // Window words are entered with each numeral that may follow them (`近7`, `近两`), so that every
        // entry has two characters at least (see `leadPairs`).
        for w in DateLexicon.windowWords {
            for numeral in "0123456789一二两三四五六七八九十".unicodeScalars {
                entries.append((w.word + String(numeral), Guarded(payload: .window(w.direction, cueOnly: w.cueOnly), notAfter: Set(w.notAfter.unicodeScalars),
                                                                  notBefore: [])))
            }
        }
        for m in DateLexicon.lunarMonths {
            entries.append((m.word, Guarded(payload: .lunarMonth(m.month), notAfter: [], notBefore: [])))
        }
        return WordTable(entries)
    }()

    static let windowTails = WordTable(DateLexicon.windowTails.map { ($0.word, true) })
    static let untilWords = SuffixTable(DateLexicon.untilWords.map { ($0.word, true) })
    /// The first two characters of every lead word, and of `今（24）日` forms: most characters that
    /// start a lead word (中, 国, 大 …) are rejected here without a table lookup.
    static let leadPairs: ScalarPairSet = {
        var set = ScalarPairSet()
        for word in leads.words {
            let scalars = Array(word.unicodeScalars)
            if scalars.count >= 2 { set.insert(scalars[0], scalars[1]) }
        }
        for c in "今昨明".unicodeScalars {
            set.insert(c, "（")
            set.insert(c, "(")
        }
        return set
    }()

    static let festivals = WordTable(DateLexicon.festivals.map { ($0.word, $0) })

    static let notPublishDayBefore = SuffixTable(DateLexicon.notPublishDayBefore.map { ($0.word, true) })
    static let timeApproximations = WordTable(DateLexicon.timeApproximations.map { ($0.word, true) })
    static let periods = WordTable(DateLexicon.periodWords.map { ($0.word, $0.period) })
    static let agoUnits = WordTable(DateLexicon.agoUnits.map { ($0.word, $0.step) })
    static let agoDirections = WordTable(DateLexicon.agoDirections.map { ($0.word, $0.sign) })
    static let since = WordTable(DateLexicon.sinceWords.map { ($0.word, true) })
    static let connectors = WordTable(DateLexicon.rangeConnectors.map { ($0.word, true) })
    static let centuries = SuffixTable(DateLexicon.centuries.map { ($0.word, $0.base) })
    static let forwardCues = SuffixTable(DateLexicon.forwardCues.map { ($0.word, true) })
    static let forwardFollowers = WordTable(DateLexicon.forwardFollowers.map { ($0.word, true) })
    static let weekdays = WordTable(DateLexicon.weekdays.map { ($0.word, $0.day) })
    static let yearParts = WordTable(DateLexicon.periodParts.filter { $0.unit == .year }.map { ($0.word, ($0.from, $0.to)) })
    static let monthParts = WordTable(DateLexicon.periodParts.filter { $0.unit == .month }.map { ($0.word, ($0.from, $0.to)) })
    static let eraNames = SuffixTable(DateLexicon.eraNames.map { ($0.word, true) })
    static let houseNumberFollowers = Set(DateLexicon.houseNumberFollowers.compactMap { $0.word.unicodeScalars.first })
    static let notHourFollowers = Set(DateLexicon.notHourFollowers.compactMap { $0.word.unicodeScalars.first })
    static let bareDayFollowers = WordTable(DateLexicon.bareDayFollowers.map { ($0.word, true) })
    static let notDayPredecessors = Set(DateLexicon.notDayPredecessors.compactMap { $0.word.unicodeScalars.first })
    static let notDayFollowers = Set(DateLexicon.notDayFollowers.compactMap { $0.word.unicodeScalars.first })
    static let notMonthPredecessors = Set(DateLexicon.notMonthPredecessors.compactMap { $0.word.unicodeScalars.first })
}
