import Foundation

/// Runs a function over a stream of jobs on several threads and hands the results back in the
/// order the jobs came, so the output of `workers: 2` is the output of `workers: 1`.
///
/// Jobs are taken from the stream only as fast as results are consumed: at most `window` jobs
/// are in flight at once, so memory stays flat however long the stream is. With one worker,
/// everything runs on the calling thread. With more, the stream is read on a thread of its own,
/// so a result is handed back as soon as it is ready even while the stream waits for input (a
/// client that writes one request and waits for its answer is served).
///
/// ```swift
/// let pool = OrderedWorkPool(workers: 2) { (path: String) in pipeline.process(path: path) }
/// try pool.run(paths.makeIterator()) { lines in try writer.write(lines) }
/// ```
public final class OrderedWorkPool<Job: Sendable, Output: Sendable>: @unchecked Sendable {
    public let workers: Int
    public let window: Int
    private let work: @Sendable (Job) -> Output

    // Shared state of one run, guarded by `condition`.
    private let condition = NSCondition()
    private var pending: [(sequence: Int, job: Job)] = []
    private var pendingHead = 0
    private var finished: [Int: Output] = [:]
    private var produced = 0
    private var emitted = 0
    private var exhausted = false
    private var closed = false

    /// - Parameters:
    ///   - workers: threads that run `work` (1 runs it inline on the caller's thread).
    ///   - window: most jobs taken from the stream but not yet handed back (default 4 per worker).
    public init(workers: Int, window: Int? = nil, work: @escaping @Sendable (Job) -> Output) {
        self.workers = max(1, workers)
        self.window = max(self.workers, window ?? 4 * self.workers)
        self.work = work
    }

    /// Runs every job the iterator gives and calls `emit` with each output, in job order, on the
    /// calling thread. `shouldStop` is asked before each new job is taken: once it says yes, the
    /// jobs in flight are finished and emitted, and no more are taken. A pool runs one stream at
    /// a time.
    public func run<Jobs: IteratorProtocol>(
        _ jobs: Jobs, shouldStop: @escaping @Sendable () -> Bool = { false }, emit: (Output) throws -> Void
    ) throws where Jobs.Element == Job {
        if workers == 1 {
            var jobs = jobs
            while !shouldStop(), let job = jobs.next() { try emit(work(job)) }
            return
        }
        condition.lock()
        (pending, pendingHead, finished, produced, emitted, exhausted, closed) = ([], 0, [:], 0, 0, false, false)
        condition.unlock()
        defer { close() }

        let stream = StreamBox(jobs)
        let producer = Thread { [self] in produce(from: stream, shouldStop: shouldStop) }
        producer.start()
        for _ in 0..<workers {
            let worker = Thread { [self] in workerLoop() }
            worker.stackSize = 16 << 20  // deep documents recurse in places
            worker.start()
        }

        var nextToEmit = 0
        while true {
            condition.lock()
            while finished[nextToEmit] == nil, !(exhausted && nextToEmit == produced) { condition.wait() }
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

    private func produce(from stream: StreamBox<some IteratorProtocol<Job>>, shouldStop: @Sendable () -> Bool) {
        while true {
            condition.lock()
            while produced - emitted >= window, !closed { condition.wait() }
            let stop = closed
            condition.unlock()
            if stop || shouldStop() { break }
            guard let job = stream.next() else { break }
            condition.lock()
            pending.append((produced, job))
            produced += 1
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        exhausted = true
        condition.broadcast()
        condition.unlock()
    }

    private func workerLoop() {
        while true {
            condition.lock()
            while pendingHead == pending.count, !closed, !exhausted { condition.wait() }
            if pendingHead == pending.count {
                condition.unlock()
                return
            }
            let (sequence, job) = pending[pendingHead]
            pendingHead += 1
            if pendingHead >= 256, pendingHead * 2 >= pending.count {
                pending.removeFirst(pendingHead)
                pendingHead = 0
            }
            condition.unlock()

            let output = work(job)

            condition.lock()
            finished[sequence] = output
            condition.broadcast()
            condition.unlock()
        }
    }
}

/// The job stream, handed to the producer thread (only that thread touches it).
private final class StreamBox<Jobs: IteratorProtocol>: @unchecked Sendable {
    private var jobs: Jobs
    init(_ jobs: Jobs) { self.jobs = jobs }
    func next() -> Jobs.Element? { jobs.next() }
}
