#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An exclusive advisory lock (flock) on the progress folder's lock file.
///
/// Held only for the moment of an append or a snapshot write, so two quiz sessions on
/// the same progress interleave their reviews instead of refusing each other.
final class ProgressLock {
    private let fd: Int32
    let path: String

    init(directory: URL) throws {
        path = directory.appendingPathComponent("progress.lock").path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw StudyError.unusableDataDirectory(path: path, reason: "cannot open the lock file: \(FileIO.reason(errno))")
        }
    }

    deinit { close(fd) }

    func withLock<T>(_ body: () throws -> T) throws -> T {
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw StudyError.unusableDataDirectory(path: path, reason: "cannot lock: \(FileIO.reason(errno))")
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
