import ArgumentParser

extension ZhNewsCommand {
    /// Subcommands beyond `extract`.
    static let moreSubcommands: [any ParsableCommand.Type] = [
        ConvertCommand.self, GoldenCommand.self, DiffCommand.self, ScoreCommand.self,
    ]
}
