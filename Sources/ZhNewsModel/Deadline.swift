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
public struct Deadline: Sendable, Hashable {
    /// `DispatchTime.now().uptimeNanoseconds` at the deadline (`UInt64.max`: never).
    public let uptimeNanoseconds: UInt64

    /// No deadline.
    public static let never = Deadline(uptimeNanoseconds: .max)

    public init(uptimeNanoseconds: UInt64) {
        self.uptimeNanoseconds = uptimeNanoseconds
    }

    /// `seconds` after `start` (default: now); a limit too large for the clock is ``never``.
    public init(seconds: Double, after start: UInt64 = DispatchTime.now().uptimeNanoseconds) {
        let nanoseconds = seconds * 1e9
        guard nanoseconds.isFinite, nanoseconds < Double(UInt64.max - start) else {
            self = .never
            return
        }
        uptimeNanoseconds = start + UInt64(max(nanoseconds, 0))
    }

    /// Whether the deadline has passed.
    public var hasPassed: Bool {
        uptimeNanoseconds != .max && DispatchTime.now().uptimeNanoseconds >= uptimeNanoseconds
    }

    /// Seconds left (0 once passed; `.infinity` for ``never``).
    public var remainingSeconds: Double {
        if uptimeNanoseconds == .max { return .infinity }
        let now = DispatchTime.now().uptimeNanoseconds
        return now >= uptimeNanoseconds ? 0 : Double(uptimeNanoseconds - now) / 1e9
    }
}
