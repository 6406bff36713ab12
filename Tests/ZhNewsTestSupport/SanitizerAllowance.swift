import Foundation

/// Time allowances for tests that bound how long the tool may take: sanitizer builds
/// (`scripts/sanitize` sets `ZHNEWS_SANITIZER`) run several times slower, so their bounds are
/// stretched instead of skipped.
package enum SanitizerAllowance {
    /// 4 under a sanitizer, else 1.
    package static let factor: Double = ProcessInfo.processInfo.environment["ZHNEWS_SANITIZER"].map { $0.isEmpty ? 1 : 4 } ?? 1

    /// `seconds` stretched for the build being tested.
    package static func seconds(_ seconds: Double) -> Double { seconds * factor }
}
