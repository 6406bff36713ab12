/// A publish time printed over several lines, one element per line, as a renderer prints a date
/// widget's parts (`2019` / `09/07` / `19:02`): joined into one dated info line
/// (`2019-09-07 19:02`) where the year stands, the other parts left blank.
///
/// Only a line that is a year alone (four digits) followed by a month and day alone (`09/07`,
/// `09-07`, `9月7日`) is joined, blank lines between allowed; a time alone (`19:02`) after them
/// joins too. One pass over the lines.
enum SplitDateLines {
    /// Blank lines allowed between the parts.
    static let maxBlanksBetween = 2
    static let years = 1990...2100

    static func merge(_ lines: [ClassifiedLine]) -> [ClassifiedLine] {
        var result = lines
        var index = 0
        while index < result.count {
            defer { index += 1 }
            guard let year = Self.year(result[index].text), let dayLine = nextContent(result, after: index),
                  let (month, day) = monthDay(result[dayLine].text) else { continue }
            var text = "\(year)-\(pad(month))-\(pad(day))"
            var parts = [dayLine]
            if let timeLine = nextContent(result, after: dayLine), let time = time(result[timeLine].text) {
                text += " " + time
                parts.append(timeLine)
            }
            result[index] = ClassifiedLine(text: text, lineClass: .infoLine, rule: "split-date")
            for part in parts { result[part] = ClassifiedLine(text: "", lineClass: .blank, rule: "split-date") }
            index = parts.last!
        }
        return result
    }

    private static func nextContent(_ lines: [ClassifiedLine], after index: Int) -> Int? {
        var next = index + 1
        var blanks = 0
        while next < lines.count, lines[next].lineClass == .blank, lines[next].text.isEmpty, blanks < maxBlanksBetween {
            next += 1
            blanks += 1
        }
        return next < lines.count && !lines[next].text.isEmpty ? next : nil
    }

    /// Digits of an ASCII number of one to `maxDigits` digits, the whole of `text`.
    private static func number(_ text: Substring, maxDigits: Int) -> Int? {
        guard (1...maxDigits).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    private static func year(_ text: String) -> Int? {
        guard text.utf8.count == 4, let year = number(Substring(text), maxDigits: 4), years.contains(year) else { return nil }
        return year
    }

    /// `09/07`, `09-07`, `9月7日`.
    private static func monthDay(_ text: String) -> (Int, Int)? {
        var body = Substring(text)
        if body.hasSuffix("日") { body = body.dropLast() }
        let parts = body.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" || $0 == "月" }
        guard parts.count == 2, let month = number(parts[0], maxDigits: 2), let day = number(parts[1], maxDigits: 2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (month, day)
    }

    /// `19:02`, `19:02:38`.
    private static func time(_ text: String) -> String? {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == ":" || $0 == "：" }
        guard (2...3).contains(parts.count), let hour = number(parts[0], maxDigits: 2), hour <= 23,
              parts.dropFirst().allSatisfy({ $0.count == 2 && (number($0, maxDigits: 2) ?? 60) <= 59 }) else { return nil }
        return parts.map(String.init).joined(separator: ":")
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
