import Foundation
import ZhNews
import ZhNewsBatch
import ZhNewsModel

/// One page's scores against its gold file (`<gold>/<page id>.json`: `title`, `published`,
/// `authors`, `body`), by ``DevsetMetrics``.
struct PageScore: Sendable {
    /// The page's id: its file name without the page extension (`gne-163-1`).
    var page: String
    /// The file name the page id came from, the order pages are listed and averaged in.
    var fileName: String
    var bodyPrecision: Double
    var bodyRecall: Double
    var bodyF1: Double
    var title: Bool
    /// The title agrees once spaces are dropped (see ``DevsetMetrics/titleMatchesIgnoringSpaces(gold:got:)``).
    var titleIgnoringSpaces: Bool
    /// nil when the gold gives no date (not scored).
    var date: Bool?
    /// nil when the gold gives no time (not scored).
    var dateTime: Bool?
    var authors: Double
    var gotTitle: String?
    var gotPublished: String?
    var gotAuthors: [String]
    var goldTitle: String?
    var goldPublished: String?
    var goldAuthors: [String]
    /// The error code when the page gave an error record (scored as an empty record).
    var error: String?

    /// The family: the id up to its first `-` (`gne`).
    var family: String { String(page.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).first ?? "") }

    /// The page id and file name of a record id (`dir/gne-163-1.html#2` → `gne-163-1`, `gne-163-1.html`).
    static func pageName(ofRecordID id: String) -> (page: String, fileName: String) {
        let path = String(id.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        let fileName = (path as NSString).lastPathComponent
        let ext = (fileName as NSString).pathExtension
        let page = InputFiles.pageExtensions.contains(ext.lowercased()) ? String(fileName.dropLast(ext.count + 1)) : fileName
        return (page, fileName)
    }

    /// Why a page cannot be scored.
    struct GoldError: Error, CustomStringConvertible {
        var description: String
    }

    /// Scores a page's first record (nil: none, or an error record) against the gold in `goldDirectory`.
    init(recordID: String, record: JSONValue?, goldDirectory: String) throws {
        (page, fileName) = Self.pageName(ofRecordID: recordID)
        let goldPath = goldDirectory + "/" + page + ".json"
        guard let data = FileManager.default.contents(atPath: goldPath) else { throw GoldError(description: "no gold at \(goldPath)") }
        let gold: JSONValue
        do {
            gold = try JSONValue(parsing: String(decoding: data, as: UTF8.self))
        } catch {
            throw GoldError(description: "\(goldPath) is not JSON: \(error)")
        }
        guard let body = gold["body"]?.arrayValue?.compactMap(\.stringValue) else { throw GoldError(description: "\(goldPath) has no body") }
        error = record?["error"]?["code"]?.stringValue
        let record = error == nil ? record : nil
        let text = record?["text"]?.stringValue
        (bodyPrecision, bodyRecall, bodyF1) = DevsetMetrics.body(gold: body, text: text)
        goldTitle = gold["title"]?.stringValue
        gotTitle = record?["title"]?.stringValue
        title = DevsetMetrics.titleMatches(gold: goldTitle, got: gotTitle)
        titleIgnoringSpaces = DevsetMetrics.titleMatchesIgnoringSpaces(gold: goldTitle, got: gotTitle)
        goldPublished = gold["published"]?.stringValue
        gotPublished = record?["published"]?.stringValue
        (date, dateTime) = DevsetMetrics.published(gold: goldPublished, got: gotPublished)
        let bylines = (record?["bylines"]?.arrayValue ?? []).compactMap { byline -> (role: String, name: String)? in
            guard let role = byline["role"]?.stringValue, let name = byline["name"]?.stringValue else { return nil }
            return (role, name)
        }
        goldAuthors = gold["authors"]?.arrayValue?.compactMap(\.stringValue) ?? []
        authors = DevsetMetrics.authors(gold: goldAuthors, bylines: bylines)
        gotAuthors = Set(bylines.filter { DevsetMetrics.authorRoles.contains($0.role) }.map(\.name)).sorted()
    }
}
