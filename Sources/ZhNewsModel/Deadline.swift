import Dispatch

/// An instant on the monotonic clock by which a page's work must stop (`--time-limit`).
///
/// Stages check it in their loops and, once it has passed, stop and hand on what they have read
/// so far; ``never`` is the default for callers that set no limit.
///
/// ```swift
/// let deadline = Deadline(secondsFromNow: 10)
/// for line in lines { if deadline.hasPassed { break }; … }
/// ```
package struct Deadline: Sendable, Hashable {
    /// `DispatchTime.now().uptimeNanoseconds` at the deadline (`UInt64.max`: never).
    package let uptimeNanoseconds: UInt64
    /// Told when a check finds the deadline passed (so the caller knows a stage was cut short).
    private let recorder: DeadlineRecorder?

    /// No deadline.
    package static let never = Deadline(uptimeNanoseconds: .max)

    package init(uptimeNanoseconds: UInt64) {
        self.uptimeNanoseconds = uptimeNanoseconds
        self.recorder = nil
    }

    private init(uptimeNanoseconds: UInt64, recorder: DeadlineRecorder?) {
        self.uptimeNanoseconds = uptimeNanoseconds
        self.recorder = recorder
    }

    /// The same deadline, telling `recorder` when a check finds it passed.
    package func recording(into recorder: DeadlineRecorder) -> Deadline {
        Deadline(uptimeNanoseconds: uptimeNanoseconds, recorder: recorder)
    }

    package static func == (lhs: Deadline, rhs: Deadline) -> Bool {
        lhs.uptimeNanoseconds == rhs.uptimeNanoseconds
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(uptimeNanoseconds)
    }

    /// `seconds` after `start` (default: now); a limit too large for the clock is ``never``.
    package init(seconds: Double, after start: UInt64 = DispatchTime.now().uptimeNanoseconds) {
        let nanoseconds = seconds * 1e9
        guard nanoseconds.isFinite, nanoseconds < Double(UInt64.max - start) else {
            self = .never
            return
        }
        self.init(uptimeNanoseconds: start + UInt64(max(nanoseconds, 0)))
    }

    /// Whether the deadline has passed (a stage that asks stops there; the recorder, if any, is
    /// told).
    package var hasPassed: Bool {
        let passed = uptimeNanoseconds != .max && DispatchTime.now().uptimeNanoseconds >= uptimeNanoseconds
        if passed { recorder?.reached = true }
        return passed
    }

    /// Seconds left (0 once passed; `.infinity` for ``never``).
    package var remainingSeconds: Double {
        if uptimeNanoseconds == .max { return .infinity }
        let now = DispatchTime.now().uptimeNanoseconds
        return now >= uptimeNanoseconds ? 0 : Double(uptimeNanoseconds - now) / 1e9
    }
}

/// Remembers whether a stage found its ``Deadline`` passed (and so stopped early). One page's
/// stages run on one thread; a recorder is not shared between pages.
package final class DeadlineRecorder: @unchecked Sendable {
    /// A check found the deadline passed.
    package fileprivate(set) var reached = false

    package init() {}
}
