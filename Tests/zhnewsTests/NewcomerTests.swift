import Foundation
import Testing
import ZhNewsTestSupport

/// What a new user meets first, run through the built binary: the version, a typo in
/// `--charset`, `convert` on a binary file, an oversized `--parallel`.
@Suite("First use")
struct NewcomerTests {
    @Test("zhnews --version names the tool, its version and the record schema")
    func version() throws {
        let run = try CommandLineTests.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.range(of: #"^zhnews \d+\.\d+\.\d+ \(record schema 1\)\n$"#, options: .regularExpression) != nil, "got \(run.stdout.debugDescription)")
    }

    /// An unknown name on the command line is a usage error naming the closest known label;
    /// a known one in any case is accepted.
    @Test("an unknown --charset is a usage error (exit 2) naming the closest known charset",
          arguments: [("extract", "gbkk", "gbk"), ("extract", "big55", "big5"), ("extract", "utf-9", "utf-8"), ("convert", "gb2313", "gb2312")])
    func unknownCharset(command: String, typo: String, suggestion: String) throws {
        let run = try CommandLineTests.run([command, "--charset", typo, "Fixtures/000_131cf33ef8afb27c.txt"])
        #expect(run.status == 2, "\(command) --charset \(typo): exit \(run.status)")
        #expect(run.stdout.isEmpty, "no records for a usage error")
        #expect(run.stderr.contains("\"\(typo)\"") && run.stderr.contains("did you mean \"\(suggestion)\""), "stderr: \(run.stderr)")
    }

    @Test("a known --charset in another case is accepted", arguments: ["GBK", "utf-8", "Big5", "windows-1252"])
    func knownCharset(label: String) throws {
        let run = try CommandLineTests.run(["extract", "--quiet", "--charset", label, "Fixtures/000_131cf33ef8afb27c.txt"])
        #expect(run.status == 0, "--charset \(label): exit \(run.status), stderr \(run.stderr)")
        #expect(run.lines.count == 1)
    }

    /// The check `extract` makes (binary, too large) is the one `convert` makes.
    @Test("zhnews convert refuses a binary file as extract does, and converts the rest")
    func convertBinary() throws {
        let scratch = try ScratchDirectory("newcomer-convert")
        defer { scratch.remove() }
        var elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]
        elf += [UInt8](repeating: 0, count: 200)
        try scratch.write("tool", elf)
        try scratch.write("text.txt", "這是一個測試。\n")
        let extract = try CommandLineTests.run(["extract", scratch.path("tool")])
        #expect(extract.lines.first.flatMap { ($0["error"] as? [String: Any])?["code"] as? String } == "binary")
        let convert = try CommandLineTests.run(["convert", scratch.path("tool"), scratch.path("text.txt")])
        #expect(convert.status == 1, "convert of a binary file: exit \(convert.status)")
        #expect(convert.stderr.contains("binary"), "stderr: \(convert.stderr)")
        #expect(convert.stdout == "这是一个测试。\n", "the text file is still converted: \(convert.stdout.debugDescription)")
    }

    /// 100,000 threads were once started for one file (5 s); the pool starts no more threads
    /// than inputs in flight.
    @Test("--parallel 100000 on one file is as quick as --parallel 1, with the same output")
    func hugeParallel() throws {
        let started = Date()
        let many = try CommandLineTests.run(["extract", "--quiet", "--parallel", "100000", "Fixtures/000_131cf33ef8afb27c.txt"])
        let seconds = Date().timeIntervalSince(started)
        let one = try CommandLineTests.run(["extract", "--quiet", "--parallel", "1", "Fixtures/000_131cf33ef8afb27c.txt"])
        #expect(many.status == 0)
        #expect(many.stdout == one.stdout)
        #expect(seconds < SanitizerAllowance.seconds(3), "--parallel 100000 took \(seconds) s")
        let help = try CommandLineTests.run(["extract", "--help"])
        #expect(help.stdout.contains("at most 256"), "--help should say that --parallel is capped")
    }
}
