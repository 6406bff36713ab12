import Foundation
import ZhNewsModel

/// Page scores averaged (macro: every page counts once; a page whose gold has no date or time
/// is left out of that average), per page, per family (the id up to its first `-`) and over all,
/// printed as the project's dev-set scorer printed them, or as JSON.
struct ScoreTable {
    /// The pages, in file-name order.
    let pages: [PageScore]

    init(pages: [PageScore]) {
        self.pages = pages.sorted { $0.fileName < $1.fileName }
    }

    /// The mean of the values given, in page order; nil when there are none.
    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    struct Averages {
        var pages: Int
        var bodyPrecision: Double?
        var bodyRecall: Double?
        var bodyF1: Double?
        var minimumBodyF1: Double?
        var title: Double?
        var titleIgnoringSpaces: Double?
        var date: Double?
        var dates: Int
        var dateTime: Double?
        var dateTimes: Int
        var authors: Double?
        /// Pages whose body recall is 0.
        var empty: Int

        init(_ rows: [PageScore]) {
            let flag = { (value: Bool) in value ? 1.0 : 0.0 }
            pages = rows.count
            bodyPrecision = ScoreTable.mean(rows.map(\.bodyPrecision))
            bodyRecall = ScoreTable.mean(rows.map(\.bodyRecall))
            bodyF1 = ScoreTable.mean(rows.map(\.bodyF1))
            minimumBodyF1 = rows.map(\.bodyF1).min()
            title = ScoreTable.mean(rows.map { flag($0.title) })
            titleIgnoringSpaces = ScoreTable.mean(rows.map { flag($0.titleIgnoringSpaces) })
            let dateValues = rows.compactMap(\.date).map(flag)
            date = ScoreTable.mean(dateValues)
            dates = dateValues.count
            let timeValues = rows.compactMap(\.dateTime).map(flag)
            dateTime = ScoreTable.mean(timeValues)
            dateTimes = timeValues.count
            authors = ScoreTable.mean(rows.map(\.authors))
            empty = rows.filter { $0.bodyRecall == 0 }.count
        }
    }

    var families: [(name: String, averages: Averages)] {
        let names = Set(pages.map(\.family)).sorted()
        return names.map { name in (name, Averages(pages.filter { $0.family == name })) }
    }

    var all: Averages { Averages(pages) }

    // MARK: Text

    /// The table: per page (unless `quiet`), per family, and the line of averages.
    func text(quiet: Bool) -> String {
        var lines: [String] = []
        if !quiet {
            lines.append(Self.left("page", 24) + " " + [Self.right("body P", 7), Self.right("body R", 7), Self.right("F1", 6), Self.right("title", 5), Self.right("date", 5), Self.right("d+t", 5), Self.right("auth", 5)].joined(separator: " "))
            let mark = { (value: Bool?) in value.map { $0 ? "ok" : "NO" } ?? "-" }
            for row in pages {
                lines.append(Self.left(row.page, 24) + " " + [
                    Self.right(Self.fixed(row.bodyPrecision, 3), 7), Self.right(Self.fixed(row.bodyRecall, 3), 7),
                    Self.right(Self.fixed(row.bodyF1, 3), 6), Self.right(mark(row.title), 5), Self.right(mark(row.date), 5),
                    Self.right(mark(row.dateTime), 5), Self.right(Self.fixed(row.authors, 2), 5),
                ].joined(separator: " "))
                let indent = String(repeating: " ", count: 24) + "   "
                if let error = row.error { lines.append(indent + "error record: \(error) (scored as empty)") }
                if !row.title { lines.append(indent + "title: got \(Self.quoted(row.gotTitle)), gold \(Self.quoted(row.goldTitle))") }
                if row.date == false || row.dateTime == false {
                    lines.append(indent + "published: got \(Self.quoted(row.gotPublished)), gold \(Self.quoted(row.goldPublished))")
                }
                if row.authors < 1 {
                    lines.append(indent + "authors: got \(Self.list(row.gotAuthors)), gold \(Self.list(row.goldAuthors))")
                }
            }
        }
        lines.append([Self.left("family", 8), Self.right("pages", 5), Self.right("body F1", 7), Self.right("min", 6), Self.right("title", 6), Self.right("date", 6), Self.right("d+t", 6), Self.right("auth", 6), Self.right("empty", 5)].joined(separator: " "))
        let average = { (value: Double?) in value.map { Self.right(Self.fixed($0, 3), 6) } ?? Self.right("-", 6) }
        for (name, averages) in families + [("all", all)] {
            lines.append([
                Self.left(name, 8), Self.right(String(averages.pages), 5), Self.right(average(averages.bodyF1), 7),
                Self.right(averages.minimumBodyF1.map { Self.fixed($0, 3) } ?? "-", 6), average(averages.title), average(averages.date),
                average(averages.dateTime), average(averages.authors), Self.right(String(averages.empty), 5),
            ].joined(separator: " "))
        }
        let all = all
        let value = { (value: Double?) in value.map { Self.fixed($0, 3) } ?? "nan" }
        lines.append("pages \(all.pages): body P \(value(all.bodyPrecision)) R \(value(all.bodyRecall)) F1 \(value(all.bodyF1)) | title exact \(value(all.title)) (spaces ignored \(value(all.titleIgnoringSpaces))) | "
            + "date \(value(all.date)) (\(all.dates)) | date+time \(value(all.dateTime)) (\(all.dateTimes)) | author F1 \(value(all.authors))")
        return lines.joined(separator: "\n") + "\n"
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    static func left(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func right(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    private static func quoted(_ text: String?) -> String {
        text.map(JSONValue.quoted) ?? "null"
    }

    private static func list(_ names: [String]) -> String {
        "[" + names.map(JSONValue.quoted).joined(separator: ", ") + "]"
    }

    // MARK: JSON

    /// `{"pages": [...], "families": [...], "all": {...}}`, numbers unrounded.
    func json() -> String {
        func number(_ value: Double?) -> JSONValue {
            guard let value, value.isFinite else { return .null }
            return .number("\(value)")
        }
        func flag(_ value: Bool?) -> JSONValue { value.map(JSONValue.bool) ?? .null }
        func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
        func averages(_ name: String, _ averages: Averages) -> JSONValue {
            .object([
                JSONMember(key: "family", value: .string(name)), JSONMember(key: "pages", value: .number(String(averages.pages))),
                JSONMember(key: "body_p", value: number(averages.bodyPrecision)), JSONMember(key: "body_r", value: number(averages.bodyRecall)),
                JSONMember(key: "body_f1", value: number(averages.bodyF1)), JSONMember(key: "body_f1_min", value: number(averages.minimumBodyF1)),
                JSONMember(key: "title", value: number(averages.title)),
                JSONMember(key: "title_spaces_ignored", value: number(averages.titleIgnoringSpaces)), JSONMember(key: "date", value: number(averages.date)),
                JSONMember(key: "dates", value: .number(String(averages.dates))), JSONMember(key: "datetime", value: number(averages.dateTime)),
                JSONMember(key: "datetimes", value: .number(String(averages.dateTimes))), JSONMember(key: "authors", value: number(averages.authors)),
                JSONMember(key: "empty", value: .number(String(averages.empty))),
            ])
        }
        let rows: [JSONValue] = pages.map { row in
            .object([
                JSONMember(key: "page", value: .string(row.page)), JSONMember(key: "body_p", value: number(row.bodyPrecision)),
                JSONMember(key: "body_r", value: number(row.bodyRecall)), JSONMember(key: "body_f1", value: number(row.bodyF1)),
                JSONMember(key: "title", value: .bool(row.title)), JSONMember(key: "date", value: flag(row.date)),
                JSONMember(key: "datetime", value: flag(row.dateTime)), JSONMember(key: "authors", value: number(row.authors)),
                JSONMember(key: "error", value: string(row.error)),
                JSONMember(key: "got_title", value: string(row.gotTitle)), JSONMember(key: "got_published", value: string(row.gotPublished)),
                JSONMember(key: "got_authors", value: strings(row.gotAuthors)),
                JSONMember(key: "gold_title", value: string(row.goldTitle)), JSONMember(key: "gold_published", value: string(row.goldPublished)),
                JSONMember(key: "gold_authors", value: strings(row.goldAuthors)),
            ])
        }
        let document = JSONValue.object([
            JSONMember(key: "pages", value: .array(rows)),
            JSONMember(key: "families", value: .array(families.map { averages($0.name, $0.averages) })),
            JSONMember(key: "all", value: averages("all", all)),
        ])
        return document.compactJSON + "\n"
    }
}
