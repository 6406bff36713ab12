import ZhNews
import ZhNewsModel

/// One input of a batch, as the reading side hands it to the workers.
///
/// Files are named, not read, so that reading happens on the worker threads; archive records
/// and stdin requests arrive with their bytes; inputs that failed before processing (a missing
/// path, a bad request line, a truncated archive record) arrive as their error record, so that
/// they keep their place in the output order.
package enum BatchJob: Sendable, Hashable {
    /// A file to read and process; its records carry `id` (default: the path) and `url`.
    case file(path: String, charset: String?, id: String? = nil, url: String? = nil)
    /// A page already in memory.
    case page(PageInput)
    /// An input that already failed: its error record.
    case failed(ErrorRecord)

    /// The id the job's records carry.
    package var id: String {
        switch self {
        case .file(let path, _, let id, _): id ?? path
        case .page(let input): input.id
        case .failed(let record): record.id
        }
    }

    /// The error record (`interrupted`) of a job given up when the batch was stopped while it
    /// was in flight.
    package func interruptedResult(detail: String) -> PageResult {
        let info = switch self {
        case .file(let path, _, _, let url): InputInfo(path: path, url: url)
        case .page(let input): InputInfo(path: input.path, url: input.url)
        case .failed(let record): record.input
        }
        return PageResult(.error(InputError.interrupted.record(id: id, input: info, detail: detail)))
    }
}

extension Pipeline {
    /// Processes one batch job into its output lines and removed lines.
    package func processExplained(_ job: BatchJob) -> PageResult {
        switch job {
        case .file(let path, let charset, let id, let url): processExplained(path: path, charset: charset, id: id, url: url)
        case .page(let input): processExplained(input)
        case .failed(let record): PageResult(lines: [.error(record)])
        }
    }
}
