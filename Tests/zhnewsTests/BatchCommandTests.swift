import Foundation
import Testing
import ZhNewsTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The batch modes of `zhnews extract`, run through the built binary: WARC archives,
/// `--stdin-jsonl` (batch and interactive), `--input-file`, `--output-dir`, `--parallel`, `-o`,
/// usage errors, and what goes to standard error.
@Suite("Batch command")
struct BatchCommandTests {
    // MARK: - Fixtures

    static let seed0 = "Fixtures/000_131cf33ef8afb27c.txt"
    static let seed1 = "Fixtures/001_0c922d49ba9ed05c.txt"
    /// A seed page that holds three articles.
    static let seedSeveral = "Fixtures/004_53050bc7863aed82.txt"
    /// An e-paper page that holds two articles.
    static let epaper = "Fixtures/flattened/epaper-page.txt"
    static let gbkPage = "Fixtures/html/county-gbk.html"
    static let utf8HTML = "Fixtures/html/jingchu-portal.html"
    static let warcGz = "Fixtures/warc/crawl.warc.gz"
    static let warcPlain = "Fixtures/warc/crawl.warc"

    /// `WARC-Record-ID` of record `n` in the fixture crawl (scripts/make-warc-fixtures.py).
    static func recordID(_ number: Int) -> String {
        "<urn:uuid:00000000-0000-4000-8000-\(String(repeating: "0", count: 12 - String(number).count))\(number)>"
    }

    static let crawlURL = "http://news.example.cn/2024/08/12/"
    /// The HTML pages of the crawl, in record order: record number and target URI.
    static let crawlPages: [(number: Int, url: String)] = [
        (3, crawlURL + "jingchu-portal.html"),
        (4, crawlURL + "county-gbk.html"),
        (5, crawlURL + "split-divs.html"),
        (6, crawlURL + "wechat-article.html"),
    ]

    // MARK: - Running the binary

    /// The binary next to the test bundle (found as ``CommandLineTests/binary`` finds it).
    static let binary: URL? = CommandLineTests.binary

    /// A closed pipe must show up as a write error here, not kill the test runner.
    static let ignoreSIGPIPE: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String

        var text: String { String(decoding: stdout, as: UTF8.self) }
        /// The output's lines, without their line ends.
        var rawLines: [String] {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            return lines
        }
        /// Every line parsed (a line that is not a JSON object fails the test that reads it).
        var records: [[String: Any]] {
            rawLines.map { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? ["unparsable": $0] }
        }
        var ids: [String] { records.map { $0["id"] as? String ?? "(no id)" } }
    }

    struct TimedOut: Error, CustomStringConvertible {
        var arguments: [String]
        var description: String { "zhnews \(arguments.joined(separator: " ")) did not finish in time" }
    }

    /// Reads a pipe to its end on a thread of its own, so neither pipe of a child fills up and
    /// blocks it while the other is read.
    final class PipeDrain: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        func wait(until deadline: DispatchTime) -> Data? {
            done.wait(timeout: deadline) == .success ? data : nil
        }
    }

    static func makeProcess(_ arguments: [String], in directory: URL) throws -> (Process, stdin: Pipe, stdout: Pipe, stderr: Pipe) {
        _ = ignoreSIGPIPE
        let binary = try #require(Self.binary, "zhnews binary not found next to the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        return (process, input, output, error)
    }

    /// Runs `zhnews` with `arguments` from the package root (or `directory`), standard input
    /// given (and closed), within `timeout` seconds.
    static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL = FixturePaths.root, timeout: Double = 60) throws -> Run {
        let (process, input, output, error) = try makeProcess(arguments, in: directory)
        try process.run()
        let out = PipeDrain(output.fileHandleForReading), err = PipeDrain(error.fileHandleForReading)
        let writer = input.fileHandleForWriting
        if let stdin {
            Thread.detachNewThread {
                try? writer.write(contentsOf: stdin)
                try? writer.close()
            }
        } else {
            try writer.close()
        }
        let deadline = DispatchTime.now() + timeout
        guard let stdoutData = out.wait(until: deadline), let stderrData = err.wait(until: deadline) else {
            process.terminate()
            process.waitUntilExit()
            throw TimedOut(arguments: arguments)
        }
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: stdoutData, stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// A fresh empty directory, removed after `body`.
    static func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhnews-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }

    /// Every regular file under `directory`, relative to it, hidden ones included.
    static func files(under directory: URL) -> Set<String> {
        var result: Set<String> = []
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return result }
        while let name = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.insert(name)
            }
        }
        return result
    }

    static func input(_ record: [String: Any]) -> [String: Any] { record["input"] as? [String: Any] ?? [:] }
    static func errorCode(_ record: [String: Any]) -> String? { (record["error"] as? [String: Any])?["code"] as? String }
    /// The id without its `#n` article suffix.
    static func pageID(_ id: String) -> String { String(id.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "") }

    static func json(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
    }

    // MARK: - WARC

    @Test("a .warc.gz: one record per HTML response, ids and urls from the WARC headers, the cut record last, exit 1")
    func warcGzip() throws {
        let run = try Self.run(["extract", Self.warcGz])
        #expect(run.status == 1)
        let records = run.records
        try #require(records.count == 5, "records: \(run.ids)")
        #expect(run.ids == Self.crawlPages.map { Self.recordID($0.number) } + [Self.recordID(11)])
        for (record, page) in zip(records, Self.crawlPages) {
            #expect(record["schema"] as? Int == 1)
            #expect(record["error"] == nil)
            #expect(Self.input(record)["path"] as? String == Self.warcGz)
            #expect(Self.input(record)["url"] as? String == page.url)
            #expect((record["text"] as? String)?.isEmpty == false)
        }

        // The GBK page declares no charset; the HTTP header's `charset=gbk` decodes it.
        let gbk = records[1]
        let encoding = (Self.input(gbk)["encoding"] as? String ?? "").uppercased()
        #expect(encoding == "GBK" || encoding == "GB18030", "encoding \(encoding)")
        #expect(Self.input(gbk)["encoding_source"] as? String == "caller")
        let direct = try #require(try Self.run(["extract", Self.gbkPage]).records.first)
        #expect(gbk["title"] as? String == direct["title"] as? String)
        #expect(gbk["text"] as? String == direct["text"] as? String)
        #expect((gbk["title"] as? String)?.contains("街道") == true)

        let cut = records[4]
        #expect(Self.errorCode(cut) == "truncated")
        #expect(Self.input(cut)["url"] as? String == Self.crawlURL + "long-related.html")
        #expect(Self.input(cut)["path"] as? String == Self.warcGz)

        let summary = run.stderr.split(separator: "\n").map(String.init)
        #expect(summary.count == 1, "stderr: \(run.stderr)")
        #expect(run.stderr.hasPrefix("zhnews: 5 inputs, 4 articles, 1 error (truncated 1), "))
        #expect(run.stderr.contains("6 archive records skipped (metadata 1, request 1, response 2, revisit 1, warcinfo 1)"))
    }

    @Test("the plain .warc gives the .warc.gz's page records, without the cut one, exit 0")
    func warcPlain() throws {
        let gzip = try Self.run(["extract", Self.warcGz])
        let plain = try Self.run(["extract", Self.warcPlain])
        #expect(plain.status == 0)
        #expect(plain.ids == Self.crawlPages.map { Self.recordID($0.number) })
        #expect(plain.stderr.contains("4 inputs, 4 articles, 0 errors"))
        #expect(plain.stderr.contains("6 archive records skipped (metadata 1, request 1, response 2, revisit 1, warcinfo 1)"))
        // The same records but for input.path.
        let pages = gzip.rawLines.dropLast()
        try #require(pages.count == plain.rawLines.count)
        for (fromGzip, fromPlain) in zip(pages, plain.rawLines) {
            let expected = fromGzip.replacingOccurrences(of: "\"path\":\"\(Self.warcGz)\"", with: "\"path\":\"\(Self.warcPlain)\"")
            #expect(expected == fromPlain)
        }
    }

    @Test("a directory holding a .warc.gz is expanded into the archive's records")
    func warcInDirectory() throws {
        try Self.withTemporaryDirectory { directory in
            let crawl = directory.appendingPathComponent("crawl")
            try FileManager.default.createDirectory(at: crawl, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: FixturePaths.root.appendingPathComponent(Self.warcGz), to: crawl.appendingPathComponent("a.warc.gz"))
            try FileManager.default.copyItem(at: FixturePaths.root.appendingPathComponent(Self.seed0), to: crawl.appendingPathComponent("b.txt"))
            let run = try Self.run(["extract", "crawl"], in: directory)
            #expect(run.status == 1)
            #expect(run.ids == Self.crawlPages.map { Self.recordID($0.number) } + [Self.recordID(11), "crawl/b.txt"])
            for record in run.records.prefix(5) {
                #expect(Self.input(record)["path"] as? String == "crawl/a.warc.gz")
            }
            #expect(run.records.last?["error"] == nil)
            #expect(run.stderr.contains("6 inputs, 5 articles, 1 error (truncated 1), 6 archive records skipped"))
        }
    }

    // MARK: - --stdin-jsonl

    @Test("--stdin-jsonl: each request's lines in request order, ids as given, bad lines as bad-request records")
    func stdinJSONL() throws {
        let html = try String(contentsOf: FixturePaths.root.appendingPathComponent(Self.utf8HTML), encoding: .utf8)
        let text = try String(contentsOf: FixturePaths.root.appendingPathComponent(Self.seed0), encoding: .utf8)
        let requests: [String] = [
            try Self.json(["id": "several", "url": "https://example.cn/several", "path": Self.seedSeveral]),
            try Self.json(["id": "inline-html", "url": "https://example.cn/portal", "html": html]),
            try Self.json(["id": "inline-text", "text": text]),
            try Self.json(["id": "gbk", "path": Self.gbkPage, "encoding": "gbk"]),
            "{\"id\": \"broken\", ",
            try Self.json(["url": "https://example.cn/no-id", "text": text]),
            try Self.json(["id": "two-sources", "html": "<p>一</p>", "text": "二"]),
            try Self.json(["id": "missing", "path": "Fixtures/does-not-exist.html"]),
            try Self.json(["id": "gbk-detected", "path": Self.gbkPage]),
        ]
        let stdin = Data((requests.joined(separator: "\n") + "\n").utf8)
        let run = try Self.run(["extract", "--stdin-jsonl"], stdin: stdin)
        #expect(run.status == 1)
        #expect(run.ids == [
            "several#1", "several#2", "several#3", "inline-html", "inline-text", "gbk",
            "stdin:5", "stdin:6", "two-sources", "missing", "gbk-detected",
        ])
        let byID = Dictionary(run.records.map { ($0["id"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })

        for part in 1...3 {
            let record = try #require(byID["several#\(part)"])
            #expect(Self.input(record)["url"] as? String == "https://example.cn/several")
            #expect(Self.input(record)["path"] as? String == Self.seedSeveral)
            #expect(Self.input(record)["part"] as? Int == part)
            #expect(Self.errorCode(record) == nil)
        }

        let fromFiles = try Self.run(["extract", Self.utf8HTML, Self.seed0]).records
        try #require(fromFiles.count == 2)
        let inlineHTML = try #require(byID["inline-html"])
        #expect(Self.input(inlineHTML)["format"] as? String == "html")
        #expect(Self.input(inlineHTML)["url"] as? String == "https://example.cn/portal")
        #expect(inlineHTML["title"] as? String == fromFiles[0]["title"] as? String)
        #expect(inlineHTML["text"] as? String == fromFiles[0]["text"] as? String)
        let inlineText = try #require(byID["inline-text"])
        #expect(Self.input(inlineText)["format"] as? String == "text")
        #expect(inlineText["title"] as? String == fromFiles[1]["title"] as? String)
        #expect(inlineText["text"] as? String == fromFiles[1]["text"] as? String)

        let gbk = try #require(byID["gbk"])
        #expect(Self.input(gbk)["encoding_source"] as? String == "caller")
        #expect(["GBK", "GB18030"].contains((Self.input(gbk)["encoding"] as? String ?? "").uppercased()))
        #expect((gbk["title"] as? String)?.contains("街道") == true)
        let detected = try #require(byID["gbk-detected"])
        #expect(Self.input(detected)["encoding_source"] as? String != "caller")

        #expect(byID["stdin:5"].flatMap(Self.errorCode) == "bad-request")
        #expect(byID["stdin:6"].flatMap(Self.errorCode) == "bad-request")
        #expect(byID["stdin:6"].map(Self.input)?["url"] as? String == "https://example.cn/no-id")
        #expect(byID["two-sources"].flatMap(Self.errorCode) == "bad-request")
        #expect(byID["missing"].flatMap(Self.errorCode) == "not-found")
        #expect(run.stderr.contains("9 inputs, 7 articles, 4 errors (bad-request 3, not-found 1)"))

        // Order does not depend on the number of workers.
        let serial = try Self.run(["extract", "--stdin-jsonl", "--parallel", "1"], stdin: stdin)
        let wide = try Self.run(["extract", "--stdin-jsonl", "--parallel", "3"], stdin: stdin)
        #expect(serial.stdout == run.stdout)
        #expect(wide.stdout == run.stdout)
    }

    @Test("--stdin-jsonl with only good requests exits 0")
    func stdinJSONLSuccess() throws {
        let stdin = Data((try Self.json(["id": "a", "path": Self.seed0]) + "\n" + (try Self.json(["id": "b", "path": Self.seed1])) + "\n").utf8)
        let run = try Self.run(["extract", "--stdin-jsonl"], stdin: stdin)
        #expect(run.status == 0)
        #expect(run.ids == ["a", "b"])
    }

    /// Reads lines from a file descriptor, waiting at most a given time for each.
    final class LineWaiter {
        let descriptor: Int32
        private var buffer: [UInt8] = []
        init(_ descriptor: Int32) { self.descriptor = descriptor }

        /// The next line; nil when none arrived within `timeout` seconds or the pipe ended.
        func next(timeout: Double) -> String? {
            let deadline = Date().addingTimeInterval(timeout)
            while true {
                if let newline = buffer.firstIndex(of: 0x0A) {
                    let line = String(decoding: buffer[..<newline], as: UTF8.self)
                    buffer.removeFirst(newline + 1)
                    return line
                }
                let remaining = deadline.timeIntervalSinceNow
                if remaining <= 0 { return nil }
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, Int32(max(1, remaining * 1000)))
                if ready < 0, errno == EINTR { continue }
                if ready <= 0 { return nil }
                var chunk = [UInt8](repeating: 0, count: 64 * 1024)
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
                if count < 0, errno == EINTR { continue }
                if count <= 0 { return nil }
                buffer += chunk[..<count]
            }
        }
    }

    /// One request written, stdin kept open: its answer must come before the next request is sent.
    func interactive(parallel: Int) throws {
        let (process, input, output, error) = try Self.makeProcess(["extract", "--stdin-jsonl", "--parallel", "\(parallel)"], in: FixturePaths.root)
        try process.run()
        defer {
            if process.isRunning {
                process.terminate()
                process.waitUntilExit()
            }
        }
        let stderr = PipeDrain(error.fileHandleForReading)
        let writer = input.fileHandleForWriting
        let reader = LineWaiter(output.fileHandleForReading.fileDescriptor)

        try writer.write(contentsOf: Data((try Self.json(["id": "first", "path": Self.seed0]) + "\n").utf8))
        let first = reader.next(timeout: 10)
        #expect(first?.hasPrefix("{\"schema\":1,\"id\":\"first\"") == true, "no answer to the first request while stdin is open (parallel \(parallel)): \(first ?? "nothing")")
        #expect(process.isRunning)

        try writer.write(contentsOf: Data((try Self.json(["id": "second", "path": Self.seed1]) + "\n").utf8))
        let second = reader.next(timeout: 10)
        #expect(second?.hasPrefix("{\"schema\":1,\"id\":\"second\"") == true, "no answer to the second request (parallel \(parallel)): \(second ?? "nothing")")

        try writer.close()
        #expect(reader.next(timeout: 10) == nil)  // the end of the output, no more lines
        let errorText = stderr.wait(until: .now() + 10).map { String(decoding: $0, as: UTF8.self) }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(errorText?.contains("2 inputs, 2 articles, 0 errors") == true, "stderr: \(errorText ?? "(still open)")")
    }

    @Test("--stdin-jsonl --parallel 2 answers each request while standard input stays open")
    func interactiveParallel() throws {
        try interactive(parallel: 2)
    }

    @Test("--stdin-jsonl --parallel 1 answers each request while standard input stays open")
    func interactiveSerial() throws {
        try interactive(parallel: 1)
    }

    // MARK: - --input-file

    @Test("--input-file LIST: paths one per line, blank lines ignored, a missing path gives not-found in its place")
    func inputFile() throws {
        try Self.withTemporaryDirectory { directory in
            let paths = [Self.seed0, "Fixtures/does-not-exist.html", Self.seedSeveral, "Fixtures/mixed-dir", Self.warcPlain]
            let list = directory.appendingPathComponent("list.txt")
            let listText = "\(paths[0])\n\n\(paths[1])\n\(paths[2])\r\n\n\(paths[3])\n\(paths[4])"  // CRLF line, no final newline
            try Data(listText.utf8).write(to: list)

            let direct = try Self.run(["extract"] + paths)
            let fromList = try Self.run(["extract", "--input-file", list.path])
            #expect(fromList.status == 1)
            #expect(fromList.status == direct.status)
            #expect(fromList.text == direct.text)
            let ids = fromList.ids
            #expect(ids.first == Self.seed0)
            #expect(ids.dropFirst().first == "Fixtures/does-not-exist.html")
            #expect(fromList.records.dropFirst().first.flatMap(Self.errorCode) == "not-found")
            #expect(ids.contains("Fixtures/mixed-dir/good.html"))
            #expect(ids.suffix(4) == ArraySlice(Self.crawlPages.map { Self.recordID($0.number) }))
            #expect(fromList.stderr.contains("10 inputs, 9 articles, 3 errors"))

            let fromStdin = try Self.run(["extract", "--input-file", "-"], stdin: Data(listText.utf8))
            #expect(fromStdin.status == 1)
            #expect(fromStdin.text == direct.text)
        }
    }

    @Test("--input-file: a line of spaces is blank, not a path")
    func inputFileWhitespaceLine() throws {
        let run = try Self.run(["extract", "--input-file", "-"], stdin: Data("\(Self.seed0)\n   \n\t\n\(Self.seed1)\n".utf8))
        #expect(run.ids == [Self.seed0, Self.seed1])
        #expect(run.status == 0)
    }

    @Test("--input-file with a list that does not exist is a usage error")
    func inputFileMissing() throws {
        let run = try Self.run(["extract", "--input-file", "Fixtures/no-such-list.txt"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no-such-list.txt"))
        #expect(run.stdout.isEmpty)
    }

    // MARK: - --output-dir

    @Test("--output-dir: one file per record mirroring input paths, each equal to the stdout line")
    func outputDirectory() throws {
        try Self.withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("out")
            let inputs = [Self.seed0, Self.seedSeveral, Self.epaper, "Fixtures/does-not-exist.html", "Fixtures/mixed-dir", Self.warcGz]
            let stdoutRun = try Self.run(["extract"] + inputs)
            let dirRun = try Self.run(["extract", "--output-dir", out.path] + inputs)
            #expect(dirRun.status == 1)
            #expect(dirRun.status == stdoutRun.status)
            #expect(dirRun.stdout.isEmpty)

            var expected: [String: String] = [:]
            for (line, record) in zip(stdoutRun.rawLines, stdoutRun.records) {
                let id = record["id"] as? String ?? ""
                let info = Self.input(record)
                let path = info["path"] as? String ?? ""
                var name: String
                if path == Self.warcGz {
                    let safe = String(String.UnicodeScalarView(Self.pageID(id).unicodeScalars.map { "<>:".unicodeScalars.contains($0) ? "_" : $0 }))
                    name = path + "/" + safe
                } else {
                    #expect(Self.pageID(id) == path)
                    name = path
                }
                if record["error"] != nil {
                    name += ".error.json"
                } else if let parts = info["parts"] as? Int, parts > 1 {
                    name += ".\(info["part"] as? Int ?? 0).json"
                } else {
                    name += ".json"
                }
                #expect(expected[name] == nil, "two records for \(name)")
                expected[name] = line
            }
            // The names the layout promises, spelled out.
            for name in [
                "Fixtures/000_131cf33ef8afb27c.txt.json",
                "Fixtures/004_53050bc7863aed82.txt.1.json", "Fixtures/004_53050bc7863aed82.txt.3.json",
                "Fixtures/flattened/epaper-page.txt.1.json", "Fixtures/flattened/epaper-page.txt.2.json",
                "Fixtures/does-not-exist.html.error.json", "Fixtures/mixed-dir/bad.html.error.json",
                "Fixtures/warc/crawl.warc.gz/_urn_uuid_00000000-0000-4000-8000-000000000003_.json",
                "Fixtures/warc/crawl.warc.gz/_urn_uuid_00000000-0000-4000-8000-000000000011_.error.json",
            ] {
                #expect(expected[name] != nil, "no stdout record maps to \(name)")
            }

            let written = Self.files(under: out)
            #expect(written == Set(expected.keys), "extra: \(written.subtracting(expected.keys).sorted()), missing: \(Set(expected.keys).subtracting(written).sorted())")
            for (name, line) in expected where written.contains(name) {
                let data = try Data(contentsOf: out.appendingPathComponent(name))
                let text = String(decoding: data, as: UTF8.self)
                #expect(text.trimmingCharacters(in: .newlines) == line, "\(name) differs from its stdout line")
                #expect(text.filter { $0 == "\n" }.count <= 1, "\(name) holds more than one line")
                #expect((try? JSONSerialization.jsonObject(with: data)) is [String: Any], "\(name) is not one JSON object")
            }
            #expect(dirRun.stderr.contains("inputs,"), "stderr: \(dirRun.stderr)")
        }
    }

    // MARK: - --parallel

    @Test("--parallel 1, 2 and 3 over Fixtures/: byte-identical output, same exit status")
    func parallelIsDeterministic() throws {
        let runs = try [1, 2, 3].map { try Self.run(["extract", "--parallel", "\($0)", "Fixtures"]) }
        #expect(runs[0].status == 1)  // Fixtures/ holds empty, binary and truncated inputs
        #expect(runs[0].records.count > 30)
        #expect(runs[0].records.contains { Self.errorCode($0) == "truncated" })
        for run in runs.dropFirst() {
            #expect(run.status == runs[0].status)
            #expect(run.stdout == runs[0].stdout)
        }
    }

    // MARK: - -o and usage errors

    @Test("-o FILE: written whole, no temporary file left, stdout empty")
    func outputFile() throws {
        try Self.withTemporaryDirectory { directory in
            let target = directory.appendingPathComponent("records.jsonl")
            let inputs = [Self.seed0, Self.warcGz, "Fixtures/does-not-exist.html"]
            let stdoutRun = try Self.run(["extract"] + inputs)
            let fileRun = try Self.run(["extract", "-o", target.path] + inputs)
            #expect(fileRun.status == 1)
            #expect(fileRun.stdout.isEmpty)
            #expect(try Data(contentsOf: target) == stdoutRun.stdout)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["records.jsonl"])
        }
    }

    @Test("-o into a missing directory: exit 3 and a message naming the file")
    func outputFileUnwritable() throws {
        try Self.withTemporaryDirectory { directory in
            let target = directory.appendingPathComponent("missing/records.jsonl")
            let run = try Self.run(["extract", "-o", target.path, Self.seed0])
            #expect(run.status == 3)
            #expect(run.stderr.contains(target.path), "stderr: \(run.stderr)")
            #expect(run.stdout.isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        }
    }

    @Test("usage errors exit 2 with a message and no output", arguments: [
        ["extract", "--stdin-jsonl", "Fixtures/000_131cf33ef8afb27c.txt"],
        ["extract", "--stdin-jsonl", "--input-file", "Fixtures/000_131cf33ef8afb27c.txt"],
        ["extract", "--input-file", "-", "Fixtures/000_131cf33ef8afb27c.txt"],
        ["extract", "-o", "OUT/records.jsonl", "--output-dir", "OUT/dir", "Fixtures/000_131cf33ef8afb27c.txt"],
        ["extract", "--parallel", "0", "Fixtures/000_131cf33ef8afb27c.txt"],
        ["extract", "--parallel", "-1", "Fixtures/000_131cf33ef8afb27c.txt"],
    ])
    func usageErrors(_ arguments: [String]) throws {
        try Self.withTemporaryDirectory { directory in
            let resolved = arguments.map { $0.replacingOccurrences(of: "OUT/", with: directory.path + "/") }
            let run = try Self.run(resolved, stdin: Data())
            #expect(run.status == 2, "stderr: \(run.stderr)")
            #expect(run.stdout.isEmpty)
            #expect(!run.stderr.isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        }
    }

    // MARK: - Standard error

    @Test("stderr not a terminal: no progress line, only the summary")
    func noProgressOffTerminal() throws {
        let run = try Self.run(["extract", "--parallel", "2", "Fixtures/mixed-dir", Self.warcGz, Self.seedSeveral])
        #expect(run.status == 1)
        #expect(!run.stderr.contains("\r"))
        #expect(!run.stderr.contains("\u{1B}"))
        #expect(!run.stderr.contains("pages/s  "))  // the progress line's spacing
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "stderr: \(run.stderr)")
        #expect(run.stderr.hasPrefix("zhnews: ") && run.stderr.contains(" inputs, "))
    }

    @Test("--quiet: nothing on stderr, on success and when inputs fail")
    func quiet() throws {
        let success = try Self.run(["extract", "--quiet", Self.seed0, Self.warcPlain])
        #expect(success.status == 0)
        #expect(success.stderr.isEmpty, "stderr: \(success.stderr)")
        #expect(success.records.count == 5)
        let failure = try Self.run(["extract", "--quiet", "Fixtures/mixed-dir"])
        #expect(failure.status == 1)
        #expect(failure.stderr.isEmpty, "stderr: \(failure.stderr)")
    }
}
