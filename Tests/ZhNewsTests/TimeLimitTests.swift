import Foundation
import Testing
@testable import ZhNews
@testable import ZhNewsExtractor
import ZhNewsModel
import ZhNewsParser
import ZhNewsTestSupport

/// Linear time on pages of many short blocks, and `--time-limit` in every stage.
@Suite("Linear time and the time limit")
struct TimeLimitTests {
    // MARK: - Linear time

    /// `appendParagraph` once measured every earlier paragraph to know whether the lead had been
    /// read: 200,000 short paragraphs were 2·10¹⁰ scalar counts (hours). Each is measured once now.
    @Test("200,000 short paragraphs, then a lead: appended in bounded time, the lead still read")
    func manyShortParagraphs() {
        var article = ExtractedArticle()
        let started = Date()
        for _ in 0..<200_000 { article.appendParagraph("短") }
        article.appendParagraph("荆楚网(湖北日报网)讯(记者 张世鑫)在十堰市张湾区红卫街道，共同缔造理念正深刻地融入社会治理。")
        article.appendParagraph("荆楚网(湖北日报网)讯(记者 李蔚东)第二个长段落不是导语，其中的记者不算这篇文章的署名。")
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < SanitizerAllowance.seconds(20), "200,000 paragraphs took \(seconds) s")
        #expect(article.paragraphs.count == 200_002)
        #expect(article.bylines.map(\.name) == ["张世鑫"], "only the first long paragraph is the lead: \(article.bylines)")
    }

    /// The lead is the first paragraph longer than the limit, however the paragraphs came.
    @Test("the lead is read from the first long paragraph only",
          arguments: [
              (["短", "也短"], true),
              ([], true),
              (["这一段足够长，超过二十个字，所以它本身就是导语，后面的段落不再读署名。"], false),
          ])
    func leadAfter(earlier: [String], leadRead: Bool) {
        var article = ExtractedArticle()
        for paragraph in earlier { article.appendParagraph(paragraph) }
        article.appendParagraph("荆楚网(湖北日报网)讯(记者 张世鑫)在十堰市张湾区红卫街道，共同缔造理念正深刻地融入社会治理。")
        #expect(article.bylines.contains { $0.name == "张世鑫" } == leadRead)
    }

    /// Each ×10 in blocks should cost about ×10 in time; a quadratic step costs ×100. The
    /// extraction stage (where the quadratic step was) on 2,000 and 20,000 short lines.
    @Test("extraction over 2,000 and 20,000 short lines grows about linearly")
    func extractionGrowth() {
        let extractor = ArticleExtractor()
        func seconds(_ count: Int) -> Double {
            let layout = PageLayout(format: .html, lines: Array(repeating: "短句", count: count))
            let started = Date()
            _ = extractor.extract(layout)
            return Date().timeIntervalSince(started)
        }
        _ = seconds(200)  // warm-up
        let small = max(seconds(2_000), 1e-3)
        let large = seconds(20_000)
        #expect(large / small < 40, "×10 lines cost ×\(large / small) (\(small) s → \(large) s); linear is about 10")
    }

    // MARK: - Deadlines

    @Test("Deadline: passed, not passed, never")
    func deadline() {
        #expect(Deadline(seconds: 0).hasPassed)
        #expect(Deadline(seconds: -1).hasPassed)
        #expect(!Deadline(seconds: 60).hasPassed)
        #expect(!Deadline.never.hasPassed)
        #expect(Deadline(seconds: 1e300) == .never)
        #expect(Deadline(seconds: .infinity) == .never)
        #expect(Deadline.never.remainingSeconds == .infinity)
        #expect(Deadline(seconds: 0).remainingSeconds == 0)
    }

    static let paragraph = "<p>在十堰市张湾区红卫街道，“共同缔造”理念正深刻地融入社会治理的各个方面。</p>"
    static let page = "<html><head><title>标题</title></head><body><h1>标题</h1>" + String(repeating: paragraph, count: 2000) + "</body></html>"

    /// libxml2 is stopped from its callbacks (every 64): a passed deadline leaves a stub of the tree.
    @Test("a parse past its deadline is stopped: the tree read so far, marked cut short")
    func parseStopped() throws {
        let whole = try HTMLDocument(parsing: Self.page)
        #expect(!whole.isCutShort)
        let cut = try HTMLDocument(parsing: Self.page, limits: HTMLLimits(deadline: Deadline(seconds: 0)))
        #expect(cut.isCutShort)
        #expect(cut.nodes.count < whole.nodes.count / 10, "\(cut.nodes.count) of \(whole.nodes.count) nodes read past the deadline")
        for (index, node) in cut.nodes.enumerated() {
            #expect(node.end > index && node.end <= cut.nodes.count, "node \(index) ends at \(node.end) of \(cut.nodes.count)")
        }
    }

    @Test("lines not classified by the deadline stay, as empty time-limit lines")
    func classificationStopped() {
        let lines = Array(repeating: "正文第一段，内容。", count: 500)
        let classified = LineClassifier().classify(lines, deadline: Deadline(seconds: 0))
        #expect(classified.count == lines.count)
        #expect(classified.allSatisfy { $0.lineClass == .blank && $0.rule == LineClassifier.timeLimitRule && $0.text.isEmpty })
        #expect(LineClassifier().classify(lines).allSatisfy { $0.lineClass == .body })
    }

    /// A page over its limit: a record of what was read with the warning, or the error record
    /// when nothing was; never a hang, never mentions from a cut page.
    @Test("a page over --time-limit gives a partial record with a time-limit warning, or a time-limit error record")
    func pipelineOverLimit() throws {
        let input = PageInput(id: "big.html", bytes: Array(Self.page.utf8))
        // The page read whole: no limit to speak of (a sanitizer build takes well over the default 10 s).
        let full = Pipeline(options: PipelineOptions(timeLimit: 3600)).process(input)
        guard case .record(let whole)? = full.first else {
            Issue.record("no record without a limit: \(full)")
            return
        }
        #expect(whole.warnings.allSatisfy { $0.code != "time-limit" })
        let started = Date()
        let cut = Pipeline(options: PipelineOptions(timeLimit: 1e-6)).process(input)
        #expect(Date().timeIntervalSince(started) < SanitizerAllowance.seconds(5))
        switch cut.first {
        case .record(let record)?:
            #expect(record.warnings.contains { $0.code == "time-limit" }, "a cut page must say so: \(record.warnings)")
            #expect(record.text.count < whole.text.count)
            #expect(record.dates.isEmpty && record.places.isEmpty && record.figures.isEmpty)
        case .error(let error)?:
            #expect(error.error.code == "time-limit")
        case nil:
            Issue.record("no line for a page over its limit")
        }
    }

    @Test("TimeBudget: the stages stop in order, classification gets a share of what is left")
    func budget() {
        let budget = TimeBudget(limit: 10, start: DispatchTime.now().uptimeNanoseconds)
        let parse = budget.deadline(for: .parsing), reading = budget.deadline(for: .reading), articles = budget.deadline(for: .articles)
        #expect(parse.uptimeNanoseconds < reading.uptimeNanoseconds && reading.uptimeNanoseconds < articles.uptimeNanoseconds)
        #expect(Double(articles.uptimeNanoseconds - budget.start) / 1e9 <= 10)
        let classification = budget.classificationDeadline()
        #expect(classification.uptimeNanoseconds < articles.uptimeNanoseconds)
        #expect(classification.remainingSeconds > 1 && classification.remainingSeconds < 3)
    }
}
