/// Data: the `<meta>` names and properties the readers use (lowercased, as the parser keys them).
package enum MetaKeys {
    /// Meta names and properties that carry the publish time, most trusted first.
    package static let publishTime = [
        "article:published_time", "og:release_date", "publishdate", "pubdate", "publish_date", "publishtime",
        "ptime", "datepublished", "release_date", "dc.date.issued", "dc.date", "weibo:article:create_at", "og:time",
        "article:published", "publish-date", "firstpublishedtime",
    ]
    /// Modification times: the last resort, at least the right day on most pages.
    package static let lateTime = ["dateupdate", "datemodified", "article:modified_time", "og:updated_time", "lastmod"]
    /// The page's summary, which usually opens the article.
    package static let summary = ["description", "og:description", "twitter:description"]
    /// A title that may carry the headline.
    package static let title = "og:title"
    /// The site's name (never the headline; sometimes the outlet).
    package static let siteName = "og:site_name"
    /// The application's name, another site name.
    package static let applicationName = "application-name"
}
