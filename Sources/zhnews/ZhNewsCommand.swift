import ArgumentParser
import Foundation
import ZhNews
import ZhNewsModel

@main
struct ZhNewsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhnews",
        abstract: "Turn downloaded Chinese news pages into clean, structured JSON Lines records.",
        discussion: """
            Pages may be HTML or flattened text, in UTF-8, GBK/GB18030 or Big5, simplified or \
            traditional. Each article becomes one JSON object per line: title, publish time, outlet, \
            bylines with roles, the clean body text, and the dates, places and figures in it.

            Example:
              zhnews extract Fixtures/ > records.jsonl
              curl -s https://example.cn/news/1.html | zhnews extract - 
            """,
        version: "zhnews \(ZhNewsVersion.string) (record schema \(Record.schemaVersion))",
        subcommands: [ExtractCommand.self] + ZhNewsCommand.moreSubcommands
    )

    /// Runs the command; usage errors exit with status 2 (the argument parser's default is 64),
    /// so scripts can tell "bad flags" (2) from "some inputs failed" (1).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
