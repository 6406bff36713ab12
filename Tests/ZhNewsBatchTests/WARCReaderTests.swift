import Foundation
import Testing
@testable import ZhNews
@testable import ZhNewsBatch
import ZhNewsModel
import ZhNewsTestSupport

/// The streaming WARC / WARC.gz reader: the fixture crawl (Fixtures/warc/, written by
/// scripts/make-warc-fixtures.py), the gzip stream underneath, and hand-made hostile records.
@Suite("WARC reader")
struct WARCReaderTests {
    static let gzipPath = FixturePaths.root.appendingPathComponent("Fixtures/warc/crawl.warc.gz").path
    static let plainPath = FixturePaths.root.appendingPathComponent("Fixtures/warc/crawl.warc").path
    static let url = "http://news.example.cn/2024/08/12/"
    static let maxBytes = 8 << 20

    static func id(_ number: Int) -> String {
        "<urn:uuid:00000000-0000-4000-8000-\(String(format: "%012d", number))>"
    }

    static func entries(_ path: String, maxBytes: Int = maxBytes) throws -> [WARCEntry] {
        Array(try WARCReader(path: path, maxBytes: maxBytes))
    }

    static func pages(_ entries: [WARCEntry]) -> [PageInput] {
        entries.compactMap { if case .page(let page) = $0 { page } else { nil } }
    }

    static func skippedTypes(_ entries: [WARCEntry]) -> [String: Int] {
        entries.reduce(into: [:]) { counts, entry in
            if case .skipped(let type, _) = entry { counts[type, default: 0] += 1 }
        }
    }

    // MARK: - The fixture crawl

    @Test("the .warc.gz gives its records in order: pages with ids, urls, charsets and bodies")
    func entriesInOrder() throws {
        let entries = try Self.entries(Self.gzipPath)
        #expect(entries.count == 11)
        guard entries.count == 11 else { return }
        #expect(entries[0] == .skipped(recordType: "warcinfo", reason: WARCRecordStream.reason(forSkipping: "warcinfo")))
        #expect(entries[1] == .skipped(recordType: "request", reason: WARCRecordStream.reason(forSkipping: "request")))
        let expected: [(number: Int, file: String, charset: String?)] = [
            (3, "jingchu-portal.html", "utf-8"), (4, "county-gbk.html", "gbk"),
            (5, "split-divs.html", nil), (6, "wechat-article.html", "UTF-8"),
        ]
        for (offset, page) in expected.enumerated() {
            guard case .page(let input) = entries[2 + offset] else {
                Issue.record("entry \(2 + offset) is not a page: \(entries[2 + offset])")
                continue
            }
            #expect(input.id == Self.id(page.number))
            #expect(input.path == Self.gzipPath)
            #expect(input.url == Self.url + page.file)
            #expect(input.charset == page.charset)
            #expect(input.bytes == (try FixturePaths.bytes("Fixtures/html/" + page.file)), "body of \(page.file)")
        }
        if case .skipped("response", let reason) = entries[6] { #expect(reason.contains("image/png")) } else { Issue.record("png: \(entries[6])") }
        if case .skipped("response", let reason) = entries[7] { #expect(reason.contains("404")) } else { Issue.record("404: \(entries[7])") }
        #expect(entries[8] == .skipped(recordType: "metadata", reason: WARCRecordStream.reason(forSkipping: "metadata")))
        #expect(entries[9] == .skipped(recordType: "revisit", reason: WARCRecordStream.reason(forSkipping: "revisit")))
    }

    @Test("skipped records counted by type")
    func skippedCounts() throws {
        let counts = Self.skippedTypes(try Self.entries(Self.gzipPath))
        #expect(counts == ["warcinfo": 1, "request": 1, "response": 2, "metadata": 1, "revisit": 1])
    }

    @Test("the record cut inside its gzip member is a truncated failure, and reading stops")
    func truncatedRecord() throws {
        var reader = try WARCReader(path: Self.gzipPath, maxBytes: Self.maxBytes)
        var last: WARCEntry?
        var count = 0
        while let entry = reader.next() {
            last = entry
            count += 1
        }
        #expect(count == 11)
        guard case .failure(let id, let url, let error, let detail) = last else {
            Issue.record("last entry: \(String(describing: last))")
            return
        }
        #expect(id == Self.id(11))
        #expect(url == Self.url + "long-related.html")
        #expect(error == .truncated)
        #expect(detail.contains("gzip"))
        #expect(reader.next() == nil)
        #expect(reader.next() == nil)
    }

    @Test("the GBK page, labelled only by the HTTP header, decodes through the pipeline")
    func gbkThroughPipeline() throws {
        let pages = Self.pages(try Self.entries(Self.gzipPath))
        guard let page = pages.first(where: { $0.charset == "gbk" }) else {
            Issue.record("no GBK page")
            return
        }
        let lines = Pipeline().process(page)
        guard lines.count == 1, case .record(let record) = lines[0] else {
            Issue.record("expected one record, got \(lines)")
            return
        }
        #expect(record.id == Self.id(4))
        #expect(record.input.url == Self.url + "county-gbk.html")
        #expect(record.input.encodingSource == .caller)
        #expect(record.title == "温泉街道“桂乡管家”织密基层治理网格")
        #expect(!(record.title ?? "").isEmpty)
        #expect(!record.text.isEmpty)
        #expect(!record.text.contains("\u{FFFD}"))
        #expect(!(record.title ?? "").contains("\u{FFFD}"))
    }

    @Test("every page of the fixture crawl gives an article record")
    func pagesGiveRecords() throws {
        for page in Self.pages(try Self.entries(Self.gzipPath)) {
            let lines = Pipeline().process(page)
            guard case .record(let record) = lines.first else {
                Issue.record("\(page.url ?? page.id): \(lines)")
                continue
            }
            #expect(!record.text.isEmpty && !record.text.contains("\u{FFFD}"), "\(page.url ?? page.id)")
        }
    }

    @Test("the plain .warc and the .warc.gz give the same pages; the plain file has no truncated record")
    func plainMatchesGzip() throws {
        let plain = try Self.entries(Self.plainPath)
        let gzip = try Self.entries(Self.gzipPath)
        #expect(plain.count == 10)
        #expect(Array(gzip.prefix(10)).map(Self.withoutPath) == plain.map(Self.withoutPath))
        #expect(Self.pages(plain).count == 4)
        #expect(!plain.contains { if case .failure = $0 { true } else { false } })
        #expect(Self.pages(plain).allSatisfy { $0.path == Self.plainPath })
    }

    static func withoutPath(_ entry: WARCEntry) -> WARCEntry {
        guard case .page(var page) = entry else { return entry }
        page.path = nil
        return .page(page)
    }

    @Test("a small maxBytes: larger bodies fail as tooLarge and reading goes on")
    func tooLarge() throws {
        // jingchu-portal.html is 15,915 bytes; the others are under 10,000 (the gzip page once inflated too).
        let entries = try Self.entries(Self.plainPath, maxBytes: 10_000)
        #expect(entries.count == 10)
        guard entries.count == 10 else { return }
        guard case .failure(let id, let url, let error, let detail) = entries[2] else {
            Issue.record("entry 2: \(entries[2])")
            return
        }
        #expect(id == Self.id(3))
        #expect(url == Self.url + "jingchu-portal.html")
        #expect(error == .tooLarge)
        #expect(detail.contains("10000"))
        #expect(Self.pages(entries).map(\.id) == [Self.id(4), Self.id(5), Self.id(6)])
        #expect(Self.skippedTypes(entries) == ["warcinfo": 1, "request": 1, "response": 2, "metadata": 1, "revisit": 1])
    }

    @Test("a gzip body over the limit once inflated is tooLarge")
    func tooLargeAfterDecoding() throws {
        let entries = try Self.entries(Self.plainPath, maxBytes: 5_000)
        guard entries.count == 10, case .failure(let id, _, let error, let detail) = entries[5] else {
            Issue.record("entries: \(entries)")
            return
        }
        #expect(id == Self.id(6))
        #expect(error == .tooLarge)
        #expect(detail.contains("decoded"))
    }

    @Test("isWARC: by name, and by the first bytes for other names")
    func isWARC() throws {
        #expect(WARCReader.isWARC(path: Self.gzipPath))
        #expect(WARCReader.isWARC(path: Self.plainPath))
        #expect(WARCReader.isWARC(path: "/nonexistent/CRAWL.WARC.GZ"))
        #expect(!WARCReader.isWARC(path: FixturePaths.root.appendingPathComponent("Fixtures/html/county-gbk.html").path))
        #expect(!WARCReader.isWARC(path: "/nonexistent/page.bin"))
        #expect(!WARCReader.isWARC(path: FixturePaths.root.path))
        try TemporaryFiles.with { directory in
            let gzipCopy = directory + "/crawl-gz.bin"
            let plainCopy = directory + "/crawl-plain"
            let otherGzip = directory + "/notes.gz"
            try Data(try FixturePaths.bytes("Fixtures/warc/crawl.warc.gz")).write(to: URL(fileURLWithPath: gzipCopy))
            try Data(try FixturePaths.bytes("Fixtures/warc/crawl.warc")).write(to: URL(fileURLWithPath: plainCopy))
            try Data(GzipFixtures.hello + GzipFixtures.world).write(to: URL(fileURLWithPath: otherGzip))
            #expect(WARCReader.isWARC(path: gzipCopy))
            #expect(WARCReader.isWARC(path: plainCopy))
            #expect(!WARCReader.isWARC(path: otherGzip))
            // A WARC whose name says nothing reads the same.
            #expect(Self.pages(try Self.entries(gzipCopy)).count == 4)
        }
    }

    @Test("a file that cannot be opened throws InputFileError")
    func cannotOpen() {
        #expect(throws: InputFileError.self) { try WARCReader(path: "/nonexistent/crawl.warc.gz", maxBytes: 1000) }
        do {
            _ = try WARCReader(path: "/nonexistent/crawl.warc.gz", maxBytes: 1000)
        } catch let error as InputFileError {
            #expect(error.error == .notFound)
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(throws: InputFileError.self) { try WARCReader(path: FixturePaths.root.path, maxBytes: 1000) }
    }

    @Test("an empty file has no entries")
    func emptyFile() throws {
        try TemporaryFiles.with { directory in
            let path = directory + "/empty.warc"
            try Data().write(to: URL(fileURLWithPath: path))
            #expect(try Self.entries(path).isEmpty)
        }
    }

    // MARK: - The gzip stream

    @Test("concatenated gzip members read as one stream, at any chunk size")
    func concatenatedMembers() throws {
        for chunkSize in [1, 2, 7, 16, 1 << 20] {
            let stream = GzipStream(compressed: MemoryByteSource(GzipFixtures.hello + GzipFixtures.world, chunkSize: chunkSize), chunkSize: 16)
            #expect(try GzipFixtures.drain(stream) == Array("Hello, world!\n".utf8), "chunk size \(chunkSize)")
            #expect(stream.members == 2)
        }
    }

    @Test("a gzip stream cut inside a member hands out what it could inflate, then throws truncated")
    func cutStream() throws {
        for cut in [1, 4, 10, GzipFixtures.world.count - 1] {
            let bytes = GzipFixtures.hello + GzipFixtures.world.dropLast(cut)
            let stream = GzipStream(compressed: MemoryByteSource(bytes, chunkSize: 5))
            var output: [UInt8] = []
            var thrown: InputFileError?
            do {
                while case let chunk = try stream.nextChunk(), !chunk.isEmpty { output += chunk }
            } catch {
                thrown = error
            }
            #expect(thrown?.error == .truncated, "cut \(cut)")
            #expect(output.starts(with: Array("Hello, ".utf8)), "cut \(cut)")
            #expect(try stream.nextChunk().isEmpty)
        }
    }

    @Test("the fixture .warc.gz inflates to the plain .warc, then reports its cut member")
    func fixtureStream() throws {
        let plain = try FixturePaths.bytes("Fixtures/warc/crawl.warc")
        let stream = GzipStream(compressed: try FileByteSource(path: Self.gzipPath, chunkSize: 1000), chunkSize: 4096)
        var output: [UInt8] = []
        var thrown: InputFileError?
        do {
            while case let chunk = try stream.nextChunk(), !chunk.isEmpty { output += chunk }
        } catch {
            thrown = error
        }
        #expect(thrown?.error == .truncated)
        #expect(output.starts(with: plain))
        #expect(output.count > plain.count)
        #expect(stream.members == 11)
    }

    @Test("zero padding after the last member is ignored; other trailing bytes are unreadable; corrupt data too")
    func trailingBytes() throws {
        let padded = GzipStream(compressed: MemoryByteSource(GzipFixtures.hello + [UInt8](repeating: 0, count: 100), chunkSize: 8))
        #expect(try GzipFixtures.drain(padded) == Array("Hello, ".utf8))
        let garbage = GzipStream(compressed: MemoryByteSource(GzipFixtures.hello + Array("junk".utf8)))
        #expect(throws: InputFileError.self) { try GzipFixtures.drain(garbage) }
        var corrupt = GzipFixtures.hello
        corrupt[12] ^= 0xFF
        corrupt[13] ^= 0xFF
        let broken = GzipStream(compressed: MemoryByteSource(corrupt))
        do {
            _ = try GzipFixtures.drain(broken)
            Issue.record("corrupt data read without error")
        } catch let error as InputFileError {
            #expect(error.error == .unreadable)
        }
    }

    // MARK: - Hand-made records

    @Test("LF-only line ends, lowercase field names, WARC/1.0, sniffed HTML without Content-Type")
    func tolerantFraming() throws {
        let page = Array("<!DOCTYPE HTML><html><head><title>t</title></head><body>正文</body></html>".utf8)
        let http = Array("HTTP/1.0 200 OK\nserver: x\n\n".utf8) + page
        let bytes = HandMadeWARC.record(type: "response", id: "<urn:x:1>", uri: "<http://a.example/1>", block: http, version: "WARC/1.0", lineEnd: "\n", lowercase: true)
            + HandMadeWARC.record(type: "response", id: "<urn:x:2>", uri: "http://a.example/2", block: Array("HTTP/1.1 200 OK\r\n\r\nplain text".utf8))
        let entries = try HandMadeWARC.entries(bytes)
        #expect(entries.count == 2)
        #expect(entries.first == .page(PageInput(id: "<urn:x:1>", path: entries.first.flatMap(HandMadeWARC.path), url: "http://a.example/1", bytes: page)))
        if case .skipped("response", let reason) = entries.last { #expect(reason.contains("Content-Type")) } else { Issue.record("\(entries)") }
    }

    @Test("Common Crawl's X-Crawler-Content-Encoding: the body is already decoded")
    func commonCrawlHeaders() throws {
        let page = Array("<html><head><title>t</title></head><body>x</body></html>".utf8)
        let http = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html;charset=GB2312\r\nX-Crawler-Content-Encoding: gzip\r\nX-Crawler-Transfer-Encoding: chunked\r\n\r\n".utf8) + page
        let entries = try HandMadeWARC.entries(HandMadeWARC.record(type: "response", id: "<urn:x:1>", uri: "http://a.example/", block: http))
        guard case .page(let input) = entries.first else {
            Issue.record("\(entries)")
            return
        }
        #expect(input.bytes == page)
        #expect(input.charset == "GB2312")
    }

    @Test("an unsupported Content-Encoding fails as unreadable and reading goes on")
    func unsupportedEncoding() throws {
        let http = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n\u{1B}\u{2}binary".utf8)
        let ok = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html></html>".utf8)
        let entries = try HandMadeWARC.entries(
            HandMadeWARC.record(type: "response", id: "<urn:x:1>", uri: "http://a.example/", block: http)
                + HandMadeWARC.record(type: "response", id: "<urn:x:2>", uri: "http://a.example/2", block: ok))
        #expect(entries.count == 2)
        guard case .failure(let id, let url, let error, let detail) = entries.first else {
            Issue.record("\(entries)")
            return
        }
        #expect(id == "<urn:x:1>" && url == "http://a.example/")
        #expect(error == .unreadable)
        #expect(detail.contains("\"br\""))
        if case .page(let page) = entries.last { #expect(page.id == "<urn:x:2>") } else { Issue.record("\(entries)") }
    }

    @Test("bad chunking falls back to the raw body; deflate (zlib and raw) is inflated")
    func chunkingAndDeflate() throws {
        let raw = Array("<html>not really chunked</html>".utf8)
        let badChunked = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n".utf8) + raw
        // zlib.compress(b"<html>hi</html>") and the same as raw deflate (wbits -15).
        let zlibBody: [UInt8] = [0x78, 0x9C, 0xB3, 0xC9, 0x28, 0xC9, 0xCD, 0xB1, 0xCB, 0xC8, 0xB4, 0xD1, 0x07, 0x33, 0x00, 0x2B, 0x36, 0x05, 0x5F]
        let rawDeflate = Array(zlibBody.dropFirst(2).dropLast(4))
        func deflated(_ body: [UInt8]) -> [UInt8] {
            Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: deflate\r\n\r\n".utf8) + body
        }
        let entries = try HandMadeWARC.entries(
            HandMadeWARC.record(type: "response", id: "<urn:x:1>", uri: "http://a.example/1", block: badChunked)
                + HandMadeWARC.record(type: "response", id: "<urn:x:2>", uri: "http://a.example/2", block: deflated(zlibBody))
                + HandMadeWARC.record(type: "response", id: "<urn:x:3>", uri: "http://a.example/3", block: deflated(rawDeflate)))
        let bodies = Self.pages(entries).map { String(decoding: $0.bytes, as: UTF8.self) }
        #expect(bodies == ["<html>not really chunked</html>", "<html>hi</html>", "<html>hi</html>"])
    }

    @Test("hostile Content-Length values never trap or allocate: huge → unreadable, Int.max → truncated")
    func hostileLengths() throws {
        let huge = Array("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:x:1>\r\nContent-Length: 99999999999999999999999999\r\n\r\nabc\r\n\r\n".utf8)
        let hugeEntries = try HandMadeWARC.entries(huge)
        #expect(hugeEntries.count == 1)
        if case .failure("<urn:x:1>", _, .unreadable, let detail) = hugeEntries.first { #expect(detail.contains("Content-Length")) } else { Issue.record("\(hugeEntries)") }

        let maxed = Array("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:x:2>\r\nContent-Length: \(Int.max)\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>".utf8)
        let maxedEntries = try HandMadeWARC.entries(maxed, maxBytes: Int.max)
        #expect(maxedEntries.count == 1)
        if case .failure("<urn:x:2>", _, .truncated, _) = maxedEntries.first {} else { Issue.record("\(maxedEntries)") }

        let missing = Array("WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\nabc".utf8)
        let missingEntries = try HandMadeWARC.entries(missing)
        if case .failure(let id, nil, .unreadable, _) = missingEntries.first { #expect(id.hasSuffix("#record1")) } else { Issue.record("\(missingEntries)") }
    }

    @Test("a file that is not WARC, or cut inside a header or block, fails once and stops")
    func notWARCAndCuts() throws {
        let notWARC = try HandMadeWARC.entries(Array("<html>hello</html>\n".utf8))
        #expect(notWARC.count == 1)
        if case .failure(_, _, .unreadable, _) = notWARC.first {} else { Issue.record("\(notWARC)") }

        let record = HandMadeWARC.record(type: "response", id: "<urn:x:1>", uri: "http://a.example/", block: Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>body</html>".utf8))
        for cut in [20, 60, record.count - 10] {
            let entries = try HandMadeWARC.entries(Array(record.prefix(cut)))
            #expect(entries.count == 1, "cut at \(cut)")
            if case .failure(_, _, .truncated, _) = entries.first {} else { Issue.record("cut at \(cut): \(entries)") }
        }
        // Only the final CR LF CR LF missing: the record is complete.
        let complete = try HandMadeWARC.entries(Array(record.dropLast(4)))
        #expect(Self.pages(complete).count == 1)
    }

    @Test("mutated bytes never crash the reader (seeded, reproducible)")
    func mutatedBytes() throws {
        var generator = SeededGenerator(seed: 0x5A4E_5753)
        let plain = try FixturePaths.bytes("Fixtures/warc/crawl.warc")
        let gzip = try FixturePaths.bytes("Fixtures/warc/crawl.warc.gz")
        for round in 0..<60 {
            var bytes = round.isMultiple(of: 2) ? plain : gzip
            for _ in 0..<8 {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[index] = UInt8.random(in: 0...255, using: &generator)
            }
            let entries = try HandMadeWARC.entries(bytes, maxBytes: 1 << 20)
            #expect(entries.count <= 20)
        }
    }
}

/// Two small gzip members (Python's `gzip.compress(…, mtime=0)`), and a helper to read a stream.
enum GzipFixtures {
    /// "Hello, "
    static let hello: [UInt8] = [
        0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xF3, 0x48, 0xCD, 0xC9, 0xC9, 0xD7, 0x51, 0x00, 0x00,
        0x05, 0x6F, 0x57, 0xDE, 0x07, 0x00, 0x00, 0x00,
    ]
    /// "world!\n"
    static let world: [UInt8] = [
        0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0x2B, 0xCF, 0x2F, 0xCA, 0x49, 0x51, 0xE4, 0x02, 0x00,
        0x41, 0xE8, 0x77, 0x9C, 0x07, 0x00, 0x00, 0x00,
    ]

    static func drain(_ stream: GzipStream) throws -> [UInt8] {
        var output: [UInt8] = []
        while case let chunk = try stream.nextChunk(), !chunk.isEmpty { output += chunk }
        return output
    }
}

/// WARC records written by hand into temporary files.
enum HandMadeWARC {
    static func record(
        type: String, id: String, uri: String, block: [UInt8], version: String = "WARC/1.1", lineEnd: String = "\r\n", lowercase: Bool = false
    ) -> [UInt8] {
        let fields = [
            ("WARC-Type", type), ("WARC-Record-ID", id), ("WARC-Target-URI", uri),
            ("Content-Type", "application/http; msgtype=response"), ("Content-Length", String(block.count)),
        ]
        let header = ([version] + fields.map { (lowercase ? $0.0.lowercased() : $0.0) + ": " + $0.1 }).joined(separator: lineEnd)
        return Array((header + lineEnd + lineEnd).utf8) + block + Array((lineEnd + lineEnd).utf8)
    }

    static func entries(_ bytes: [UInt8], maxBytes: Int = 1 << 20) throws -> [WARCEntry] {
        try TemporaryFiles.with { directory in
            let path = directory + "/hand-made.warc"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return Array(try WARCReader(path: path, maxBytes: maxBytes))
        }
    }

    static func path(of entry: WARCEntry) -> String? {
        if case .page(let page) = entry { page.path } else { nil }
    }
}

/// A temporary directory for the duration of a closure.
enum TemporaryFiles {
    static func with<T>(_ body: (String) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhnews-warc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory.path)
    }
}
