import ZhNewsModel
import ZhNewsExtractor

/// What the pipeline made of one page: its output lines, and the page lines it left out.
package struct PageResult: Sendable, Hashable {
    /// Records, or one error record.
    package var lines: [OutputLine]
    /// Page lines left out of every record, with the class and rule that left them out.
    package var removed: [ClassifiedLine]

    package init(lines: [OutputLine], removed: [ClassifiedLine] = []) {
        self.lines = lines
        self.removed = removed
    }

    package init(_ error: OutputLine) {
        self.init(lines: [error])
    }
}
