import ZhNewsModel
import ZhNewsParser

/// What the pipeline made of one page: its output lines, and the page lines it left out.
public struct PageResult: Sendable, Hashable {
    /// Records, or one error record.
    public var lines: [OutputLine]
    /// Page lines left out of every record, with the class and rule that left them out.
    public var removed: [ClassifiedLine]

    public init(lines: [OutputLine], removed: [ClassifiedLine] = []) {
        self.lines = lines
        self.removed = removed
    }

    init(_ error: OutputLine) {
        self.init(lines: [error])
    }
}
