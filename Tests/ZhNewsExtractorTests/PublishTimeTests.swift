import Testing
import ZhNewsModel
@testable import ZhNewsExtractor

/// The publish-time reader and the date mentions share one absolute-date grammar (issue #19).
@Suite struct PublishTimeTests {
    @Test(arguments: [
        ("发布时间:2024年08月12日17:55 来源", "2024-08-12T17:55:00+08:00"),
        ("2024-08-12 17:55:00", "2024-08-12T17:55:00+08:00"),
        ("2024/8/12", "2024-08-12"),
        ("2024.08.12", "2024-08-12"),
        ("二〇二四年五月二十日 星期一", "2024-05-20"),
        ("二〇二四年五月二十日 星期一 10:30", "2024-05-20T10:30:00+08:00"),
        ("２０２４年５月２０日", "2024-05-20"),
        ("２０２４－０５－２０　１０：３０", "2024-05-20T10:30:00+08:00"),
        ("2024年5月20日（星期一）17时55分", "2024-05-20T17:55:00+08:00"),
        ("一九九八年十二月三十一日", "1998-12-31"),
        ("2024-08-12T09:05+09:00", "2024-08-12T09:05:00+09:00"),
        // a local zone named between date and time, a part of the day before the hour
        ("2018-07-02 HKT 12:58", "2018-07-02T12:58:00+08:00"),
        ("2024年5月20日 北京时间 08:30", "2024-05-20T08:30:00+08:00"),
        ("2024年5月20日周一 下午2:05", "2024-05-20T14:05:00+08:00"),
        ("2024年5月20日 晚上9:20", "2024-05-20T21:20:00+08:00"),
        ("2024年5月20日 上午9:20", "2024-05-20T09:20:00+08:00"),
        ("2024年5月20日 下午12:30", "2024-05-20T12:30:00+08:00"),
    ])
    func reads(_ text: String, _ expected: String) {
        #expect(PublishTime.parse(text) == expected)
    }

    @Test(arguments: ["2024年2月30日", "二〇二四年十三月一日", "20240-08-12", "编号12024-08-12", "二〇二四年", "两〇二四年五月二十日"])
    func rejects(_ text: String) {
        #expect(PublishTime.parse(text) == nil)
    }

    /// Every full date the publish-time reader accepts is one date mention with the same day.
    @Test(arguments: ["二〇二四年五月二十日 星期一", "2024年5月20日", "2024-05-20", "2024/5/20", "2024.05.20", "二零二四年五月二十日"])
    func sameGrammarInMentions(_ text: String) throws {
        let published = try #require(PublishTime.parse(text))
        let mentions = DateExtractor().dates(in: text, published: nil)
        #expect(mentions.count == 1)
        #expect(mentions.first?.value == String(published.prefix(10)))
    }

    @Test func sharedGrammarParts() {
        let s = Array("二〇二四年五月二十日（周一）".unicodeScalars)
        let date = AbsoluteDate.read(s, at: 0)
        #expect(date == AbsoluteDate(year: 2024, month: 5, day: 20, end: 10))
        #expect(AbsoluteDate.weekdayEnd(s, after: 10) == 14)
        #expect(AbsoluteDate.read(Array("二零二三年十二月".unicodeScalars), at: 0, partial: true)?.month == 12)
    }
}
