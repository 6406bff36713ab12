import ZhNewsModel

/// One article's header facts and body, before mentions are found and the record is written.
package struct ExtractedArticle: Sendable, Hashable {
    package var title: String?
    package var kicker: String?
    package var subtitle: String?
    /// ISO 8601 (see ``Record/published``).
    package var published: String?
    package var outlet: String?
    package var bylines: [Byline]
    /// Body paragraphs in reading order.
    package var paragraphs: [String]
    package var warnings: [Warning]
    /// How many leading paragraphs are known to be short (no lead among them), so that
    /// ``appendParagraph(_:)`` looks at each paragraph once: linear on a page of many short blocks.
    var shortLeadingParagraphs = ScanMark()

    package init(
        title: String? = nil, kicker: String? = nil, subtitle: String? = nil, published: String? = nil,
        outlet: String? = nil, bylines: [Byline] = [], paragraphs: [String] = [], warnings: [Warning] = []
    ) {
        self.title = title
        self.kicker = kicker
        self.subtitle = subtitle
        self.published = published
        self.outlet = outlet
        self.bylines = bylines
        self.paragraphs = paragraphs
        self.warnings = warnings
    }

    /// The body as the record's `text`: paragraphs joined by `\n`.
    package var text: String { paragraphs.joined(separator: "\n") }

    /// The article with `transform` applied to every printed text: title, kicker, subtitle,
    /// outlet, byline labels and names, paragraphs (not the ISO time, not warnings).
    package func mappingTexts(_ transform: (String) -> String) -> ExtractedArticle {
        var mapped = self
        mapped.title = title.map(transform)
        mapped.kicker = kicker.map(transform)
        mapped.subtitle = subtitle.map(transform)
        mapped.outlet = outlet.map(transform)
        mapped.bylines = bylines.map { Byline(role: $0.role, label: transform($0.label), name: transform($0.name)) }
        mapped.paragraphs = paragraphs.map(transform)
        return mapped
    }
}

/// A position remembered to skip work already done; it never makes two values unequal.
struct ScanMark: Hashable, Sendable {
    var count = 0
    static func == (_: ScanMark, _: ScanMark) -> Bool { true }
    func hash(into _: inout Hasher) {}
}
