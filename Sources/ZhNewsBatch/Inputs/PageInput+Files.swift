import ZhNews
import ZhNewsModel

extension Pipeline {
    /// Reads and processes one file; a file that cannot be read gives an error record.
    package func process(path: String, charset: String? = nil) -> [OutputLine] {
        processExplained(path: path, charset: charset).lines
    }

    /// Reads and processes one file, with the lines left out (see ``processExplained(_:)``).
    /// The records carry `id` (default: the path) and `url`.
    package func processExplained(path: String, charset: String? = nil, id: String? = nil, url: String? = nil) -> PageResult {
        let id = id ?? path
        switch InputFiles.read(path, maxBytes: options.maxBytes) {
        case .success(let bytes):
            return processExplained(PageInput(id: id, path: path, url: url, bytes: bytes, charset: charset))
        case .failure(let failure):
            return PageResult(lines: [.error(failure.error.record(id: id, input: InputInfo(path: path, url: url), detail: failure.detail))])
        }
    }
}
