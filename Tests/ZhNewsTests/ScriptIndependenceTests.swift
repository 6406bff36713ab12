import Foundation
import Testing
import ZhNews
import ZhNewsConverter
import ZhNewsModel
import ZhNewsTestSupport

/// Extraction reads simplified text whatever `--script` says: the option changes how the
/// record is printed, never what is extracted. And under the default, every printed string is
/// simplified, whichever field it sits in.
@Suite("Script independence")
struct ScriptIndependenceTests {
    static let keep = Pipeline(options: PipelineOptions(outputScript: .keep))

    /// Every fixture page, and every dev-set page when `../shared` is present.
    static func pages() -> [String] {
        FixturePaths.pages() + DevsetPages.htmlPages().map(\.path)
    }

    /// A record's printed fields, converted to simplified (the default's output is unchanged
    /// by this; `keep`'s traditional text becomes the same).
    static func folded(_ record: Record) -> [String] {
        let fold = { (text: String?) -> String in Converter.convertScript(text ?? "∅") }
        var fields = [fold(record.title), fold(record.kicker), fold(record.subtitle), fold(record.outlet), record.published ?? "∅", fold(record.text)]
        fields += record.bylines.map { "\($0.role.rawValue):\(fold($0.label)):\(fold($0.name))" }
        fields += record.dates.map { "date \($0.start)-\($0.end) \(fold($0.text))" }
        fields += record.places.map { "place \($0.start)-\($0.end) \(fold($0.text)) \($0.code ?? "")" }
        fields += record.figures.map { "figure \($0.start)-\($0.end) \(fold($0.text))" }
        return fields
    }

    static func lines(_ page: String, _ pipeline: Pipeline) throws -> [OutputLine] {
        pipeline.process(PageInput(id: page, path: page, bytes: try FixturePaths.bytes(page)))
    }

    @Test("--script keep and the default give the same records once both are folded", arguments: pages())
    func sameRecords(page: String) throws {
        let simplified = try Self.lines(page, ZhNewsTestSupport.pipeline)
        let kept = try Self.lines(page, Self.keep)
        #expect(simplified.count == kept.count)
        for (a, b) in zip(simplified, kept) {
            guard case .record(let left) = a, case .record(let right) = b else { continue }
            #expect(Self.folded(left) == Self.folded(right), "\(page)")
        }
    }

    @Test("under the default no printed string keeps a character the converter would change", arguments: pages())
    func everyFieldSimplified(page: String) throws {
        for line in try Self.lines(page, ZhNewsTestSupport.pipeline) {
            guard case .record(let record) = line else { continue }
            var fields = [record.title, record.kicker, record.subtitle, record.outlet, record.text].compactMap { $0 }
            fields += record.bylines.flatMap { [$0.label, $0.name] }
            for field in fields {
                #expect(Converter.convertScript(field) == field, "\(page): \(field.prefix(80))")
            }
        }
    }
}
