#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An article file's bytes in five system calls (open, fstat, a read of the whole file,
/// the read that finds its end, close). An archive is thousands of small files, and on a
/// virtual machine each call costs microseconds: `FileManager`'s existence check and read
/// made nine.
enum ArticleFile {
    static func bytes(atPath path: String) throws(FactExtractionError) -> [UInt8] {
        // O_NONBLOCK: a FIFO would otherwise block the open until a writer came.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else {
            let code = errno
            throw .unreadable(path: path, reason: code == ENOENT || code == ENOTDIR ? "no such file" : "cannot be read (permissions?)")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: "cannot be read (permissions?)") }
        if status.st_mode & S_IFMT == S_IFDIR { throw .unreadable(path: path, reason: "is a directory, not an article") }
        // A device (/dev/zero) would be read until memory ran out.
        if status.st_mode & S_IFMT != S_IFREG { throw .unreadable(path: path, reason: "is not a regular file (a FIFO, device or socket)") }
        // One byte more than the size: a read that fills it shows the file grew, and the
        // rest is read in chunks.
        var bytes = [UInt8](repeating: 0, count: max(0, Int(status.st_size)) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: "cannot be read (permissions?)")
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
