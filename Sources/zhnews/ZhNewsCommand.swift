import ArgumentParser

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
        subcommands: [ExtractCommand.self] + ZhNewsCommand.moreSubcommands
    )
}
