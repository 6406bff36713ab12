import Foundation
import Testing
import ZhNewsTestSupport

/// The built `zhnews` binary, run as a user would.
@Suite("Command line")
struct CommandLineTests {
    /// The binary next to the test bundle (the same build folder).
    static let binary: URL? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("zhnews"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("zhnews"),
            Bundle.main.bundleURL.appendingPathComponent("zhnews"),
            FixturePaths.root.appendingPathComponent(".build/debug/zhnews"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [[String: Any]] {
            stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }
    }

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> Run {
        let binary = try #require(Self.binary, "zhnews binary not found next to the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = FixturePaths.root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self))
    }

    @Test("a directory of good and bad files: every page accounted for, exit status 1")
    func mixedDirectory() throws {
        let run = try Self.run(["extract", "Fixtures/mixed-dir"])
        #expect(run.status == 1)
        let ids = Set(run.lines.compactMap { $0["id"] as? String })
        #expect(ids == ["Fixtures/mixed-dir/good.html", "Fixtures/mixed-dir/bad.html", "Fixtures/mixed-dir/empty.txt"])
        let codes = run.lines.compactMap { ($0["error"] as? [String: Any])?["code"] as? String }.sorted()
        #expect(codes == ["binary", "empty"])
        #expect(run.stderr.contains("3 inputs, 1 article, 2 errors"))
    }

    @Test("every seed page gives valid records and exit status 0")
    func seeds() throws {
        let seeds = FixturePaths.pages().filter { $0.split(separator: "/").count == 2 && $0.hasSuffix(".txt") }
        #expect(seeds.count == 5)
        let run = try Self.run(["extract"] + seeds)
        #expect(run.status == 0)
        #expect(run.lines.count >= seeds.count)
        for line in run.lines {
            #expect(line["schema"] as? Int == 1)
            #expect((line["text"] as? String)?.isEmpty == false)
        }
    }

    @Test("a missing path: an error record and exit status 1")
    func missingPath() throws {
        let run = try Self.run(["extract", "Fixtures/does-not-exist.html"])
        #expect(run.status == 1)
        #expect(run.lines.count == 1)
        #expect((run.lines.first?["error"] as? [String: Any])?["code"] as? String == "not-found")
    }

    @Test("standard input: `-` reads one page")
    func standardInput() throws {
        let page = try Data(contentsOf: FixturePaths.root.appendingPathComponent("Fixtures/000_131cf33ef8afb27c.txt"))
        let run = try Self.run(["extract", "-"], stdin: page)
        #expect(run.status == 0)
        #expect(run.lines.count == 1)
        #expect(run.lines.first?["id"] as? String == "-")
    }

    @Test("-o writes the file whole; usage errors exit with 2")
    func outputFileAndUsage() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zhnews-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out.jsonl").path
        let run = try Self.run(["extract", "-o", output, "Fixtures/000_131cf33ef8afb27c.txt"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.hasPrefix("{\"schema\":1,\"id\":\"Fixtures/000_131cf33ef8afb27c.txt\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.jsonl"])

        #expect(try Self.run(["extract", "--script", "klingon", "Fixtures"]).status == 2)
        #expect(try Self.run(["frobnicate"]).status == 2)
    }

    @Test("help explains extract with an example")
    func help() throws {
        let top = try Self.run(["--help"])
        #expect(top.status == 0)
        #expect(top.stdout.contains("extract"))
        let extract = try Self.run(["extract", "--help"])
        #expect(extract.stdout.contains("Examples:"))
        #expect(extract.stdout.contains("--script"))
    }
}
