import Foundation
import ZhNews
import ZhNewsBatch
import ZhNewsModel

/// Shared helpers: run the pipeline on fixtures and render records as JSON Lines.
package enum ZhNewsTestSupport {
    package static let pipeline = Pipeline()

    /// Every page file below the given paths, as `InputFiles` would read them.
    package static func expand(_ paths: [String]) -> [String] {
        InputFiles.expand(paths).map(\.path)
    }

    /// The records of a fixture page, with ids relative to the package root (as the CLI run from
    /// the root would write them).
    package static func lines(forFixture relativePath: String, pipeline: Pipeline = pipeline) throws -> [OutputLine] {
        let bytes = try FixturePaths.bytes(relativePath)
        return pipeline.process(PageInput(id: relativePath, path: relativePath, bytes: bytes))
    }

    package static func jsonLines(_ lines: [OutputLine]) throws -> String {
        try lines.map { try JSONLines.line(for: $0) }.joined()
    }

    /// The single article record of a fixture, failing loudly otherwise.
    package static func record(_ relativePath: String) throws -> Record {
        let lines = try lines(forFixture: relativePath)
        guard lines.count == 1, case .record(let record) = lines[0] else {
            throw TestFailure("expected one record for \(relativePath), got \(lines)")
        }
        return record
    }

    package static func records(_ relativePath: String) throws -> [Record] {
        try lines(forFixture: relativePath).compactMap {
            if case .record(let record) = $0 { return record }
            return nil
        }
    }

    package static func errorRecord(_ relativePath: String) throws -> ErrorRecord {
        let lines = try lines(forFixture: relativePath)
        guard lines.count == 1, case .error(let error) = lines[0] else {
            throw TestFailure("expected one error record for \(relativePath), got \(lines)")
        }
        return error
    }
}

package struct TestFailure: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}
