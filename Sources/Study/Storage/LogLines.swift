#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The review log's lines, read a megabyte at a time so memory stays flat however big
/// the file is (a log can be gigabytes: a sparse file, zeros left by a crash).
///
/// A line longer than any review record (`longestLine`) is not kept in memory: it is
/// passed on as `overlong`, by number only. Bytes after the last newline are a torn
/// tail, counted but never handed out.
struct LogLines {
    /// A review record is about 200 bytes; nothing this long can be one.
    static let longestLine = 1 << 16
    static let chunkSize = 1 << 20

    struct Line {
        /// 1-based, counting from the start of the file.
        var number: Int
        /// Where the line's bytes are in the batch buffer (empty when `overlong`).
        var range: Range<Int>
        var overlong: Bool
        var isBlank: Bool
    }

    struct End {
        /// Byte offset just past the last complete line.
        var end: Int
        /// Complete lines counted from the start of the file.
        var lines: Int
        /// Bytes after the last newline: an interrupted append.
        var tornBytes: Int
    }

    /// Reads from `offset` (which must start a line) to `limit` (or the end of the data),
    /// handing each batch of complete lines to `batch` with the buffer they are in.
    /// - Parameter read: fills the buffer from a file offset; returns the bytes read, 0 at the end.
    static func stream(
        from offset: Int, firstLine: Int, limit: Int = .max,
        read: (UnsafeMutableRawBufferPointer, Int) throws -> Int,
        batch: (UnsafeBufferPointer<UInt8>, [Line]) throws -> Void
    ) throws -> End {
        var buffer = [UInt8](repeating: 0, count: chunkSize + longestLine + 1)
        var held = 0  // bytes of an unfinished line at the start of the buffer
        var position = offset  // file offset of the next read
        var lastLineEnd = offset
        var lineNumber = firstLine
        var skipping = false  // inside an overlong line whose bytes are dropped
        while position < limit {
            let wanted = min(chunkSize, limit - position)
            let count = try buffer.withUnsafeMutableBytes { raw in
                try read(UnsafeMutableRawBufferPointer(rebasing: raw[held..<(held + wanted)]), position)
            }
            if count <= 0 { break }
            position += count
            let total = held + count
            var lines: [Line] = []
            var start = 0
            buffer.withUnsafeBufferPointer { bytes in
                var index = held
                while index < total {
                    guard let found = memchr(bytes.baseAddress! + index, 10, total - index) else { break }
                    let newline = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - bytes.baseAddress!
                    lineNumber += 1
                    if skipping || newline - start > longestLine {
                        lines.append(Line(number: lineNumber, range: newline..<newline, overlong: true, isBlank: false))
                        skipping = false
                    } else {
                        let blank = bytes[start..<newline].allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 }
                        lines.append(Line(number: lineNumber, range: start..<newline, overlong: false, isBlank: blank))
                    }
                    start = newline + 1
                    index = newline + 1
                }
            }
            if !lines.isEmpty {
                lastLineEnd = position - (total - start)
                try buffer.withUnsafeBufferPointer { try batch($0, lines) }
            }
            let rest = total - start
            if skipping || rest > longestLine {
                skipping = true
                held = 0
            } else {
                if start > 0 && rest > 0 { buffer.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: $0.baseAddress! + start, count: rest) } }
                held = rest
            }
        }
        return End(end: lastLineEnd, lines: lineNumber, tornBytes: position - lastLineEnd)
    }

    /// `stream` over an open file.
    static func stream(
        _ fd: Int32, path: String, from offset: Int, firstLine: Int, limit: Int = .max,
        batch: (UnsafeBufferPointer<UInt8>, [Line]) throws -> Void
    ) throws -> End {
        // Nothing new (every answer catches up on the log): no megabyte buffer for nothing.
        var status = stat()
        if fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) <= offset {
            return End(end: offset, lines: firstLine, tornBytes: 0)
        }
        return try stream(from: offset, firstLine: firstLine, limit: limit, read: { buffer, at in
            while true {
                let count = pread(fd, buffer.baseAddress, buffer.count, off_t(at))
                if count >= 0 { return count }
                if errno != EINTR { throw StudyError.unusableDataDirectory(path: path, reason: FileIO.reason(errno)) }
            }
        }, batch: batch)
    }

    /// `stream` over bytes in memory (tests and the fuzzer).
    static func stream(_ data: Data, batch: (UnsafeBufferPointer<UInt8>, [Line]) throws -> Void) throws -> End {
        try stream(from: 0, firstLine: 0, read: { buffer, at in
            guard at < data.count else { return 0 }
            let count = min(buffer.count, data.count - at)
            data.copyBytes(to: buffer.bindMemory(to: UInt8.self), from: at..<(at + count))
            return count
        }, batch: batch)
    }
}
