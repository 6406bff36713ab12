import Foundation
import ZhNews
import ZhNewsBatch
import ZhNewsConverter
import ZhNewsExtractor
import ZhNewsModel

/// Two runs over the same inputs (JSON Lines files) compared record by record, matched by `id`
/// (the n-th record with an id in A against the n-th with that id in B).
///
/// A is read first and held; B is streamed. Lines are parsed, and B's records compared, on the
/// batch pool's workers; results are taken in B's order.
struct RunDiff {
    /// A record of B with what happened to it.
    struct Entry: Sendable {
        var id: String
        var difference: RecordDifference?
    }

    /// A line that is not a JSON record.
    struct BadLine: Sendable {
        var file: String
        var lineNumber: Int
        var message: String
    }

    /// The whole comparison.
    struct Comparison {
        var recordsA = 0
        var recordsB = 0
        var unchanged = 0
        /// Records of both runs that differ, in B's order.
        var changed: [RecordDifference] = []
        var onlyInA: [String] = []
        var onlyInB: [String] = []
        var badLines: [BadLine] = []

        /// How many changed records each field changed in, in schema order of first appearance.
        var fieldCounts: [(field: String, records: Int)] {
            var order: [String] = []
            var counts: [String: Int] = [:]
            for difference in changed {
                for field in Set(difference.fields) where counts[field] == nil { order.append(field) }
                for field in Set(difference.fields) { counts[field, default: 0] += 1 }
            }
            let known = FieldSelection.knownFields
            order.sort { (known.firstIndex(of: $0) ?? known.count, $0) < (known.firstIndex(of: $1) ?? known.count, $1) }
            return order.map { ($0, counts[$0]!) }
        }

        var same: Bool { changed.isEmpty && onlyInA.isEmpty && onlyInB.isEmpty && badLines.isEmpty }
    }

    let fields: FieldSelection
    let parallel: Int

    /// Compares the runs in files `a` and `b` (`-` for standard input, for one of them).
    func run(a: String, b: String) throws -> Comparison {
        var result = Comparison()
        // A: every record by id, in order.
        var recordsA: [String: [JSONValue]] = [:]
        var orderA: [String] = []
        try parse(file: a) { number, parsed in
            switch parsed {
            case .success(let (id, record)):
                result.recordsA += 1
                if recordsA[id] == nil { orderA.append(id) }
                recordsA[id, default: []].append(record)
            case .failure(let error):
                result.badLines.append(BadLine(file: a, lineNumber: number, message: "\(error)"))
            }
        }
        // B: each record against A's record of the same id and occurrence.
        let expected = recordsA, fields = fields
        var consumed: [String: Int] = [:]
        let reader = try Self.reader(b)
        let pool = OrderedWorkPool(workers: parallel) { (line: NumberedLine) -> (Int, Swift.Result<(String, JSONValue), any Error>, RecordDifference?) in
            let parsed = Self.parse(line.text)
            // The first record with the id is compared here; a later one on the calling thread.
            guard case .success(let (id, record)) = parsed, let first = expected[id]?.first else { return (line.number, parsed, nil) }
            return (line.number, parsed, Self.difference(id: id, old: first, new: record, fields: fields))
        }
        try pool.run(NumberedLines(reader: reader)) { number, parsed, firstDifference in
            switch parsed {
            case .failure(let error):
                result.badLines.append(BadLine(file: b, lineNumber: number, message: "\(error)"))
            case .success(let (id, record)):
                result.recordsB += 1
                let occurrence = consumed[id, default: 0]
                guard let candidates = expected[id], occurrence < candidates.count else {
                    result.onlyInB.append(id)
                    return
                }
                consumed[id] = occurrence + 1
                let difference = occurrence == 0 ? firstDifference : Self.difference(id: id, old: candidates[occurrence], new: record, fields: fields)
                if let difference { result.changed.append(difference) } else { result.unchanged += 1 }
            }
        }
        for id in orderA {
            let left = recordsA[id]!.count - consumed[id, default: 0]
            result.onlyInA += Array(repeating: id, count: max(0, left))
        }
        return result
    }

    private static func difference(id: String, old: JSONValue, new: JSONValue, fields: FieldSelection) -> RecordDifference? {
        let changes = RecordComparison.changes(old: old, new: new, fields: fields)
        return changes.isEmpty ? nil : RecordDifference(id: id, position: nil, kind: .changed(changes))
    }

    /// A JSON line as (id, record).
    private static func parse(_ line: String) -> Swift.Result<(String, JSONValue), any Error> {
        do {
            let record = try JSONValue(parsing: line)
            guard let id = record["id"]?.stringValue else { throw GoldenFormat.ReadError(description: "a JSON line without an \"id\"") }
            return .success((id, record))
        } catch {
            return .failure(error)
        }
    }

    private func parse(file: String, _ each: (Int, Swift.Result<(String, JSONValue), any Error>) -> Void) throws {
        let reader = try Self.reader(file)
        let pool = OrderedWorkPool(workers: parallel) { (line: NumberedLine) in (line.number, Self.parse(line.text)) }
        try pool.run(NumberedLines(reader: reader)) { number, parsed in each(number, parsed) }
    }

    /// A file that cannot be opened.
    struct UnreadableFile: Error, CustomStringConvertible {
        var description: String
    }

    private static func reader(_ file: String) throws -> LineReader {
        guard let reader = file == "-" ? LineReader(descriptor: 0) : LineReader(path: file) else {
            throw UnreadableFile(description: "cannot open \(file)")
        }
        return reader
    }
}

/// A line of a JSON Lines file with its 1-based number.
struct NumberedLine: Sendable {
    var number: Int
    var text: String
}

/// The non-blank lines of a reader, numbered.
struct NumberedLines: IteratorProtocol {
    let reader: LineReader

    mutating func next() -> NumberedLine? {
        while let line = reader.next() {
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            return NumberedLine(number: reader.lineNumber, text: line)
        }
        return nil
    }
}
