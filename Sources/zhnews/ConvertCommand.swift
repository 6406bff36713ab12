import ArgumentParser
import Foundation
import ZhNewsConverter

/// `zhnews convert [FILE…] [--script simplified|keep]`: runs the converter stage line-preserving over
/// files (or stdin) and writes UTF-8 to stdout; warnings go to stderr.
///
/// Input is read as UTF-8 for now (invalid bytes become U+FFFD); GBK/Big5 decoding is hooked in by
/// the parser stage.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert Chinese text to simplified script, repairing damage and removing converter pinyin.",
        discussion: """
            Steps: repair GBK runs decoded one byte off, remove parenthesised pinyin after Han \
            characters, full-width letters and digits to half-width, traditional to simplified \
            (OpenCC's TSCharacters/TSPhrases checked against ICU Hant-Hans). Line structure is kept.
            """
    )

    /// Output script choices on the command line.
    enum ScriptChoice: String, ExpressibleByArgument, CaseIterable {
        case simplified, keep
    }

    @Argument(help: "Files to convert (UTF-8). Reads stdin when none are given.")
    var files: [String] = []

    @Option(name: .long, help: "Output script: simplified or keep.")
    var script: ScriptChoice = .simplified

    func run() throws {
        let converter = Converter(options: ConverterOptions(outputScript: script == .keep ? .keep : .simplified))
        let inputs: [(name: String, data: Data)]
        if files.isEmpty {
            inputs = [("<stdin>", FileHandle.standardInput.readDataToEndOfFile())]
        } else {
            inputs = try files.map { path in
                do {
                    return (path, try Data(contentsOf: URL(fileURLWithPath: path)))
                } catch {
                    throw ValidationError("cannot read \(path): \(error.localizedDescription)")
                }
            }
        }
        for input in inputs {
            let text = String(decoding: input.data, as: UTF8.self)
            let result = converter.convert(text)
            FileHandle.standardOutput.write(Data(result.text.utf8))
            for warning in result.warnings {
                FileHandle.standardError.write(Data("\(input.name): warning: [\(warning.code)] \(warning.message)\n".utf8))
            }
        }
    }
}
