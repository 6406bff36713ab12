/// Data: the keys under which inline scripts give a page's publish time
/// (`"pubtime": "2019-09-07 19:02:26"`, `ptime : '…'`), as scripts spell them.
package enum ScriptTimeKeys {
    package static let keys = [
        "pubtime", "pubTime", "publish_time", "publishTime", "publishtime", "pubdate", "pubDate", "ptime", "newsTime",
        "newstime", "datePublished", "publishDate", "pub_time", "create_time",
    ]
}
