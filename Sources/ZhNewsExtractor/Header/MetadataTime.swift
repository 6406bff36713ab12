import Foundation
import ZhNewsParser

/// Reads the publish time from HTML metadata: meta tags first, then JSON-LD.
public enum MetadataTime {
    /// Meta names and properties that carry the publish time, most trusted first.
    static let metaKeys = [
        "article:published_time", "og:release_date", "publishdate", "pubdate", "publish_date", "publishtime",
        "ptime", "datepublished", "release_date", "dc.date.issued", "dc.date", "weibo:article:create_at", "og:time", "og:time ",
        "article:published", "publish-date", "firstpublishedtime",
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
        if let time = metadata.scriptDates.first { return time }
        // Last resort: a modification date is at least the right day on most pages.
        for key in lateMetaKeys {
            if let value = metadata.meta[key], let time = PublishTime.parse(value) { return time }
        }
        return nil
    }

    /// Modification-time keys, used only when nothing states the publish time.
    static let lateMetaKeys = ["dateupdate", "datemodified", "article:modified_time", "og:updated_time", "lastmod"]
}
