#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes read into memory the kernel provides in one go. A 20,000-item bank is
/// 12 MB: read into ordinary memory that is 3,000 page faults, 18 ms of a quiz's
/// start-up on this machine; populated in one call, half that. Read, not mapped: a
/// file truncated while mapped would crash the reader with SIGBUS, and a bank may be
/// saved by an editor at any moment.
final class FileBytes {
    private let region: UnsafeMutableRawPointer
    private let regionLength: Int
    let bytes: UnsafeBufferPointer<UInt8>

    /// nil when the file cannot be opened, is not a regular file, or cannot be read
    /// whole; the caller then reads it the ordinary way, which names the problem.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)  // a FIFO must not block the open
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        regionLength = size
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE | MAP_ANON
        #endif
        guard let mapped = mmap(nil, size, PROT_READ | PROT_WRITE, flags, -1, 0), mapped != MAP_FAILED else { return nil }
        region = mapped
        var filled = 0
        while filled < size {
            let count = read(descriptor, mapped + filled, size - filled)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
        }
        guard filled == size else {  // the file shrank while it was read
            munmap(mapped, size)
            return nil
        }
        bytes = UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: size)
    }

    deinit { munmap(region, regionLength) }
}
