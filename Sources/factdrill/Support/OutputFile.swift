import Foundation
import QuizBank

/// The one place a command writes a file named by `-o` (or `bank convert`'s OUT), so no
/// command can destroy a teacher's or learner's data: it never writes over a file the
/// same command reads, replaces an existing bank only when asked (`--force`, keeping the
/// old one as FILE.bak), and writes atomically (a temporary file renamed over the target).
enum OutputFile {
    /// What may already be at the target.
    enum Existing {
        /// A report or other derived output: replaced freely (it can be made again).
        case replace
        /// A bank, perhaps written by hand: replaced only when `force` is set, after a copy
        /// is kept in FILE.bak.
        case bank(force: Bool)
    }

    /// - Parameter inputs: every file the command reads; the target may be none of them
    ///   (compared by device and inode, so `./a.json`, `a.json` and a link all match).
    /// - Throws: `CommandFailure`, exit 2 when the target is refused, exit 3 when it
    ///   cannot be written.
    static func write(_ text: String, to named: String, inputs: [String], existing: Existing) throws {
        // A rename replaces a link itself: write where it points (-o /dev/stdout, a
        // linked bank) and keep the link.
        var path = named
        if isLink(named) {
            guard let resolved = realpath(named, nil) else { return try writeInPlace(text, to: named) }
            path = String(cString: resolved)
            free(resolved)
            if path.hasPrefix("/proc/") { return try writeInPlace(text, to: named) }
        }
        if let target = identity(of: path) {
            if inputs.contains(where: { identity(of: $0).map { $0 == target } ?? false }) {
                throw CommandFailure(message: "\(named): is also an input of this command; refusing to write over it (choose another output file)")
            }
            guard !target.isDirectory else { throw CommandFailure(message: "\(named): is a folder, not a file") }
            // A device or pipe (/dev/stdout) is written to, never replaced by a rename.
            guard target.isRegular else { return try writeInPlace(text, to: path) }
            if case .bank(let force) = existing {
                guard force else {
                    throw CommandFailure(message: "\(named): already exists; refusing to replace it (add --force to replace it, keeping a copy in \(path).bak)")
                }
                try keepBackup(of: path)
            }
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure(message: "\(named): cannot write: \(reason(error))", exitCode: ExitStatus.ioFailure)
        }
    }

    private static func writeInPlace(_ text: String, to path: String) throws {
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw CommandFailure(message: "\(path): cannot write: \(reason(error))", exitCode: ExitStatus.ioFailure)
        }
    }

    /// A bank in the format its file name asks for; an existing bank only with `force`.
    static func writeBank(_ bank: Bank, to path: String, inputs: [String], force: Bool) throws {
        guard let format = BankFormat(path: path) else { throw QuizBankError.unsupportedFormat(path: path) }
        try write(try BankWriter.encode(bank, format: format), to: path, inputs: inputs, existing: .bank(force: force))
    }

    private static func keepBackup(of path: String) throws {
        let backup = path + ".bak"
        do {
            let old = try Data(contentsOf: URL(fileURLWithPath: path))
            try old.write(to: URL(fileURLWithPath: backup), options: .atomic)
        } catch {
            throw CommandFailure(
                message: "\(path): cannot keep a copy in \(backup) (\(reason(error))); nothing was replaced",
                exitCode: ExitStatus.ioFailure)
        }
    }

    private static func isLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    private struct Identity {
        var device: UInt64
        var inode: UInt64
        var isRegular: Bool
        var isDirectory: Bool

        static func == (lhs: Identity, rhs: Identity) -> Bool { lhs.device == rhs.device && lhs.inode == rhs.inode }
    }

    /// nil when nothing is at `path` (or it cannot be examined: the write then says why).
    private static func identity(of path: String) -> Identity? {
        guard path != "-" else { return nil }
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        let type = status.st_mode & S_IFMT
        return Identity(
            device: UInt64(status.st_dev), inode: UInt64(status.st_ino), isRegular: type == S_IFREG, isDirectory: type == S_IFDIR)
    }

    /// The system's reason ("no space left on device") without Foundation's sentence around it.
    private static func reason(_ error: any Error) -> String {
        let error = error as NSError
        let posix = error.domain == NSPOSIXErrorDomain ? error : error.userInfo[NSUnderlyingErrorKey] as? NSError
        guard let posix, posix.domain == NSPOSIXErrorDomain else {
            return error.domain == NSCocoaErrorDomain && error.code == NSFileNoSuchFileError ? "no such file or directory" : error.localizedDescription
        }
        let text = String(cString: strerror(Int32(posix.code)))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
