#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The few POSIX calls durable storage needs (append, fsync, rename, flock), with
/// errors turned into `StudyError` naming the file.
enum FileIO {
    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    static func ensureDirectory(_ url: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw StudyError.unusableDataDirectory(path: url.path, reason: "is a file, not a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw StudyError.unusableDataDirectory(path: url.path, reason: "cannot create the progress folder")
        }
    }

    /// Reads a whole file; nil when it does not exist.
    static func contents(of url: URL) throws -> Data? {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw StudyError.unusableDataDirectory(path: url.path, reason: reason(errno))
        }
        defer { close(fd) }
        return try readToEnd(fd, path: url.path, from: 0)
    }

    static func readToEnd(_ fd: Int32, path: String, from offset: Int) throws -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var position = off_t(offset)
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, position) }
            if count < 0 {
                if errno == EINTR { continue }
                throw StudyError.unusableDataDirectory(path: path, reason: reason(errno))
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
            position += off_t(count)
        }
        return data
    }

    static func writeAll(_ fd: Int32, _ data: Data, path: String) throws {
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw StudyError.unusableDataDirectory(path: path, reason: "cannot write: \(reason(errno))")
                }
                offset += written
            }
        }
    }

    static func sync(_ fd: Int32, path: String) throws {
        if fsync(fd) != 0 {
            throw StudyError.unusableDataDirectory(path: path, reason: "cannot flush to disk: \(reason(errno))")
        }
    }

    /// Makes a rename or a new file in `directory` durable.
    static func syncDirectory(_ directory: URL) {
        let fd = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Deletes temporary files (".NAME.PID.tmp") left by writers that were killed before
    /// their rename: a snapshot is megabytes, and a killed session leaves one each time.
    /// A file whose process still runs is left alone (it may be mid-write).
    static func removeAbandonedTemporaries(in directory: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.dropLast(4).split(separator: ".")
            guard let pid = parts.last.flatMap({ Int32($0) }), pid > 0 else { continue }
            if kill(pid, 0) == -1 && errno == ESRCH { unlink(directory.appendingPathComponent(name).path) }
        }
    }

    /// Replaces `url` with `data` so a reader sees the old file or the new one, never a
    /// mix: write a temporary file beside it, fsync, rename over, fsync the folder.
    static func writeAtomically(_ data: Data, to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw StudyError.unusableDataDirectory(path: temporary.path, reason: "cannot write: \(reason(errno))")
        }
        do {
            try writeAll(fd, data, path: temporary.path)
            try sync(fd, path: temporary.path)
            close(fd)
        } catch {
            close(fd)
            unlink(temporary.path)
            throw error
        }
        if rename(temporary.path, url.path) != 0 {
            let code = errno
            unlink(temporary.path)
            throw StudyError.unusableDataDirectory(path: url.path, reason: "cannot replace: \(reason(code))")
        }
        syncDirectory(directory)
    }
}
