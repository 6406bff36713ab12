import ZhNewsModel

extension Pipeline {
    /// Reads and processes one file; a file that cannot be read gives an error record.
    public func process(path: String, charset: String? = nil) -> [OutputLine] {
        processExplained(path: path, charset: charset).lines
    }

    /// Reads and processes one file, with the lines left out (see ``processExplained(_:)``).
    public func processExplained(path: String, charset: String? = nil) -> PageResult {
        switch InputFiles.read(path, maxBytes: options.maxBytes) {
        case .success(let bytes):
            return processExplained(PageInput(id: path, path: path, bytes: bytes, charset: charset))
        case .failure(let failure):
            return PageResult(.error(failure.error.record(id: path, input: InputInfo(path: path), detail: failure.detail)))
        }
    }
}
