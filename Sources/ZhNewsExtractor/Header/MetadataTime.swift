import Foundation
import ZhNewsParser
import ZhNewsRules

/// Reads the publish time from HTML metadata: meta tags first, then JSON-LD.
///
/// Metadata often states an instant in UTC (`2024-05-20T06:05:02.000Z`) where the page prints
/// the local time (`下午2:05`); the value is given in China Standard Time (`+08:00`, the zone of
/// the mainland, Hong Kong, Macau and Taiwan), as the page's readers see it.
package enum MetadataTime {
    package static func published(_ metadata: PageMetadata) -> String? {
        for key in MetaKeys.publishTime {
            if let value = metadata.meta[key], let time = parse(value) { return time }
        }
        for json in metadata.jsonLD {
            guard let range = json.range(of: "\"datePublished\"") else { continue }
            let tail = json[range.upperBound...].prefix(80)
            if let time = parse(String(tail)) { return time }
        }
        // Values scripts give under publish-time keys (`"pubtime": "…"`): the first that reads as a date.
        if let time = metadata.scriptTimeValues.lazy.compactMap(PublishTime.parse).first { return time }
        // Last resort: a modification date is at least the right day on most pages.
        for key in MetaKeys.lateTime {
            if let value = metadata.meta[key], let time = parse(value) { return time }
        }
        return nil
    }

    /// A metadata time as ISO 8601 in `+08:00`: fractional seconds dropped, a stated zone
    /// converted.
    static func parse(_ value: String) -> String? {
        guard let time = PublishTime.parse(withoutFractionalSeconds(value)) else { return nil }
        return inChinaStandardTime(time)
    }

    /// `06:05:02.000Z` → `06:05:02Z`: the fraction would hide the zone from the time reader.
    static func withoutFractionalSeconds(_ value: String) -> String {
        var scalars = Array(value.unicodeScalars)
        var index = 0
        while index + 3 < scalars.count {
            // `:SS.fff`: a colon, two digits, a point, then digits.
            if scalars[index] == ":", isDigit(scalars[index + 1]), isDigit(scalars[index + 2]), scalars[index + 3] == ".",
               index + 4 < scalars.count, isDigit(scalars[index + 4]) {
                var end = index + 4
                while end < scalars.count, isDigit(scalars[end]) { end += 1 }
                scalars.removeSubrange((index + 3)..<end)
                break
            }
            index += 1
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// `2024-05-20T06:05:02Z` → `2024-05-20T14:05:02+08:00`; values without a time, or already
    /// in `+08:00`, are returned as they are.
    static func inChinaStandardTime(_ iso: String) -> String {
        let s = Array(iso.utf8)
        // yyyy-mm-ddThh:mm:ss then Z or ±hh:mm
        guard s.count >= 20, s[10] == UInt8(ascii: "T"), let year = digits(s, 0, 4), let month = digits(s, 5, 2),
              let day = digits(s, 8, 2), let hour = digits(s, 11, 2), let minute = digits(s, 14, 2) else { return iso }
        let zone = s[19...]
        var offset = 0
        if zone.elementsEqual("Z".utf8) {
            offset = 0
        } else if zone.count == 6, let sign = zone.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
                  let hours = digits(s, 20, 2), let minutes = digits(s, 23, 2) {
            offset = (hours * 60 + minutes) * (sign == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return iso
        }
        let shift = 8 * 60 - offset
        guard shift != 0 else { return iso }
        var minutes = hour * 60 + minute + shift
        var date = CivilDate(year: year, month: month, day: day)
        while minutes < 0 { minutes += 24 * 60; date = date.adding(days: -1) }
        while minutes >= 24 * 60 { minutes -= 24 * 60; date = date.adding(days: 1) }
        let seconds = String(decoding: s[17..<19], as: UTF8.self)
        return "\(ISOText.day(date))T\(ISOText.pad(minutes / 60, 2)):\(ISOText.pad(minutes % 60, 2)):\(seconds)+08:00"
    }

    private static func digits(_ s: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= s.count else { return nil }
        var value = 0
        for byte in s[start..<(start + count)] {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    /// Modification-time keys, used only when nothing states the publish time.
}
