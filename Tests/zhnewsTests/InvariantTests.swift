import Foundation
import Testing
import ZhNewsTestSupport

/// Invariants of a whole batch, over a seeded random mix of a few hundred inputs (fixture pages,
/// truncated copies, random bytes, empty and binary files, missing paths, GBK and Big5 pages):
/// every input id appears, in input order; every line is a JSON object valid against
/// docs/record.schema.json with its keys in the documented order; the exit status is 1 exactly
/// when there are error records; and the output is byte-identical whatever `--parallel` is.
@Suite("Batch invariants", .tags(.slow))
struct InvariantTests {
    static let seed: UInt64 = 20_240_812
    static let inputCount = 240

    /// The documented key order (docs/SCHEMA.md: "keys always in the order below").
    static let recordKeys = ["schema", "id", "input", "title", "kicker", "subtitle", "published", "outlet", "bylines", "script", "text", "dates", "places", "world_places", "figures", "warnings"]
    static let errorKeys = ["schema", "id", "input", "error"]
    static let inputKeys = ["path", "url", "format", "encoding", "encoding_source", "part", "parts"]

    /// Makes the mix in `scratch`; returns the paths to pass, in order (missing ones included).
    static func makeMix(in scratch: ScratchDirectory) throws -> [String] {
        var generator = SeededGenerator(seed: seed)
        let pages = FixturePaths.pages().filter { !$0.hasPrefix("Fixtures/encoding/") }
        let legacy = ["Fixtures/encoding/gbk-undeclared.html", "Fixtures/encoding/big5-undeclared.html", "Fixtures/html/county-gbk.html", "Fixtures/html/taiwan-big5.html"]
        try #require(pages.count >= 10, "fixture pages not found")
        var paths: [String] = []
        for index in 0..<inputCount {
            let roll = Int.random(in: 0..<100, using: &generator)
            let name: String
            switch roll {
            case 0..<30:  // a fixture page as it is
                let page = pages.randomElement(using: &generator)!
                name = try scratch.write("mix/\(index)-page.\((page as NSString).pathExtension)", FixturePaths.bytes(page))
            case 30..<50:  // a truncated copy
                let page = pages.randomElement(using: &generator)!
                let bytes = try FixturePaths.bytes(page)
                let cut = Int.random(in: 1..<bytes.count, using: &generator)
                name = try scratch.write("mix/\(index)-cut.\((page as NSString).pathExtension)", Array(bytes[..<cut]))
            case 50..<60:  // random bytes
                let bytes = (0..<Int.random(in: 1...4096, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                name = try scratch.write("mix/\(index)-random.html", bytes)
            case 60..<65:
                name = try scratch.write("mix/\(index)-empty.txt", [UInt8]())
            case 65..<75:  // binary formats by signature
                let signatures: [[UInt8]] = [[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], [0xFF, 0xD8, 0xFF, 0xE0], Array("%PDF-1.7\n".utf8), [0x50, 0x4B, 0x03, 0x04], [0x1F, 0x8B, 0x08, 0x00]]
                let body = (0..<Int.random(in: 16...2048, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
                name = try scratch.write("mix/\(index)-binary.html", signatures.randomElement(using: &generator)! + body)
            case 75..<82:  // a path that does not exist
                name = "mix/\(index)-missing.html"
            default:  // GBK and Big5 pages
                let page = legacy.randomElement(using: &generator)!
                name = try scratch.write("mix/\(index)-legacy.html", FixturePaths.bytes(page))
            }
            paths.append(name)
        }
        return paths
    }

    /// Checks one run's invariants; returns its stdout when it ran.
    static func check(_ run: ToolRun, inputs: [String], label: String, validator: JSONSchemaValidator) {
        #expect(!run.timedOut, "\(label): did not finish: \(run.digest)")
        #expect(run.crashReport == nil, "\(label): crashed: \(run.crashReport ?? "")")
        let lines = OutputLines(run.stdout)
        #expect(lines.endsWithNewline, "\(label): output ends mid-line")
        #expect(lines.unparsable.isEmpty, "\(label): \(lines.unparsable.count) lines are not JSON objects, e.g. \(lines.unparsable.prefix(2))")
        var schemaFailures: [String] = []
        var orderFailures: [String] = []
        for line in lines.lines {
            let errors = validator.errors(for: line.value)
            if !errors.isEmpty { schemaFailures.append("\(line.id): \(errors.prefix(3))") }
            let keys = line.value.keys
            if keys != (line.errorCode == nil ? recordKeys : errorKeys) { orderFailures.append("\(line.id): keys \(keys)") }
            if line.value["input"]?.keys != inputKeys { orderFailures.append("\(line.id): input keys \(line.value["input"]?.keys ?? [])") }
        }
        #expect(schemaFailures.isEmpty, "\(label): \(schemaFailures.count) lines do not match record.schema.json: \(schemaFailures.prefix(5))")
        #expect(orderFailures.isEmpty, "\(label): keys out of the documented order: \(orderFailures.prefix(5))")
        // Every input, once, in input order; nothing else.
        let missing = Set(inputs).subtracting(lines.inputIDs)
        #expect(missing.isEmpty, "\(label): no line for \(missing.count) inputs: \(missing.sorted().prefix(10))")
        let extra = Set(lines.inputIDs).subtracting(inputs)
        #expect(extra.isEmpty, "\(label): ids that are no input: \(extra.sorted().prefix(10))")
        let order = lines.inputIDs.filter(Set(inputs).contains)
        #expect(order == inputs.filter(Set(order).contains), "\(label): inputs are not in input order")
        var runs: [String] = []  // input ids by run of consecutive lines: each input's lines together
        for line in lines.lines where runs.last != line.inputID { runs.append(line.inputID) }
        #expect(runs.count == Set(runs).count, "\(label): an input's lines are not together")
        let expectedStatus: Int32 = lines.hasErrorRecords ? 1 : 0
        #expect(run.exitStatus == expectedStatus, "\(label): exit status should be \(expectedStatus) (\(lines.hasErrorRecords ? "there are" : "no") error records): \(run.digest)")
    }

    @Test("a seeded mix: every id, valid lines, status 1 iff errors, identical output for --parallel 1 and 2")
    func seededMix() async throws {
        let scratch = try ScratchDirectory("invariants")
        defer { scratch.remove() }
        let inputs = try Self.makeMix(in: scratch)
        let validator = try JSONSchemaValidator.recordSchema()
        // The mix must really be mixed, or the invariants are cheap.
        let kinds = Set(inputs.map { $0.split(separator: "-").last.map { String($0.split(separator: ".").first ?? "") } ?? "" })
        #expect(kinds.isSuperset(of: ["page", "cut", "random", "empty", "binary", "missing", "legacy"]), "the mix lacks some kinds: \(kinds.sorted())")

        async let defaultRun = ZhNewsRunner.run(["extract"] + inputs, in: scratch, timeout: 90)
        async let serialRun = ZhNewsRunner.run(["extract", "--parallel", "1"] + inputs, in: scratch, timeout: 90)
        async let parallelRun = ZhNewsRunner.run(["extract", "--parallel", "2"] + inputs, in: scratch, timeout: 90)
        let runs = try await [("default", defaultRun), ("--parallel 1", serialRun), ("--parallel 2", parallelRun)]

        for (label, run) in runs {
            if run.exitStatus == 2 {
                Issue.record("zhnews extract \(label) was refused as a usage error (is --parallel implemented?): \(run.stderrExcerpt)")
                continue
            }
            Self.check(run, inputs: inputs, label: label, validator: validator)
        }
        let serial = runs[1].1, parallel = runs[2].1
        if serial.exitStatus != 2 && parallel.exitStatus != 2 {
            #expect(serial.stdout == parallel.stdout, "--parallel 1 and --parallel 2 wrote different output (\(serial.stdout.count) vs \(parallel.stdout.count) bytes); first difference at byte \(zip(serial.stdout, parallel.stdout).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(serial.stdout.count, parallel.stdout.count))")
            #expect(serial.stdout == runs[0].1.stdout, "the default run and --parallel 1 wrote different output")
            #expect(serial.exitStatus == parallel.exitStatus, "exit status differs with --parallel: \(serial.exitStatus ?? -1) vs \(parallel.exitStatus ?? -1)")
        }
    }

    // MARK: - The validator itself

    /// A schema of our own that uses every keyword the validator supports, so the validator is
    /// tested whatever docs/record.schema.json becomes.
    static let inlineSchema = ##"""
        {"$defs": {
           "span": {"type": "object", "required": ["start", "end"],
                    "properties": {"start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0}}},
           "item": {"allOf": [{"$ref": "#/$defs/span"}], "required": ["kind"],
                    "properties": {"kind": {"enum": ["a", "b", null]}, "name": {"type": "string", "minLength": 1},
                                   "code": {"type": ["string", "null"], "pattern": "^[0-9]{3}$"}}}},
         "oneOf": [
           {"type": "object", "required": ["v", "items"], "additionalProperties": false,
            "properties": {"v": {"const": 1}, "items": {"type": "array", "items": {"$ref": "#/$defs/item"}}}},
           {"type": "object", "required": ["v", "error"], "additionalProperties": false,
            "properties": {"v": {"const": 1}, "error": {"type": "string"}}}]}
        """##
    static let goodItems = #"{"v":1,"items":[{"start":0,"end":2,"kind":"a","name":"x","code":"123"},{"start":1,"end":1,"kind":null,"code":null}]}"#

    @Test("the schema validator accepts valid values and rejects broken ones", arguments: [
        ("a valid value", goodItems, nil),
        ("the other branch", #"{"v":1,"error":"e"}"#, nil),
        ("neither branch", #"{"v":1,"items":[],"error":"e"}"#, "matches none of oneOf"),
        ("a missing key through $ref", goodItems.replacingOccurrences(of: #""start":0,"#, with: ""), "missing required key \"start\""),
        ("below a minimum", goodItems.replacingOccurrences(of: #""start":0"#, with: #""start":-1"#), "below the minimum"),
        ("not an integer", goodItems.replacingOccurrences(of: #""start":0"#, with: #""start":0.5"#), "expected integer"),
        ("not in the enum", goodItems.replacingOccurrences(of: #""kind":"a""#, with: #""kind":"c""#), "is not one of"),
        ("too short", goodItems.replacingOccurrences(of: #""name":"x""#, with: #""name":"""#), "shorter than 1"),
        ("not matching the pattern", goodItems.replacingOccurrences(of: #""code":"123""#, with: #""code":"12a""#), "does not match"),
        ("a wrong const", goodItems.replacingOccurrences(of: #""v":1"#, with: #""v":2"#), "expected 1"),
        ("an unknown key", goodItems.replacingOccurrences(of: #""v":1,"#, with: #""v":1,"x":1,"#), "unexpected key \"x\""),
        ("a wrong type", #"{"v":1,"items":{}}"#, "expected array"),
    ] as [(String, String, String?)])
    func validatorOnInlineSchema(label: String, line: String, expectedError: String?) throws {
        let validator = try JSONSchemaValidator(schema: JSONParser.parse(Self.inlineSchema))
        let errors = validator.errors(for: try JSONParser.parse(line))
        if let expectedError {
            #expect(errors.contains { $0.contains(expectedError) }, "\(label): expected an error containing \"\(expectedError)\", got \(errors)")
        } else {
            #expect(errors.isEmpty, "\(label): \(errors)")
        }
    }

    @Test("the schema validator refuses schemas with keywords it does not implement")
    func validatorRefusesUnknownKeywords() throws {
        #expect(throws: JSONSchemaValidator.UnsupportedSchema.self) {
            try JSONSchemaValidator(schema: JSONParser.parse(#"{"type":"object","patternProperties":{"^x":{"type":"string"}}}"#))
        }
        #expect(throws: JSONSchemaValidator.UnsupportedSchema.self) {
            try JSONSchemaValidator(schema: JSONParser.parse(##"{"$ref":"#/$defs/missing"}"##))
        }
    }

    /// Minimal lines (empty mention lists, so mention schema changes do not matter here).
    static let goodRecord = #"{"schema":1,"id":"a.html","input":{"path":"a.html","url":null,"format":"html","encoding":"UTF-8","encoding_source":"declared","part":1,"parts":1},"title":"标题","kicker":null,"subtitle":null,"published":"2024-08-12T17:55:00+08:00","outlet":"荆楚网","bylines":[{"role":"reporter","label":"记者","name":"张世鑫"}],"script":"hans","text":"正文","dates":[],"places":[],"figures":[],"warnings":[{"code":"x","message":"y"}]}"#
    static let goodError = #"{"schema":1,"id":"x","input":{"path":"x","url":null,"format":null,"encoding":null,"encoding_source":null,"part":1,"parts":1},"error":{"code":"not-found","message":"no such file"}}"#

    @Test("docs/record.schema.json through the validator: valid lines pass, broken ones fail", arguments: [
        ("a valid record", goodRecord, nil),
        ("a valid error record", goodError, nil),
        ("a missing key", goodRecord.replacingOccurrences(of: #""kicker":null,"#, with: ""), "missing required key \"kicker\""),
        ("an unknown key", goodRecord.replacingOccurrences(of: #""kicker":null,"#, with: #""kicker":null,"extra":1,"#), "unexpected key \"extra\""),
        ("a bad role", goodRecord.replacingOccurrences(of: #""role":"reporter""#, with: #""role":"boss""#), "is not one of"),
        ("a bad publish time", goodRecord.replacingOccurrences(of: "2024-08-12T17:55:00+08:00", with: "12 Aug 2024"), "does not match"),
        ("a string part", goodRecord.replacingOccurrences(of: #""part":1,"parts":1"#, with: #""part":"1","parts":1"#), "expected integer"),
        ("part 0", goodRecord.replacingOccurrences(of: #""part":1,"#, with: #""part":0,"#), "below the minimum"),
        ("schema 2", goodError.replacingOccurrences(of: #"{"schema":1"#, with: #"{"schema":2"#), "matches none of oneOf"),
        ("an unknown error code", goodError.replacingOccurrences(of: "not-found", with: "oops"), "is not one of"),
        ("an empty byline name", goodRecord.replacingOccurrences(of: #""name":"张世鑫""#, with: #""name":"""#), "shorter than 1"),
        ("an error record with a record's key", goodError.replacingOccurrences(of: #""error":"#, with: #""text":"","error":"#), "matches none of oneOf"),
    ] as [(String, String, String?)])
    func validatorOnRecordSchema(label: String, line: String, expectedError: String?) throws {
        let validator = try JSONSchemaValidator.recordSchema()
        let errors = validator.errors(for: try JSONParser.parse(line))
        if let expectedError {
            #expect(errors.contains { $0.contains(expectedError) }, "\(label): expected an error containing \"\(expectedError)\", got \(errors)")
        } else {
            #expect(errors.isEmpty, "\(label): \(errors)")
        }
    }

    @Test("the JSON parser refuses what is not strict JSON", arguments: [
        #"{"a":1,"a":2}"#, #"{"a":01}"#, "{\"a\":\"\u{1}\"}", #"{"a":"\ud800"}"#, #"{"a":1}x"#, #"{"a":NaN}"#, #"{'a':1}"#, #"{"a":1,}"#,
    ])
    func strictParser(text: String) {
        #expect(throws: JSONParser.Failure.self, "accepted \(text)") { try JSONParser.parse(text) }
    }

    @Test("the JSON parser reads escapes, surrogate pairs, numbers and key order")
    func parserReads() throws {
        let value = try JSONParser.parse(#"{"z":"a\n\"\u00e9\ud83d\ude00/","b":[1,-2.5,true,null,-2.5e3],"a":{}}"#)
        #expect(value.keys == ["z", "b", "a"])
        #expect(value["z"]?.stringValue == "a\n\"é😀/")
        #expect(value["b"]?.arrayValue?.map(\.typeName) == ["integer", "number", "boolean", "null", "integer"])
        #expect(value["b"]?.arrayValue?[4].numberValue == -2500)
    }
}
