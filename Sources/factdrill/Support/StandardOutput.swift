#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CReadline
import Foundation

/// Every command's stdout goes through here, so output that cannot be written (a full
/// disk behind `> file`, `> /dev/full`) ends the command with one line and exit 3 on
/// every path, instead of `FileHandle`'s fatal error or `print`'s silent loss.
enum StandardOutput {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    static func write(_ bytes: UnsafeRawBufferPointer) {
        // What `print` left in the C buffer goes first, so the order is kept.
        if factdrill_flush_stdout() != 0 { fail(errno) }
        var offset = 0
        while offset < bytes.count {
            let written = writeToStandardOutput(bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                fail(errno)
            }
            offset += written
        }
    }

    /// Flushes what `print` buffered; called once before the process exits.
    static func finish() {
        if factdrill_flush_stdout() != 0 { fail(errno) }
    }

    private static func fail(_ code: Int32) -> Never {
        let reason = code == 0 ? "write error" : String(cString: strerror(code))
        Diagnostics.warn("cannot write to standard output: \(reason)")
        exit(ExitStatus.ioFailure)
    }
}

/// The system call, outside the enum whose `write` methods would shadow it.
private func writeToStandardOutput(_ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(STDOUT_FILENO, bytes, count)
}
