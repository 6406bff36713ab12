/// Tells whether a body without a `Content-Type` is an HTML page, from its first bytes.
enum HTMLSniffer {
    /// How far into the body the markers are looked for.
    static let window = 1024
    static let markers: [[UInt8]] = ["<!doctype html", "<html", "<head"].map { Array($0.utf8) }

    /// Whether `<!doctype html`, `<html` or `<head` (any case) occurs near the start.
    static func looksLikeHTML<Bytes: Collection>(_ body: Bytes) -> Bool where Bytes.Element == UInt8 {
        let head = body.prefix(window).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        guard head.count >= 5 else { return false }
        for start in head.indices where head[start] == 0x3C {
            for marker in markers where head[start...].starts(with: marker) { return true }
        }
        return false
    }
}
