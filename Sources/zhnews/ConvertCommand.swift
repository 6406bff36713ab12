import ArgumentParser
import Foundation
import ZhNews
import ZhNewsConverter
import ZhNewsModel
import ZhNewsParser

/// `zhnews convert [FILE…] [--script simplified|keep]`: runs the converter stage line-preserving over
/// files (or stdin) and writes UTF-8 to stdout; warnings go to stderr.
///
/// Input bytes are checked and decoded like pages (binary and oversized inputs are refused with
/// a message and exit status 1; BOM, `--charset`, declaration, detection), so GBK and Big5 files
/// work as they are.
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

    @Argument(help: "Files to convert (UTF-8, GBK/GB18030 or Big5; detected). Reads stdin when none are given.")
    var files: [String] = []

    @Option(name: .long, help: "Output script: simplified or keep.")
    var script: ScriptChoice = .simplified

    @Option(help: "Charset of the input bytes, when known.")
    var charset: String?

    func validate() throws {
        try Self.validateCharset(charset)
    }

    func run() throws {
        let converter = Converter(options: ConverterOptions(outputScript: script.outputScript))
        let decoder = PageDecoder()
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
        var failed = false
        for input in inputs {
            let bytes = [UInt8](input.data)
            // The input check `extract` makes; an empty input is converted to nothing.
            if !bytes.isEmpty, let (error, detail) = Pipeline.inputProblem(bytes) {
                FileHandle.standardError.write(Data("zhnews convert: \(input.name): \(detail) (\(error.rawValue))\n".utf8))
                failed = true
                continue
            }
            let decoded = decoder.decode(bytes, callerCharset: charset)
            let result = converter.convert(decoded.text)
            FileHandle.standardOutput.write(Data(result.text.utf8))
            for warning in decoded.warnings + result.warnings {
                FileHandle.standardError.write(Data("\(input.name): warning: [\(warning.code)] \(warning.message)\n".utf8))
            }
        }
        if failed { throw ExitCode(1) }
    }
}
