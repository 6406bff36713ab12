import Foundation

/// Level-5 units of every province (NBS village and community committees,
/// `divisions-l5.tsv`, 30 MB): not compiled in, read from a file when one is installed.
///
/// The file is found through `ZHNEWS_GAZETTEER_L5` (a path), else beside the executable
/// (`divisions-l5.tsv`), else in `../share/zhnews/` from it. It is memory-mapped on first use
/// (well under a millisecond: nothing is parsed or indexed) and searched by code: its rows are
/// sorted by code and a town's villages share its first nine digits, so the villages of one town
/// are found by binary search over lines. Without the file every lookup answers nil and places
/// are read as before (Hubei's level 5 is compiled in).
final class NationalVillages: @unchecked Sendable {
    /// Immutable after `init` (the mapped bytes are never written).
    static let shared = NationalVillages()

    /// The environment variable naming the file.
    static let environmentKey = "ZHNEWS_GAZETTEER_L5"
    static let fileName = "divisions-l5.tsv"

    private let data: Data?
    /// The file read, if any.
    let path: String?

    init(path explicit: String? = nil) {
        var candidates: [String] = []
        if let explicit { candidates.append(explicit) }
        else {
            if let value = ProcessInfo.processInfo.environment[Self.environmentKey], !value.isEmpty { candidates.append(value) }
            let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
            candidates.append(executable.appendingPathComponent(Self.fileName).path)
            candidates.append(executable.appendingPathComponent("../share/zhnews/\(Self.fileName)").standardizedFileURL.path)
        }
        for candidate in candidates where FileManager.default.isReadableFile(atPath: candidate) {
            if let mapped = try? Data(contentsOf: URL(fileURLWithPath: candidate), options: .alwaysMapped), mapped.count > 64 {
                data = mapped
                path = candidate
                return
            }
        }
        data = nil
        path = nil
    }

    var isAvailable: Bool { data != nil }

    /// The village or community named `name` (normalised as ``PlaceNames/display(_:level:)``
    /// prints it: `谢依提村`, `界牌社区`) among the level-5 units whose code lies in `codes`
    /// (a town's: its code + 1 ..< + 1000; a county's: + 1 ..< + 1_000_000). Several rows of that
    /// name in the range, or none: nil.
    func unit(named name: [UInt32], codes: Range<UInt64>) -> (code: UInt64, name: [UInt32])? {
        guard let data else { return nil }
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> (UInt64, [UInt32])? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var line = firstLine(atOrAfter: codes.lowerBound, in: bytes)
            var found: (UInt64, [UInt32])?
            var scratch: [UInt32] = []
            while line < bytes.count, let code = code(at: line, in: bytes), code < codes.upperBound {
                let nameStart = line + 13
                var nameEnd = nameStart
                while nameEnd < bytes.count, bytes[nameEnd] != 9, bytes[nameEnd] != 10 { nameEnd += 1 }
                decode(bytes, nameStart..<nameEnd, into: &scratch)
                let display = PlaceNames.display(scratch, level: 5)
                if display == name {
                    if found != nil { return nil }
                    found = (code, display)
                }
                line = nextLine(after: line, in: bytes)
            }
            return found
        }
    }

    // MARK: Lines

    private func nextLine(after position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var p = position
        while p < bytes.count, bytes[p] != 10 { p += 1 }
        return p + 1
    }

    /// The 12-digit code at the start of the line at `line`, or nil (the header, a short line).
    private func code(at line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard line + 12 < bytes.count else { return nil }
        var value: UInt64 = 0
        for k in 0..<12 {
            let digit = bytes[line + k] &- 48
            guard digit < 10 else { return nil }
            value = value * 10 + UInt64(digit)
        }
        return value
    }

    /// The start of the first data line whose code is `code` or more (binary search over bytes).
    private func firstLine(atOrAfter code: UInt64, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let first = nextLine(after: 0, in: bytes)            // skip the header
        var low = first, high = bytes.count                   // a line start in [low, high]
        while low < high {
            let mid = (low + high) / 2
            var line = mid
            while line > first, bytes[line - 1] != 10 { line -= 1 }
            guard let value = self.code(at: line, in: bytes) else { return bytes.count }
            if value < code {
                low = nextLine(after: line, in: bytes)
            } else {
                if line == high { break }
                high = line
            }
        }
        return low
    }

    private func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt32]) {
        out.removeAll(keepingCapacity: true)
        var i = range.lowerBound
        while i < range.upperBound {
            let b0 = UInt32(bytes[i])
            if b0 < 0x80 { out.append(b0); i += 1 }
            else if b0 < 0xE0, i + 1 < range.upperBound { out.append((b0 & 0x1F) << 6 | UInt32(bytes[i + 1]) & 0x3F); i += 2 }
            else if b0 < 0xF0, i + 2 < range.upperBound {
                out.append((b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | UInt32(bytes[i + 2]) & 0x3F); i += 3
            } else if i + 3 < range.upperBound {
                out.append((b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6 | UInt32(bytes[i + 3]) & 0x3F); i += 4
            } else { i += 1 }
        }
    }
}
