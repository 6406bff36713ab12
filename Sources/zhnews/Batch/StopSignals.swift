import Foundation

/// SIGINT and SIGTERM ask a batch to stop: no new input is started, the ones in flight get a
/// second to finish (those still running are written as `interrupted` error records), a summary
/// is printed, and the process exits with 128 + the signal.
/// A second signal ends the process at once. SIGPIPE is ignored, so a closed output shows up
/// as a write error (handled quietly) instead of killing the process mid-line.
final class StopSignals: @unchecked Sendable {
    private let lock = NSLock()
    private var received: Int32?
    private var sources: [DispatchSourceSignal] = []

    /// Installs the handlers.
    init() {
        POSIX.ignoreBrokenPipes()
        for number in POSIX.stopSignals {
            POSIX.ignore(signal: number)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.receive(number) }
            source.resume()
            sources.append(source)
        }
    }

    /// The first signal received, if any.
    var signal: Int32? { lock.withLock { received } }

    /// Whether the batch should stop.
    var stopRequested: Bool { signal != nil }

    private func receive(_ number: Int32) {
        let first = lock.withLock { () -> Bool in
            if received != nil { return false }
            received = number
            return true
        }
        if !first { POSIX.exitImmediately(128 + number) }
    }

    /// The signal's name, for the summary.
    static func name(_ number: Int32) -> String { POSIX.name(ofSignal: number) }
}
