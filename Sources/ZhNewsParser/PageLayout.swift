import ZhNewsModel

/// A page reduced to what the later stages read: its text lines in reading order, where the
/// article sits among them, and the page's metadata.
///
/// Text pages give their lines as printed; HTML pages give the text of their block elements.
package struct PageLayout: Sendable, Hashable {
    package var format: InputInfo.Format
    /// Lines of text in reading order (no empty lines for HTML; empty lines kept for text pages,
    /// since blank lines there separate paragraphs).
    package var lines: [String]
    /// For HTML, the lines inside the element chosen as the article's container.
    package var articleLines: Range<Int>?
    /// For HTML, the share of each line's characters that stand inside links (empty for text).
    package var linkRatios: [Double] = []
    /// For HTML, the lines inside `header` and `footer` elements, and between the parts of a
    /// split article: never body text.
    package var chromeLines: Set<Int> = []
    /// For HTML, the lines of `figcaption` and caption-class elements.
    package var captionLines: Set<Int> = []
    /// The page's address when the input gave one (`PageInput.url`, a WARC record's target URI),
    /// so that a rule can read the host.
    package var url: String?
    /// Page metadata (HTML only; empty for text pages).
    package var metadata: PageMetadata
    /// Reading the page was stopped at its deadline (`--time-limit`): the lines are the part
    /// read so far.
    package var isCutShort = false

    package init(format: InputInfo.Format, lines: [String], articleLines: Range<Int>? = nil, metadata: PageMetadata = PageMetadata()) {
        self.format = format
        self.lines = lines
        self.articleLines = articleLines
        self.metadata = metadata
    }

    /// The layout with `transform` applied to every line and every text of its metadata
    /// (see ``PageMetadata/mappingTexts(_:)``); positions and line sets unchanged. The one way
    /// to convert a layout, so that no text field is left behind when fields are added.
    package func mappingTexts(_ transform: (String) -> String) -> PageLayout {
        var mapped = self
        mapped.lines = lines.map(transform)
        mapped.metadata = metadata.mappingTexts(transform)
        return mapped
    }
}

/// What an HTML page says about itself outside its body text.
package struct PageMetadata: Sendable, Hashable {
    /// The `<title>` text.
    package var documentTitle: String?
    /// `<meta>` values keyed by lowercased `name`, `property` or `itemprop`.
    package var meta: [String: String]
    /// The texts of `h1` elements, in order.
    package var headings: [String]
    /// The text of an `h2` (or `h3`) standing right after the first `h1`: its subtitle.
    package var subheading: String?
    /// The raw text of JSON-LD scripts.
    package var jsonLD: [String]
    /// Values found under publish-time keys in inline scripts (`"pubtime": "2019-09-07 19:02"`),
    /// in order, as printed (at most 32 characters each): the extractor reads them as times.
    package var scriptTimeValues: [String] = []
    /// Short texts of elements whose `class`/`id` names an author (`author-name`, `byline`),
    /// before the end of the article's container.
    package var authorHints: [String] = []
    /// Short texts of elements whose `class`/`id` names the source (`source`, `a_source`).
    package var outletHints: [String] = []

    package init(documentTitle: String? = nil, meta: [String: String] = [:], headings: [String] = [], jsonLD: [String] = []) {
        self.documentTitle = documentTitle
        self.meta = meta
        self.headings = headings
        self.jsonLD = jsonLD
    }

    /// The metadata with `transform` applied to every text a reader may print: the title,
    /// every `<meta>` value, headings, the subheading, author and outlet hints. JSON-LD and
    /// script dates stay as they are: they are machine data read for times, never printed.
    package func mappingTexts(_ transform: (String) -> String) -> PageMetadata {
        var mapped = self
        mapped.documentTitle = documentTitle.map(transform)
        mapped.meta = meta.mapValues(transform)
        mapped.headings = headings.map(transform)
        mapped.subheading = subheading.map(transform)
        mapped.authorHints = authorHints.map(transform)
        mapped.outletHints = outletHints.map(transform)
        return mapped
    }
}
