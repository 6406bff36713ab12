/// Turns an HTTP body as stored (chunked, gzip …) into the bytes of the page.
enum HTTPBodyDecoder {
    /// Undoes `Transfer-Encoding: chunked`. Returns `nil` when a chunk-size line is not valid (the
    /// caller then keeps the raw body); a last chunk cut short by the end of the body is kept as
    /// far as it goes. Chunk extensions and trailers are dropped; LF-only line ends are accepted.
    static func dechunk(_ raw: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var position = 0
        while position < raw.count {
            guard let newline = raw[position...].firstIndex(of: 0x0A) else { return nil }
            guard let size = chunkSize(raw[position..<newline]) else { return nil }
            position = newline + 1
            if size == 0 { return output }  // last chunk; trailers follow
            let available = raw.count - position
            guard size <= available else {
                output += raw[position...]
                return output
            }
            output += raw[position..<(position + size)]
            position += size
            // The CR LF after the chunk data.
            if position < raw.count, raw[position] == 0x0D { position += 1 }
            if position < raw.count, raw[position] == 0x0A { position += 1 }
        }
        return output
    }

    /// The size of a chunk-size line (`1a2b;ext=1\r`), or `nil`; checked against overflow.
    private static func chunkSize(_ line: ArraySlice<UInt8>) -> Int? {
        var digits = line.prefix { $0 != 0x3B && $0 != 0x0D }  // up to ';' or CR
        while digits.last == 0x20 || digits.last == 0x09 { digits = digits.dropLast() }
        while digits.first == 0x20 || digits.first == 0x09 { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= 16 else { return nil }
        var size = 0
        for byte in digits {
            let value: Int
            switch byte {
            case 0x30...0x39: value = Int(byte - 0x30)
            case 0x41...0x46: value = Int(byte - 0x41 + 10)
            case 0x61...0x66: value = Int(byte - 0x61 + 10)
            default: return nil
            }
            let (shifted, overflowA) = size.multipliedReportingOverflow(by: 16)
            let (sum, overflowB) = shifted.addingReportingOverflow(value)
            guard !overflowA && !overflowB else { return nil }
            size = sum
        }
        return size
    }

    /// Why a body could not be decoded.
    enum Failure: Error, Sendable, Hashable {
        /// An encoding this reader does not implement (`br`, `zstd`, `compress` …).
        case unsupported(String)
        /// The compressed data is corrupt or cut.
        case corrupt(String)
        /// The decoded body is larger than the limit.
        case tooLarge(limit: Int)
    }

    /// Undoes the content codings (`gzip`, `x-gzip`, `deflate`, `identity`), last applied first,
    /// keeping at most `maxBytes` of output. A body marked as gzip that does not start with the
    /// gzip magic bytes is taken as already decoded (crawlers that store the decoded body but
    /// keep the header). A cut compressed body is an error unless `acceptCut` (the WARC record
    /// says it was truncated), when the bytes inflated before the cut are kept.
    static func decode(_ body: [UInt8], codings: [String], maxBytes: Int, acceptCut: Bool) -> Result<[UInt8], Failure> {
        var bytes = body
        for coding in codings.reversed() {
            switch coding {
            case "identity", "":
                continue
            case "gzip", "x-gzip":
                guard bytes.starts(with: GzipStream.magic) else { continue }
                switch gunzip(bytes, maxBytes: maxBytes, acceptCut: acceptCut) {
                case .success(let decoded): bytes = decoded
                case .failure(let failure): return .failure(failure)
                }
            case "deflate":
                let zlibHeader = bytes.count >= 2 && bytes[0] & 0x0F == 8 && (Int(bytes[0]) << 8 | Int(bytes[1])) % 31 == 0
                switch inflate(bytes, windowBits: zlibHeader ? 15 : ZlibInflater.rawDeflate, maxBytes: maxBytes, acceptCut: acceptCut) {
                case .success(let decoded): bytes = decoded
                case .failure(let failure): return .failure(failure)
                }
            default:
                return .failure(.unsupported(coding))
            }
        }
        return .success(bytes)
    }

    /// Inflates gzip data (concatenated members included) through ``GzipStream``.
    private static func gunzip(_ bytes: [UInt8], maxBytes: Int, acceptCut: Bool) -> Result<[UInt8], Failure> {
        let stream = GzipStream(compressed: MemoryByteSource(bytes), chunkSize: 256 * 1024)
        var output: [UInt8] = []
        while true {
            let chunk: [UInt8]
            do {
                chunk = try stream.nextChunk()
            } catch {
                if error.error == .truncated && acceptCut { return .success(output) }
                return .failure(.corrupt(error.detail))
            }
            if chunk.isEmpty { return .success(output) }
            guard output.count + chunk.count <= maxBytes else { return .failure(.tooLarge(limit: maxBytes)) }
            output += chunk
        }
    }

    /// Inflates zlib or raw deflate data in one stream.
    private static func inflate(_ bytes: [UInt8], windowBits: Int32, maxBytes: Int, acceptCut: Bool) -> Result<[UInt8], Failure> {
        let inflater: ZlibInflater
        do {
            inflater = try ZlibInflater(windowBits: windowBits)
        } catch {
            return .failure(.corrupt("zlib could not be set up"))
        }
        var output: [UInt8] = []
        var position = 0
        while true {
            let before = output.count
            let result: (consumed: Int, ended: Bool)
            do {
                let room = maxBytes < Int.max ? maxBytes + 1 - output.count : Int.max
                result = try bytes.withUnsafeBufferPointer { buffer throws(ZlibInflater.Failure) in
                    try inflater.inflate(UnsafeBufferPointer(rebasing: buffer[position...]), appendingTo: &output, maxOutput: min(room, 1 << 20))
                }
            } catch {
                switch error {
                case .corrupt(let message), .zlib(let message): return .failure(.corrupt("deflate data is corrupt: \(message)"))
                }
            }
            position += result.consumed
            if output.count > maxBytes { return .failure(.tooLarge(limit: maxBytes)) }
            if result.ended { return .success(output) }
            if result.consumed == 0 && output.count == before {
                return acceptCut ? .success(output) : .failure(.corrupt("deflate data ends before its end (cut)"))
            }
        }
    }
}
