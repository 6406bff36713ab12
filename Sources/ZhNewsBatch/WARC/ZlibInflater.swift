import CZlib

/// One zlib inflate stream (gzip, zlib or raw deflate, chosen by the window bits), fed in pieces.
///
/// The `z_stream` lives at a fixed address for the inflater's life, as zlib requires.
final class ZlibInflater {
    /// Window bits that accept a gzip or a zlib header (zlib detects which).
    static let gzipOrZlib: Int32 = 15 + 32
    /// Window bits for raw deflate data without any header (what some servers send as `deflate`).
    static let rawDeflate: Int32 = -15

    /// Why inflating failed.
    enum Failure: Error, Sendable, Hashable {
        /// The data is not valid compressed data (zlib's message, when it gave one).
        case corrupt(String)
        /// zlib could not be set up or ran out of memory.
        case zlib(String)
    }

    private let stream: UnsafeMutablePointer<z_stream>
    private let scratch: UnsafeMutablePointer<UInt8>
    private let scratchSize = 64 * 1024

    init(windowBits: Int32 = gzipOrZlib) throws(Failure) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = inflateInit2_(stream, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw .zlib("inflateInit2 failed (\(status))")
        }
        scratch = .allocate(capacity: scratchSize)
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        scratch.deallocate()
    }

    /// Starts a new stream (the next gzip member) with the same settings.
    func reset() {
        inflateReset(stream)
    }

    /// Inflates `input` until it is used up, the stream ends, or `maxOutput` bytes have been
    /// appended to `output`. Returns how many input bytes were consumed and whether the stream
    /// (one gzip member) ended; unconsumed input must be passed again.
    func inflate(
        _ input: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8], maxOutput: Int
    ) throws(Failure) -> (consumed: Int, ended: Bool) {
        let limit = max(maxOutput, 1)
        let inputCount = min(input.count, Int(UInt32.max))
        stream.pointee.next_in = input.baseAddress.map { UnsafeMutablePointer(mutating: $0) }
        stream.pointee.avail_in = UInt32(inputCount)
        defer {
            stream.pointee.next_in = nil
            stream.pointee.avail_in = 0
        }
        var produced = 0
        while produced < limit {
            let room = min(scratchSize, limit - produced)
            stream.pointee.next_out = scratch
            stream.pointee.avail_out = UInt32(room)
            let status = CZlib.inflate(stream, Z_NO_FLUSH)
            let count = room - Int(stream.pointee.avail_out)
            output.append(contentsOf: UnsafeBufferPointer(start: scratch, count: count))
            produced += count
            let consumed = inputCount - Int(stream.pointee.avail_in)
            switch status {
            case Z_STREAM_END:
                return (consumed, true)
            case Z_OK:
                // All input used and room left over: zlib needs more input.
                if stream.pointee.avail_in == 0 && stream.pointee.avail_out > 0 { return (consumed, false) }
            case Z_BUF_ERROR:
                return (consumed, false)  // no progress possible without more input
            case Z_NEED_DICT:
                throw .corrupt("the data needs a preset dictionary")
            case Z_DATA_ERROR:
                throw .corrupt(message ?? "invalid compressed data")
            default:
                throw .zlib(message ?? "inflate failed (\(status))")
            }
        }
        return (inputCount - Int(stream.pointee.avail_in), false)
    }

    private var message: String? {
        stream.pointee.msg.map { String(cString: $0) }
    }
}
