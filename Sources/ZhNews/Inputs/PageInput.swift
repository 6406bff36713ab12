import ZhNewsModel

/// One page to process: its bytes and what is known about where they came from.
public struct PageInput: Sendable, Hashable {
    /// The id written on its records (path as given, URL, or the caller's id).
    public var id: String
    public var path: String?
    public var url: String?
    public var bytes: [UInt8]
    /// A charset label from outside the page (an HTTP header, the caller).
    public var charset: String?
    /// The page's format when the caller knows it (`--stdin-jsonl`'s `html` or `text`); nil: sniffed.
    public var format: InputInfo.Format?

    public init(
        id: String, path: String? = nil, url: String? = nil, bytes: [UInt8], charset: String? = nil,
        format: InputInfo.Format? = nil
    ) {
        self.id = id
        self.path = path
        self.url = url
        self.bytes = bytes
        self.charset = charset
        self.format = format
    }
}
