#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Messages for the person at the terminal that are not the command's output.
enum Diagnostics {
    static func warn(_ message: String) {
        writeToStandardError("factdrill: \(message)\n")
    }

    /// Best effort: with stderr itself unwritable there is no one left to tell, and
    /// `FileHandle`'s write would end the process with a fatal error instead of the exit code.
    static func writeToStandardError(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
