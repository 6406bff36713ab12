import ZhNewsModel

extension Pipeline {
    /// The articles of one HTML page held in a string (already decoded: no charset is sniffed).
    ///
    /// ```swift
    /// let records = try Pipeline().articles(html: page, url: "https://example.cn/a.html")
    /// print(records.first?.title ?? "-")
    /// ```
    ///
    /// - Parameters:
    ///   - html: the page's markup.
    ///   - url: the page's address, when known; it becomes the records' `input.url`, and the id.
    /// - Throws: the ``ErrorRecord`` the page gave instead of records (its `error.knownCode`
    ///   says why: `unparsable`, `time-limit`, …).
    public func articles(html: String, url: String? = nil) throws(ErrorRecord) -> [Record] {
        try records(from: process(PageInput(id: url ?? "page", url: url, bytes: Array(html.utf8), charset: "UTF-8", format: .html)))
    }

    /// The articles of one flattened page (its visible text, a block per line) held in a string.
    ///
    /// - Throws: the ``ErrorRecord`` the page gave instead of records.
    public func articles(text: String) throws(ErrorRecord) -> [Record] {
        try records(from: process(PageInput(id: "page", bytes: Array(text.utf8), charset: "UTF-8", format: .text)))
    }

    private func records(from lines: [OutputLine]) throws(ErrorRecord) -> [Record] {
        var records: [Record] = []
        for line in lines {
            switch line {
            case .record(let record): records.append(record)
            case .error(let error): throw error
            }
        }
        return records
    }
}
