import ZhNewsModel

extension Pipeline {
    /// Reads and processes one file; a file that cannot be read gives an error record.
    public func process(path: String) -> [OutputLine] {
        switch InputFiles.read(path, maxBytes: options.maxBytes) {
        case .success(let bytes):
            return process(PageInput(id: path, path: path, bytes: bytes))
        case .failure(let failure):
            return [.error(failure.error.record(id: path, input: InputInfo(path: path), detail: failure.detail))]
        }
    }
}
