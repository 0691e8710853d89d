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

    /// Reads a whole file; nil when it does not exist. For the small files only (the
    /// snapshot, the lists of set-aside lines): the log is streamed (`LogLines`).
    static func contents(of url: URL) throws -> Data? {
        guard let fd = try openRegular(url.path, O_RDONLY) else { return nil }
        defer { close(fd) }
        return try readToEnd(fd, path: url.path, from: 0)
    }

    /// Opens a progress file, refusing anything but a regular file: a FIFO would block
    /// the open forever and a device (`/dev/zero`) would be read until memory ran out.
    /// nil when it does not exist (and `flags` does not create it).
    static func openRegular(_ path: String, _ flags: Int32, mode: mode_t = 0o644) throws -> Int32? {
        // O_NONBLOCK only so that opening a FIFO returns at once; cleared below.
        let fd = open(path, flags | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, mode)
        if fd < 0 {
            if errno == ENOENT && flags & O_CREAT == 0 { return nil }
            throw StudyError.unusableDataDirectory(path: path, reason: reason(errno))
        }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            let code = errno
            close(fd)
            throw StudyError.unusableDataDirectory(path: path, reason: reason(code))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw StudyError.unusableDataDirectory(path: path, reason: status.st_mode & S_IFMT == S_IFDIR ? reason(EISDIR) : notRegular)
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    static let notRegular = "is not a regular file (a FIFO, device or socket); progress is kept only in plain files"

    /// The size of a regular file; 0 when it does not exist.
    static func size(of path: String) -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else { return 0 }
        return Int(status.st_size)
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

    /// The files `writeAtomically` writes in a progress folder: only their temporaries
    /// are ever removed.
    static let atomicallyWrittenNames = ["cards.tsv", "cards.tsv.damaged", "reviews.jsonl", "reviews.damaged", "reviews.torn", "parameters.json"]

    /// The name `writeAtomically` gives its temporary file for `name`.
    static func temporaryName(for name: String, pid: Int32) -> String {
        ".\(name).\(pid).tmp"
    }

    /// Deletes temporary files left by our own writers that were killed before their
    /// rename: a snapshot is megabytes, and a killed session leaves one each time. Only
    /// exact names `writeAtomically` makes (".cards.tsv.PID.tmp"), only plain files the
    /// user owns, and only when process PID is gone: anything else in the folder (a
    /// ".thesis.docx.99999.tmp" of some editor) is not ours to delete.
    static func removeAbandonedTemporaries(in directory: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            guard let pid = ownTemporaryPID(name) else { continue }
            let path = directory.appendingPathComponent(name).path
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == geteuid() else { continue }
            if kill(pid, 0) == -1 && errno == ESRCH { unlink(path) }
        }
    }

    /// The writer's pid when `name` is exactly one of our temporaries' names.
    static func ownTemporaryPID(_ name: String) -> Int32? {
        for base in atomicallyWrittenNames {
            let prefix = ".\(base)."
            guard name.hasPrefix(prefix), name.hasSuffix(".tmp") else { continue }
            let digits = name.dropFirst(prefix.count).dropLast(4)
            guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                let pid = Int32(digits), pid > 0, temporaryName(for: base, pid: pid) == name
            else { continue }
            return pid
        }
        return nil
    }

    /// Copies `count` bytes from `offset` of `source` to the end of `destination`, a
    /// megabyte at a time (a torn tail may be gigabytes of zeros after a crash).
    static func copy(_ source: Int32, from offset: Int, count: Int, appendingTo destination: Int32, path: String) throws {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var position = offset
        let end = offset + count
        while position < end {
            let got = buffer.withUnsafeMutableBytes { pread(source, $0.baseAddress, min($0.count, end - position), off_t(position)) }
            if got < 0 {
                if errno == EINTR { continue }
                throw StudyError.unusableDataDirectory(path: path, reason: reason(errno))
            }
            if got == 0 { break }
            try writeAll(destination, Data(buffer[0..<got]), path: path)
            position += got
        }
    }

    /// True when `count` bytes from `offset` are all zero (what a crash on some file
    /// systems leaves past the last write): nothing worth copying aside.
    static func isAllZero(_ fd: Int32, from offset: Int, count: Int) throws -> Bool {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var position = offset
        let end = offset + count
        while position < end {
            let got = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, min($0.count, end - position), off_t(position)) }
            if got < 0 {
                if errno == EINTR { continue }
                throw StudyError.unusableDataDirectory(path: "", reason: reason(errno))
            }
            if got == 0 { break }
            let zero = buffer.withUnsafeBytes { raw in raw[0] == 0 && (got == 1 || memcmp(raw.baseAddress!, raw.baseAddress! + 1, got - 1) == 0) }
            if !zero { return false }
            position += got
        }
        return true
    }

    /// Replaces `url` with `data` so a reader sees the old file or the new one, never a
    /// mix: write a temporary file beside it, fsync, rename over, fsync the folder.
    static func writeAtomically(_ data: Data, to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(temporaryName(for: url.lastPathComponent, pid: getpid()))
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
