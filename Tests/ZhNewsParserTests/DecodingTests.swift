import Foundation
import Testing
import ZhNews
import ZhNewsParser
import ZhNewsTestSupport

/// Bytes → text: each rule of the decoder, on fixture pages and on small byte strings.
@Suite("Decoding")
struct DecodingTests {
    @Test("an empty file gives an `empty` error record")
    func emptyFile() throws {
        let error = try ZhNewsTestSupport.errorRecord("Fixtures/encoding/empty.txt")
        #expect(error.error.code == "empty")
        #expect(error.id == "Fixtures/encoding/empty.txt")
        #expect(error.input.path == "Fixtures/encoding/empty.txt")
    }

    @Test("random bytes give a `binary` error record")
    func randomBytes() throws {
        let error = try ZhNewsTestSupport.errorRecord("Fixtures/encoding/random-bytes.html")
        #expect(error.error.code == "binary")
    }

    @Test("a GBK page without any declaration is detected as GB18030")
    func gbkUndeclared() throws {
        let record = try ZhNewsTestSupport.record("Fixtures/encoding/gbk-undeclared.html")
        #expect(record.input.encoding == "GB18030")
        #expect(record.input.encodingSource == .detected)
        #expect(record.input.format == .html)
        #expect(record.title == "十堰市张湾区红卫街道践行共同缔造理念")
        #expect(record.text.contains("西城佳苑小区作为红卫街道界牌社区老旧小区改造的典范"))
        #expect(!record.text.contains("\u{FFFD}"))
        #expect(record.warnings.contains { $0.code == "encoding-detected" })
    }

    @Test("a Big5 page is decoded as Big5-HKSCS")
    func big5() throws {
        let bytes = try FixturePaths.bytes("Fixtures/encoding/big5-undeclared.html")
        let page = PageDecoder().decode(bytes)
        #expect(page.encoding == "Big5-HKSCS")
        #expect(page.encodingSource == .detected)
        #expect(page.replacements == 0)
        #expect(page.text.contains("自凱旋社區成立以來"))
        let record = try ZhNewsTestSupport.record("Fixtures/encoding/big5-undeclared.html")
        #expect(record.input.encoding == "Big5-HKSCS")
        #expect(!record.text.isEmpty && !record.text.contains("\u{FFFD}"))
    }

    @Test("a page declaring gb2312 whose bytes are UTF-8 is read as UTF-8")
    func declaredGB2312IsUTF8() throws {
        let record = try ZhNewsTestSupport.record("Fixtures/encoding/declared-gb2312-is-utf8.html")
        #expect(record.input.encoding == "UTF-8")
        #expect(record.input.encodingSource == .detected)
        #expect(record.warnings.contains { $0.code == "encoding-mislabelled" })
        #expect(record.text.contains("总面积近1000平方米"))
    }

    @Test("a UTF-8 page with a BOM: the BOM chooses UTF-8 and is not in the text")
    func utf8BOM() throws {
        let record = try ZhNewsTestSupport.record("Fixtures/encoding/utf8-bom.txt")
        #expect(record.input.encoding == "UTF-8")
        #expect(record.input.encodingSource == .bom)
        #expect(!record.text.contains("\u{FEFF}"))
        #expect(record.text.contains("十堰市张湾区红卫街道") )
    }

    @Test("invalid UTF-8 in the middle becomes U+FFFD with a warning; the rest is intact")
    func invalidUTF8Middle() throws {
        let record = try ZhNewsTestSupport.record("Fixtures/encoding/invalid-utf8-middle.txt")
        #expect(record.input.encoding == "UTF-8")
        #expect(record.text.contains("\u{FFFD}"))
        #expect(record.text.contains("西城佳苑小区作为红卫街道"))
        let warning = try #require(record.warnings.first { $0.code == "bytes-replaced" })
        #expect(warning.message.hasPrefix("3 invalid"))
    }

    @Test("a path that does not exist gives a `not-found` error record")
    func missingPath() {
        let lines = Pipeline().process(path: "Fixtures/no-such-page.html")
        guard case .error(let error) = lines.first, lines.count == 1 else {
            Issue.record("expected one error record, got \(lines)")
            return
        }
        #expect(error.error.code == "not-found")
        #expect(error.id == "Fixtures/no-such-page.html")
    }

    @Test("the charset the caller gives is used when it decodes cleanly")
    func callerCharset() throws {
        let bytes = try FixturePaths.bytes("Fixtures/encoding/gbk-undeclared.html")
        let page = PageDecoder().decode(bytes, callerCharset: "gbk")
        #expect(page.encoding == "GB18030")
        #expect(page.encodingSource == .caller)
        #expect(page.warnings.isEmpty)
    }

    @Test("a wrong caller charset loses to one that decodes cleanly")
    func wrongCallerCharset() throws {
        let bytes = try FixturePaths.bytes("Fixtures/encoding/gbk-undeclared.html")
        let page = PageDecoder().decode(bytes, callerCharset: "big5")
        #expect(page.encoding == "GB18030")
        #expect(page.text.contains("西城佳苑小区"))
        #expect(page.warnings.contains { $0.code == "encoding-mislabelled" })
    }

    @Test("declarations are found in meta charset, http-equiv and the XML declaration",
          arguments: [
              ("<meta charset=\"gbk\">", "GB18030"),
              ("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GB2312\">", "GB18030"),
              ("<?xml version=\"1.0\" encoding=\"big5\"?>", "Big5-HKSCS"),
              ("<meta charset='utf-8'>", "UTF-8"),
          ])
    func declarations(declaration: String, expected: String) {
        let body = declaration.hasPrefix("<?xml") ? "<html><body><p>" : "<html><head>\(declaration)</head><body><p>"
        var bytes = Array((declaration.hasPrefix("<?xml") ? declaration : "").utf8) + Array(body.utf8)
        bytes += Array("abc</p></body></html>".utf8)
        let page = PageDecoder().decode(bytes)
        #expect(page.encoding == expected)
        #expect(page.encodingSource == .declared)
    }

    @Test("an unknown declared charset is ignored with a warning")
    func unknownDeclaration() {
        let page = PageDecoder().decode(Array("<meta charset=\"x-klingon\"><p>中文内容</p>".utf8))
        #expect(page.encoding == "UTF-8")
        #expect(page.warnings.contains { $0.code == "encoding-unknown" })
    }

    @Test("GB2312 and GBK labels decode as GB18030, so characters outside GB2312 survive")
    func gbWidening() {
        // 镕 (U+9555) is in GBK but not GB2312; 𠀀 (U+20000) only in GB18030.
        let bytes: [UInt8] = [0xE9, 0x46] + [0x95, 0x32, 0x82, 0x36]
        let page = PageDecoder().decode(bytes, callerCharset: "gb2312")
        #expect(page.encoding == "GB18030")
        #expect(page.text == "镕\u{20000}")
        #expect(page.replacements == 0)
    }
}
