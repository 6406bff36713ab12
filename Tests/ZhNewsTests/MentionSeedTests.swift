import Testing
import ZhNews
import ZhNewsExtractor
import ZhNewsModel
import ZhNewsTestSupport

/// Issue #6 on the seed pages: the extractors run on the pipeline's records (text and publish date).
@Suite struct MentionSeedTests {
    struct Mentions {
        let dates: [DateMention]
        let figures: [FigureMention]
        let text: String

        init(_ record: Record) {
            text = record.text
            dates = DateExtractor().dates(in: record.text, published: record.published)
            figures = FigureExtractor().figures(in: record.text)
        }

        func figure(_ text: String) -> FigureMention? { figures.first { $0.text == text } }
        func date(_ text: String) -> DateMention? { dates.first { $0.text == text } }

        /// True when a mention covers part of the first occurrence of `word` in the text.
        func touches(_ word: String) -> Bool {
            let scalars = Array(text.unicodeScalars)
            let w = Array(word.unicodeScalars)
            guard let start = (0...(scalars.count - w.count)).first(where: { Array(scalars[$0..<$0 + w.count]) == w }) else {
                return false
            }
            let end = start + w.count
            return figures.contains { $0.start < end && $0.end > start } || dates.contains { $0.start < end && $0.end > start }
        }

        /// Every mention's offsets select its text.
        var offsetsAreCodePoints: Bool {
            let scalars = Array(text.unicodeScalars)
            func slice(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(scalars[a..<b])) }
            return figures.allSatisfy { slice($0.start, $0.end) == $0.text } && dates.allSatisfy { slice($0.start, $0.end) == $0.text }
        }
    }

    static func seed(_ name: String) throws -> Mentions {
        Mentions(try ZhNewsTestSupport.record("Fixtures/\(name)"))
    }

    static func expectFigure(_ m: Mentions, _ text: String, _ value: Double, _ unit: String?,
                             _ qualifier: FigureMention.Qualifier = .exact, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let f = m.figure(text) else {
            Issue.record("no figure \(text); got \(m.figures.map(\.text))", sourceLocation: sourceLocation)
            return
        }
        #expect(f.value == value && f.unit == unit && f.qualifier == qualifier, "\(f)", sourceLocation: sourceLocation)
    }

    @Test func seed000() throws {
        let m = try Self.seed("000_131cf33ef8afb27c.txt")
        #expect(m.offsetsAreCodePoints)
        Self.expectFigure(m, "近1000平方米", 1000, "平方米", .under)
        let thisYear = try #require(m.date("今年"))
        #expect(thisYear.value == "2024" && thisYear.precision == .year && thisYear.relative)
        let decade = try #require(m.date("上世纪70年代"))
        #expect(decade.value == "1970" && decade.precision == .decade && !decade.relative)
        #expect(!m.touches("一老一小"))
        #expect(!m.touches("一系列"))
        #expect(!m.touches("一幅幅"))
    }

    @Test func seed001() throws {
        let m = try Self.seed("001_0c922d49ba9ed05c.txt")
        #expect(m.offsetsAreCodePoints)
        Self.expectFigure(m, "88岁", 88, "岁")
        Self.expectFigure(m, "20余名", 20, "名", .over)
        Self.expectFigure(m, "42份", 42, "份")
        #expect(m.figures.count == 3, "\(m.figures.map(\.text))")
    }

    @Test func seed002() throws {
        let m = try Self.seed("002_adad61cd2cde84bc.txt")
        #expect(m.offsetsAreCodePoints)
        Self.expectFigure(m, "3327名", 3327, "名")
        Self.expectFigure(m, "49805户", 49805, "户")
        Self.expectFigure(m, "152户", 152, "户")
        Self.expectFigure(m, "1万余元", 10000, "元", .over)
        Self.expectFigure(m, "79台", 79, "台")
        Self.expectFigure(m, "880余平方米", 880, "平方米", .over)
        Self.expectFigure(m, "55处", 55, "处")
        Self.expectFigure(m, "1800余平方米", 1800, "平方米", .over)
        Self.expectFigure(m, "50余件", 50, "件", .over)
        Self.expectFigure(m, "100余场", 100, "场", .over)
        Self.expectFigure(m, "160余条", 160, "条", .over)
        #expect(!m.touches("五社联动"))
        #expect(!m.touches("三多"))
        #expect(!m.touches("三多工作法"))
        #expect(!m.figures.contains { $0.text.contains("一年前") })
        // Published is nil: the month and day are known, the year is not.
        let january = try #require(m.date("1月17日"))
        #expect(january.value == "--01-17" && january.precision == .day && !january.relative)
        let since = try #require(m.date("2024年以来"))
        #expect(since.range == DateRange(from: "2024", to: nil))
    }

    @Test func seed003() throws {
        let m = try Self.seed("003_dd8dcf3c6dc5b916.txt")
        #expect(m.offsetsAreCodePoints)
        Self.expectFigure(m, "0.3平方公里", 0.3, "平方公里")
        Self.expectFigure(m, "2800余户", 2800, "户", .over)
        Self.expectFigure(m, "4000余人", 4000, "人", .over)
        Self.expectFigure(m, "600余件", 600, "件", .over)
        #expect(!m.touches("727-8-1号"))
        #expect(!m.touches("一懂三会四个能力"))
        let october = try #require(m.date("10月14日"))
        #expect(october.value == "--10-14" && october.precision == .day)
        let decades = try #require(m.date("50年代到90年代"))
        #expect(decades.range == DateRange(from: "1950", to: "1990") && decades.precision == .decade)
    }

    @Test func seed004() throws {
        let records = try ZhNewsTestSupport.records("Fixtures/004_53050bc7863aed82.txt").map(Mentions.init)
        #expect(records.allSatisfy { $0.offsetsAreCodePoints })
        let all = Mentions.Merged(records)
        for (text, value, unit) in [("1012套", 1012.0, "套"), ("3000米", 3000, "米"), ("3546人", 3546, "人"), ("22对", 22, "对"),
                                    ("500元", 500, "元"), ("150元", 150, "元")] {
            let f = all.figures.first { $0.text == text }
            #expect(f?.value == value && f?.unit == unit, "\(text): \(all.figures.map(\.text))")
        }
        for (text, value, precision) in [("10月28日", "--10-28", DateMention.Precision.day), ("10月25日", "--10-25", .day),
                                         ("8月", "--08", .month)] {
            let d = all.dates.first { $0.text == text }
            #expect(d?.value == value && d?.precision == precision, "\(text): \(all.dates.map(\.text))")
        }
        #expect(!all.figures.contains { $0.text.contains("28") }, "28号楼 is a building")
        #expect(!all.dates.contains { $0.text.contains("28号") })
        #expect(!all.figures.contains { $0.text.contains("两个月") }, "两个月前 is a date")
    }
}

extension MentionSeedTests.Mentions {
    struct Merged {
        let dates: [DateMention]
        let figures: [FigureMention]
        init(_ parts: [MentionSeedTests.Mentions]) {
            dates = parts.flatMap(\.dates)
            figures = parts.flatMap(\.figures)
        }
    }
}
