import Foundation
import ZhNewsParser

/// Reads the publish time from HTML metadata: meta tags first, then JSON-LD.
public enum MetadataTime {
    /// Meta names and properties that carry the publish time, most trusted first.
    static let metaKeys = [
        "article:published_time", "og:release_date", "publishdate", "pubdate", "publish_date", "publishtime",
        "ptime", "datepublished", "release_date", "dc.date.issued", "dc.date", "weibo:article:create_at",
    ]

    public static func published(_ metadata: PageMetadata) -> String? {
        for key in metaKeys {
            if let value = metadata.meta[key], let time = PublishTime.parse(value) { return time }
        }
        for json in metadata.jsonLD {
            guard let range = json.range(of: "\"datePublished\"") else { continue }
            let tail = json[range.upperBound...].prefix(80)
            if let time = PublishTime.parse(String(tail)) { return time }
        }
        return nil
    }
}
