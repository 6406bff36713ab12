import Dispatch
import ZhNewsConverter
import ZhNewsExtractor
import ZhNewsModel
import ZhNewsParser

/// The whole pipeline for one page: bytes → decoded text → page layout → converted lines →
/// classified lines → articles → records.
///
/// Every input yields at least one ``OutputLine``: records, or an error record that says why
/// not. Inside the package the stages are also callable one by one (`decode`, `layout`,
/// `convert`, `extract`: `package` access) for the tool, the benchmarks and the tests.
///
/// ```swift
/// let pipeline = Pipeline()
/// for line in pipeline.process(PageInput(id: "a.html", path: "a.html", bytes: bytes)) {
///     print(try JSONLines.line(for: line), terminator: "")
/// }
/// ```
public struct Pipeline: Sendable {
    public let options: PipelineOptions
    let decoder = PageDecoder()
    let converter: Converter
    let extractor = ArticleExtractor()
    let dateExtractor = DateExtractor()
    let figureExtractor = FigureExtractor()
    let placeExtractor = PlaceExtractor()

    public init(options: PipelineOptions = PipelineOptions()) {
        self.options = options
        self.converter = Converter(options: ConverterOptions(outputScript: options.outputScript))
    }

    /// Processes one page into its records (or one error record).
    public func process(_ input: PageInput) -> [OutputLine] {
        processExplained(input).lines
    }

    /// Processes one page and also returns every page line left out of the records, with the
    /// class and rule that left it out (what `zhnews extract --explain` prints).
    package func processExplained(_ input: PageInput) -> PageResult {
        var info = InputInfo(path: input.path, url: input.url)
        if let (error, detail) = Self.inputProblem(input.bytes, maxBytes: options.maxBytes) {
            return PageResult(.error(error.record(id: input.id, input: info, detail: detail)))
        }
        let started = DispatchTime.now().uptimeNanoseconds
        let budget = TimeBudget(limit: options.timeLimit, start: started)
        let decoded = decode(input)
        info.encoding = decoded.encoding
        info.encodingSource = decoded.encodingSource
        let layout: PageLayout
        do {
            layout = try self.layout(of: decoded, format: input.format, url: input.url, parseDeadline: budget.deadline(for: .parsing),
                                     deadline: budget.deadline(for: .reading))
        } catch {
            info.format = .html
            return PageResult(.error(InputError.unparsable.record(id: input.id, input: info, detail: "libxml2 could not parse the HTML")))
        }
        info.format = layout.format
        var cutShort: TimeBudget.Stage? = layout.isCutShort ? .reading : nil
        let converted = convert(layout)
        let reading = DeadlineRecorder()
        let classificationDeadline = budget.classificationDeadline().recording(into: reading)
        let articlesDeadline = budget.deadline(for: .articles).recording(into: reading)
        let extraction: (articles: [ExtractedArticle], removed: [ClassifiedLine])
        var foldedView: ScriptFoldedView?
        if options.outputScript == .keep {
            // Extraction reads simplified text; the results come back in the page's script.
            let view = ScriptFoldedView(converted.layout)
            let folded = extractExplained(view.folded, classificationDeadline: classificationDeadline, deadline: articlesDeadline)
            extraction = (folded.articles.map(view.unfold), folded.removed.map(view.unfold))
            foldedView = view
        } else {
            extraction = extractExplained(converted.layout, classificationDeadline: classificationDeadline, deadline: articlesDeadline)
        }
        if cutShort == nil, reading.reached { cutShort = .articles }
        var warnings = decoded.warnings + converted.warnings
        if let cutShort {
            let usable = extraction.articles.contains { !$0.paragraphs.isEmpty || $0.title != nil }
            let passed = "the page went past its --time-limit of \(options.timeLimit) s while \(cutShort.activity)"
            if !usable {
                return PageResult(.error(InputError.timeLimit.record(id: input.id, input: info, detail: passed + ", before any text or headline was read")))
            }
            warnings.append(Warning(.timeLimit, message: passed + "; the record holds what was read by then (dates, places and figures left out)"))
        }
        let mentionDeadline = cutShort == nil ? budget.deadline(for: .mentions) : Deadline(seconds: 0)
        let lines = records(for: extraction.articles, input: input, info: info, script: converted.script, warnings: warnings,
                            mentionDeadline: mentionDeadline, limit: options.timeLimit, foldedView: foldedView)
        return PageResult(lines: lines, removed: extraction.removed)
    }

    /// The check every input passes before it is decoded (`zhnews extract` and `zhnews convert`
    /// share it): empty, larger than `maxBytes`, or binary (an image, an archive, an executable).
    package static func inputProblem(_ bytes: [UInt8], maxBytes: Int = PipelineOptions.defaultMaxBytes) -> (error: InputError, detail: String)? {
        if bytes.isEmpty { return (.empty, "the input is empty (0 bytes)") }
        if bytes.count > maxBytes { return (.tooLarge, "the input is \(bytes.count) bytes, above the limit of \(maxBytes) (--max-bytes)") }
        if let kind = BinarySniffer.binaryKind(bytes) { return (.binary, "the input is \(kind), not a text or HTML page") }
        return nil
    }

    // MARK: - Stages

    /// Stage 1a: bytes → text.
    package func decode(_ input: PageInput) -> DecodedPage {
        decoder.decode(input.bytes, callerCharset: input.charset)
    }

    /// Stage 1b: text → lines (HTML through libxml2). The format is sniffed unless given; the
    /// page's `url`, when known, travels with the layout.
    /// Past `parseDeadline` libxml2 is stopped, past `deadline` the walk over its tree, and the
    /// lines read so far are the page (``PageLayout/isCutShort``).
    package func layout(
        of page: DecodedPage, format: InputInfo.Format? = nil, url: String? = nil, parseDeadline: Deadline = .never,
        deadline: Deadline = .never
    ) throws -> PageLayout {
        var layout: PageLayout
        switch format ?? PageFormatSniffer.format(of: page.text) {
        case .text:
            layout = TextPageReader.layout(of: page.text)
        case .html:
            let limits = HTMLLimits(maxDepth: max(1, options.htmlMaxDepth), deadline: parseDeadline)
            layout = HTMLPageReader.layout(of: try HTMLDocument(parsing: page.text, limits: limits), deadline: deadline)
        }
        layout.url = url
        return layout
    }

    /// Stage 2: the converter over the page's lines and metadata; line structure kept.
    package func convert(_ layout: PageLayout) -> (layout: PageLayout, script: Script, warnings: [Warning]) {
        let joined = layout.lines.joined(separator: "\n")
        let result = converter.convert(joined)
        var converted = layout
        if result.text != joined {  // unchanged text keeps its lines as they are
            let lines = Self.lines(of: result.text)
            converted.lines = lines.count == layout.lines.count ? lines : layout.lines.map { converter.convert($0).text }
        }
        converted.metadata = layout.metadata.mappingTexts { converter.convert($0).text }
        return (converted, result.sourceScript, result.warnings)
    }

    /// Stage 3: lines → articles (line classes, header facts, bylines, body).
    package func extract(_ layout: PageLayout) -> [ExtractedArticle] {
        extractExplained(layout).articles
    }

    /// Stage 3, with the lines left out of the articles; classification stops at
    /// `classificationDeadline`, reading at `deadline`.
    package func extractExplained(
        _ layout: PageLayout, classificationDeadline: Deadline = .never, deadline: Deadline = .never
    ) -> (articles: [ExtractedArticle], removed: [ClassifiedLine]) {
        extractor.extractExplained(layout, classificationDeadline: classificationDeadline, deadline: deadline)
    }

    /// The text's lines, split on `\n` bytes (no grapheme work: the converter keeps line structure).
    static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count where bytes[index] == 0x0A {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), as: UTF8.self))
        }
        return lines
    }

    // MARK: - Records

    private func records(
        for articles: [ExtractedArticle], input: PageInput, info: InputInfo, script: Script, warnings: [Warning],
        mentionDeadline: Deadline, limit: Double, foldedView: ScriptFoldedView? = nil
    ) -> [OutputLine] {
        let reader = MentionReader(dates: dateExtractor, places: placeExtractor, figures: figureExtractor)
        let parts = max(articles.count, 1)
        let articles = articles.isEmpty ? [ExtractedArticle()] : articles
        return articles.enumerated().map { offset, article in
            var info = info
            info.part = offset + 1
            info.parts = parts
            var recordWarnings = warnings + article.warnings
            if article.paragraphs.isEmpty {
                recordWarnings.append(Warning(.noArticleText, message: "no article text was found on the page"))
            }
            let text = article.text
            // Mentions are read in simplified script too; their spans stay (folding keeps every
            // position) and their printed text comes back in the page's script.
            let mentionText = foldedView == nil ? text : ScriptFold.fold(text)
            let mentionOutlet = foldedView == nil ? article.outlet : article.outlet.map { ScriptFold.fold($0) }
            func unfolded<Mention: SpannedMention>(_ mention: Mention) -> Mention {
                guard let foldedView else { return mention }
                var mention = mention
                mention.text = foldedView.unfold(mention.text)
                return mention
            }
            let mentions = reader.mentions(in: mentionText, published: article.published, outlet: mentionOutlet, deadline: mentionDeadline)
            if !mentions.complete, !recordWarnings.contains(where: { $0.code == "time-limit" }) {
                let detail = mentions.readScalars == 0 ? "dates, places and figures left out"
                    : "dates, places and figures after character \(mentions.readScalars) left out"
                recordWarnings.append(Warning(.timeLimit, message: "the page went past its --time-limit of \(limit) s while reading the mentions: \(detail)"))
            }
            let record = Record(
                id: parts > 1 ? "\(input.id)#\(offset + 1)" : input.id, input: info, title: article.title,
                kicker: article.kicker, subtitle: article.subtitle, published: article.published, outlet: article.outlet,
                bylines: article.bylines, script: script, text: text,
                dates: mentions.dates.map { unfolded($0) }, places: mentions.places.map { unfolded($0) },
                figures: mentions.figures.map { unfolded($0) },
                warnings: recordWarnings, worldPlaces: mentions.worldPlaces.map { unfolded($0) }
            )
            return .record(record)
        }
    }
}
