/// A gzip file inflated as it is read, chunk by chunk, over another byte source.
///
/// Concatenated gzip members (a WARC.gz holds one member per record) read as one stream. A file
/// that ends inside a member is reported as `.truncated` once the bytes inflated before the cut
/// have been handed out. Zero bytes after the last member (block padding) are ignored; any other
/// data there is `.unreadable`.
final class GzipStream: ByteSource {
    /// The first two bytes of every gzip member.
    static let magic: [UInt8] = [0x1F, 0x8B]

    private let compressed: any ByteSource
    private let chunkSize: Int
    private var inflater: ZlibInflater?
    private var input: [UInt8] = []
    private var inputPosition = 0
    private var inputEnded = false
    private var insideMember = false
    private var finished = false
    /// Members started so far (for messages).
    private(set) var members = 0

    /// - Parameter compressed: the gzip bytes, e.g. a ``FileByteSource``.
    init(compressed: any ByteSource, chunkSize: Int = ByteSources.defaultChunkSize) {
        self.compressed = compressed
        self.chunkSize = max(chunkSize, 16)
    }

    func nextChunk() throws(InputFileError) -> [UInt8] {
        var output: [UInt8] = []
        while output.isEmpty && !finished {
            try refillIfNeeded()
            let available = input.count - inputPosition
            if !insideMember {
                if available == 0 {
                    finished = true
                    break
                }
                guard input[inputPosition] == Self.magic[0] || members == 0 else {
                    try skipPadding()
                    break
                }
                try startMember()
            }
            guard let inflater else { throw InputFileError(error: .unreadable, detail: "gzip: no inflater") }
            let result: (consumed: Int, ended: Bool)
            do {
                result = try input.withUnsafeBufferPointer { buffer throws(ZlibInflater.Failure) in
                    try inflater.inflate(UnsafeBufferPointer(rebasing: buffer[inputPosition...]), appendingTo: &output, maxOutput: chunkSize)
                }
            } catch {
                throw Self.fileError(error, member: members)
            }
            inputPosition += result.consumed
            if result.ended {
                insideMember = false
            } else if output.isEmpty && result.consumed == 0 {
                // No progress: either the file ended inside the member, or zlib is stuck.
                if inputEnded && inputPosition == input.count {
                    finished = true
                    throw InputFileError(error: .truncated, detail: "the gzip data ends inside member \(members) (the file is cut)")
                }
                if available > 0 {
                    throw InputFileError(error: .unreadable, detail: "gzip member \(members) makes no progress (corrupt data)")
                }
            }
        }
        return output
    }

    /// Reads the next compressed chunk when the current one is used up.
    private func refillIfNeeded() throws(InputFileError) {
        guard inputPosition == input.count, !inputEnded else { return }
        input = try compressed.nextChunk()
        inputPosition = 0
        if input.isEmpty { inputEnded = true }
    }

    private func startMember() throws(InputFileError) {
        if let inflater {
            inflater.reset()
        } else {
            do {
                inflater = try ZlibInflater(windowBits: ZlibInflater.gzipOrZlib)
            } catch {
                throw Self.fileError(error, member: members + 1)
            }
        }
        members += 1
        insideMember = true
    }

    /// After the last member: zero bytes to the end are padding; anything else is an error.
    private func skipPadding() throws(InputFileError) {
        while true {
            if input[inputPosition...].contains(where: { $0 != 0 }) {
                finished = true
                throw InputFileError(error: .unreadable, detail: "the data after gzip member \(members) is not gzip data")
            }
            inputPosition = input.count
            try refillIfNeeded()
            if inputPosition == input.count {
                finished = true
                return
            }
        }
    }

    private static func fileError(_ failure: ZlibInflater.Failure, member: Int) -> InputFileError {
        switch failure {
        case .corrupt(let message): InputFileError(error: .unreadable, detail: "gzip member \(member) is corrupt: \(message)")
        case .zlib(let message): InputFileError(error: .unreadable, detail: "zlib failed in gzip member \(member): \(message)")
        }
    }
}
