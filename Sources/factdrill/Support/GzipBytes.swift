import CZlib

/// Inflates a gzip file's bytes with Debian's zlib (a saved page as `.html.gz`).
enum GzipBytes {
    /// A page larger than this once inflated is refused rather than filling memory.
    static let maximumSize = 256 << 20

    /// nil when the bytes are not a whole gzip stream.
    static func inflate(_ compressed: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard factdrill_inflate_init(&stream) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        // zlib writes straight into the result's spare room (a bounce buffer copied 64 KB
        // at a time cost a sixth of the inflating); news pages compress about 4 to 1.
        var output: [UInt8] = []
        var capacity = max(1 << 16, min(compressed.count * 4, maximumSize))
        var input = compressed
        return input.withUnsafeMutableBufferPointer { source -> [UInt8]? in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            while true {
                if output.count == capacity { capacity = min(capacity * 2, maximumSize + 1) }
                let start = output.count
                var status = Z_OK
                let previous = output
                output = Array(unsafeUninitializedCapacity: capacity) { buffer, count in
                    previous.withUnsafeBufferPointer { buffer.baseAddress!.initialize(from: $0.baseAddress!, count: start) }
                    stream.next_out = buffer.baseAddress! + start
                    stream.avail_out = UInt32(capacity - start)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    count = capacity - Int(stream.avail_out)
                }
                let produced = output.count - start
                if output.count > maximumSize { return nil }
                if status == Z_STREAM_END { return output }
                if status != Z_OK || (produced == 0 && stream.avail_in == 0) { return nil }
            }
        }
    }
}
