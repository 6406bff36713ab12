import Dispatch
import ZhNewsConverter
import ZhNewsExtractor
import ZhNewsModel
import ZhNewsParser

/// The whole pipeline for one page: bytes → decoded text → page layout → converted lines →
/// classified lines → articles → records.
///
/// Every input yields at least one ``OutputLine``: records, or an error record that says why
/// not. The stages are also available one by one (``decode(_:)``, ``layout(of:)``,
/// ``convert(_:)``, ``extract(_:)``) for benchmarks and tools.
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
    public func processExplained(_ input: PageInput) -> PageResult {
        var info = InputInfo(path: input.path, url: input.url)
        if input.bytes.isEmpty {
            return PageResult(.error(InputError.empty.record(id: input.id, input: info, detail: "the input is empty (0 bytes)")))
        }
        if input.bytes.count > options.maxBytes {
            let detail = "the input is \(input.bytes.count) bytes, above the limit of \(options.maxBytes) (--max-bytes)"
            return PageResult(.error(InputError.tooLarge.record(id: input.id, input: info, detail: detail)))
        }
        if let kind = BinarySniffer.binaryKind(input.bytes) {
            return PageResult(.error(InputError.binary.record(id: input.id, input: info, detail: "the input is \(kind), not a text or HTML page")))
        }
        let started = DispatchTime.now().uptimeNanoseconds
        let overTime = { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 > options.timeLimit }
        let decoded = decode(input)
        info.encoding = decoded.encoding
        info.encodingSource = decoded.encodingSource
        let layout: PageLayout
        do {
            layout = try self.layout(of: decoded, format: input.format)
        } catch {
            info.format = .html
            return PageResult(.error(InputError.unparsable.record(id: input.id, input: info, detail: "libxml2 could not parse the HTML")))
        }
        info.format = layout.format
        if overTime() {
            let lines = records(for: [], input: input, info: info, script: .hans, warnings: decoded.warnings + [timeLimitWarning(after: "parsing")], mentions: false)
            return PageResult(lines: lines)
        }
        let converted = convert(layout)
        let extraction: (articles: [ExtractedArticle], removed: [ClassifiedLine])
        var foldedView: ScriptFoldedView?
        if options.outputScript == .keep {
            // Extraction reads simplified text; the results come back in the page's script.
            let view = ScriptFoldedView(converted.layout)
            let folded = extractExplained(view.folded)
            extraction = (folded.articles.map(view.unfold), folded.removed.map(view.unfold))
            foldedView = view
        } else {
            extraction = extractExplained(converted.layout)
        }
        var warnings = decoded.warnings + converted.warnings
        let mentions = !overTime()
        if !mentions { warnings.append(timeLimitWarning(after: "reading the articles (dates, places and figures left out)")) }
        let lines = records(for: extraction.articles, input: input, info: info, script: converted.script, warnings: warnings, mentions: mentions,
                            foldedView: foldedView)
        return PageResult(lines: lines, removed: extraction.removed)
    }

    private func timeLimitWarning(after stage: String) -> Warning {
        Warning(code: "time-limit", message: "the page took more than \(options.timeLimit) s; stopped after \(stage)")
    }

    // MARK: - Stages

    /// Stage 1a: bytes → text.
    public func decode(_ input: PageInput) -> DecodedPage {
        decoder.decode(input.bytes, callerCharset: input.charset)
    }

    /// Stage 1b: text → lines (HTML through libxml2). The format is sniffed unless given.
    public func layout(of page: DecodedPage, format: InputInfo.Format? = nil) throws -> PageLayout {
        switch format ?? PageFormatSniffer.format(of: page.text) {
        case .text:
            return TextPageReader.layout(of: page.text)
        case .html:
            return HTMLPageReader.layout(of: try HTMLDocument(parsing: page.text))
        }
    }

    /// Stage 2: the converter over the page's lines and metadata; line structure kept.
    public func convert(_ layout: PageLayout) -> (layout: PageLayout, script: Script, warnings: [Warning]) {
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
    public func extract(_ layout: PageLayout) -> [ExtractedArticle] {
        extractExplained(layout).articles
    }

    /// Stage 3, with the lines left out of the articles.
    public func extractExplained(_ layout: PageLayout) -> (articles: [ExtractedArticle], removed: [ClassifiedLine]) {
        extractor.extractExplained(layout)
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
        for articles: [ExtractedArticle], input: PageInput, info: InputInfo, script: Script, warnings: [Warning], mentions: Bool,
        foldedView: ScriptFoldedView? = nil
    ) -> [OutputLine] {
        let parts = max(articles.count, 1)
        let articles = articles.isEmpty ? [ExtractedArticle()] : articles
        return articles.enumerated().map { offset, article in
            var info = info
            info.part = offset + 1
            info.parts = parts
            var recordWarnings = warnings + article.warnings
            if article.paragraphs.isEmpty {
                recordWarnings.append(Warning(code: "no-article-text", message: "no article text was found on the page"))
            }
            let text = article.text
            // Mentions are read in simplified script too; their spans stay (folding keeps every
            // position) and their printed text comes back in the page's script.
            let mentionText = foldedView == nil ? text : ScriptFoldedView.fold(text)
            let mentionOutlet = foldedView == nil ? article.outlet : article.outlet.map(ScriptFoldedView.fold)
            func unfolded<Mention: PrintedMention>(_ mention: Mention) -> Mention {
                guard let foldedView else { return mention }
                var mention = mention
                mention.text = foldedView.unfold(mention.text)
                return mention
            }
            let record = Record(
                id: parts > 1 ? "\(input.id)#\(offset + 1)" : input.id, input: info, title: article.title,
                kicker: article.kicker, subtitle: article.subtitle, published: article.published, outlet: article.outlet,
                bylines: article.bylines, script: script, text: text,
                dates: mentions ? dateExtractor.dates(in: mentionText, published: article.published).map { unfolded($0) } : [],
                places: mentions ? placeExtractor.places(in: mentionText, outlet: mentionOutlet).map { unfolded($0) } : [],
                figures: mentions ? figureExtractor.figures(in: mentionText).map { unfolded($0) } : [],
                warnings: recordWarnings
            )
            return .record(record)
        }
    }
}
