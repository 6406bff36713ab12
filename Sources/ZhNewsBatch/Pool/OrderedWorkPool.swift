import Foundation

/// Runs a function over a stream of jobs on several threads and hands the results back in the
/// order the jobs came, so the output of `workers: 2` is the output of `workers: 1`.
///
/// Jobs are taken from the stream only as fast as results are consumed: at most `window` jobs
/// are in flight at once, so memory stays flat however long the stream is. The stream is read
/// on a thread of its own and the jobs run on worker threads, started only as jobs wait for
/// them (never more than `workers`, nor more than the jobs in flight), so a result is handed back
/// as soon as it is ready even while the stream waits for input (a client that writes one
/// request and waits for its answer is served), and the calling thread is free to stop the run.
///
/// ```swift
/// let pool = OrderedWorkPool(workers: 2) { (path: String) in pipeline.process(path: path) }
/// try pool.run(paths.makeIterator()) { lines in try writer.write(lines) }
/// ```
package final class OrderedWorkPool<Job: Sendable, Output: Sendable>: @unchecked Sendable {
    package let workers: Int
    package let window: Int
    private let work: @Sendable (Job) -> Output

    /// The most worker threads a pool starts, whatever `workers` asks: far above the cores of
    /// any machine, low enough that thread stacks and jobs in flight stay small.
    package static var maximumWorkers: Int { 256 }

    // Shared state of one run, guarded by `condition`.
    private let condition = NSCondition()
    private var pending: [(sequence: Int, job: Job)] = []
    private var pendingHead = 0
    /// Jobs a worker has started and not finished, by sequence.
    private var running: [Int: Job] = [:]
    private var finished: [Int: Output] = [:]
    private var produced = 0
    private var emitted = 0
    private var exhausted = false
    private var closed = false
    /// Set once a stop is seen: workers start no queued job.
    private var stopping = false
    private var threads = 0
    private var idleWorkers = 0

    /// - Parameters:
    ///   - workers: threads that run `work` (at most ``maximumWorkers``).
    ///   - window: most jobs taken from the stream but not yet handed back (default 4 per worker).
    package init(workers: Int, window: Int? = nil, work: @escaping @Sendable (Job) -> Output) {
        self.workers = min(max(1, workers), Self.maximumWorkers)
        self.window = max(self.workers, window ?? 4 * self.workers)
        self.work = work
    }

    /// Runs every job the iterator gives and calls `emit` with each output, in job order, on the
    /// calling thread. A pool runs one stream at a time, and not again after a run that gave up
    /// jobs (`abandon`).
    ///
    /// `shouldStop` is asked before each new job is taken and while results are awaited. Once it
    /// says yes, no more jobs are taken, queued jobs that no worker has started are dropped, and
    /// the started ones are emitted as they finish; those still running `stopGrace` seconds
    /// later are emitted as `abandon(job)` instead, and the run returns without waiting for them.
    package func run<Jobs: IteratorProtocol>(
        _ jobs: Jobs, shouldStop: @escaping @Sendable () -> Bool = { false }, stopGrace: Double = .infinity,
        abandon: ((Job) -> Output)? = nil, emit: (Output) throws -> Void
    ) throws where Jobs.Element == Job {
        condition.lock()
        (pending, pendingHead, running, finished, produced, emitted) = ([], 0, [:], [:], 0, 0)
        (exhausted, closed, stopping, threads, idleWorkers) = (false, false, false, 0, 0)
        condition.unlock()
        defer { close() }

        let stream = JobStream(jobs)
        let producer = Thread { [self] in produce(from: stream, shouldStop: shouldStop) }
        producer.start()

        var nextToEmit = 0
        var stopSeenAt: Date?
        var lastToEmit = Int.max  // after a stop: one past the last started job
        while nextToEmit < lastToEmit {
            condition.lock()
            while finished[nextToEmit] == nil, !(exhausted && nextToEmit == produced) {
                if stopSeenAt == nil, shouldStop() {
                    stopSeenAt = Date()
                    stopping = true
                    lastToEmit = pendingHead < pending.count ? pending[pendingHead].sequence : produced
                    condition.broadcast()
                }
                if nextToEmit >= lastToEmit { break }
                if let stopSeenAt, Date().timeIntervalSince(stopSeenAt) >= stopGrace, let abandon {
                    // In order: the finished outputs as they are, the jobs still running given up.
                    let rest: [Output] = (nextToEmit..<lastToEmit).compactMap { sequence in
                        finished.removeValue(forKey: sequence) ?? running[sequence].map(abandon)
                    }
                    condition.unlock()
                    for output in rest { try emit(output) }
                    return
                }
                _ = condition.wait(until: Date(timeIntervalSinceNow: 0.05))  // polls shouldStop
            }
            guard let output = finished.removeValue(forKey: nextToEmit) else {
                condition.unlock()
                return
            }
            nextToEmit += 1
            emitted = nextToEmit
            condition.broadcast()
            condition.unlock()
            try emit(output)
        }
    }

    /// Ends the run: workers leave once the queue is empty, the producer before its next job.
    private func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    private func produce(from stream: JobStream<Job>, shouldStop: @Sendable () -> Bool) {
        while true {
            condition.lock()
            while produced - emitted >= window, !closed, !stopping { condition.wait() }
            let stop = closed || stopping
            condition.unlock()
            if stop || shouldStop() { break }
            guard let job = stream.next() else { break }
            condition.lock()
            pending.append((produced, job))
            produced += 1
            // A thread for the job when none is idle (so no more threads than jobs in flight).
            let startThread = idleWorkers == 0 && threads < workers
            if startThread { threads += 1 }
            condition.broadcast()
            condition.unlock()
            if startThread {
                let worker = Thread { [self] in workerLoop() }
                worker.stackSize = 16 << 20  // deep documents recurse in places
                worker.start()
            }
        }
        condition.lock()
        exhausted = true
        condition.broadcast()
        condition.unlock()
    }

    private func workerLoop() {
        while true {
            condition.lock()
            idleWorkers += 1
            while pendingHead == pending.count, !closed, !exhausted, !stopping { condition.wait() }
            idleWorkers -= 1
            if pendingHead == pending.count || stopping {
                condition.unlock()
                return
            }
            let (sequence, job) = pending[pendingHead]
            pendingHead += 1
            running[sequence] = job
            if pendingHead >= 256, pendingHead * 2 >= pending.count {
                pending.removeFirst(pendingHead)
                pendingHead = 0
            }
            condition.unlock()

            let output = work(job)

            condition.lock()
            running[sequence] = nil
            finished[sequence] = output
            condition.broadcast()
            condition.unlock()
        }
    }
}

/// The job stream, handed to the producer thread (only that thread touches it). The iterator's
/// type is erased so that no thread closure captures it.
private final class JobStream<Job>: @unchecked Sendable {
    private let nextJob: () -> Job?

    init<Jobs: IteratorProtocol>(_ jobs: Jobs) where Jobs.Element == Job {
        var jobs = jobs
        nextJob = { jobs.next() }
    }

    func next() -> Job? { nextJob() }
}
