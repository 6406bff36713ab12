import Foundation

/// The progress line on a terminal: `1234/5000 inputs  210.4 pages/s  ETA 18 s  3 errors`,
/// redrawn in place on standard error at most four times a second. Silent when standard error
/// is not a terminal.
struct ProgressLine {
    private let enabled: Bool
    private let total: Int?
    private let started = DispatchTime.now().uptimeNanoseconds
    private var lastDraw: UInt64 = 0
    private var drawn = false

    init(enabled: Bool, total: Int?) {
        self.enabled = enabled && POSIX.isTerminal(POSIX.standardError)
        self.total = total
    }

    /// Redraws the line when the last draw is a quarter of a second old.
    mutating func update(done: Int, errors: Int) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now &- lastDraw >= 250_000_000 else { return }
        lastDraw = now
        let seconds = Double(now &- started) / 1e9
        let rate = seconds > 0 ? Double(done) / seconds : 0
        var text = total.map { "\(done)/\($0) inputs" } ?? "\(done) inputs"
        text += "  " + String(format: "%.1f", rate) + " pages/s"
        if let total, rate > 0, done < total {
            text += "  ETA " + Self.duration(Double(total - done) / rate)
        }
        text += "  \(errors) error\(errors == 1 ? "" : "s")"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
        drawn = true
    }

    /// Clears the line before the summary is printed.
    mutating func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min \(whole % 60) s" }
        return "\(whole / 3600) h \(whole / 60 % 60) min"
    }
}
