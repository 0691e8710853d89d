#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Study

/// Reads plain lines from stdin with no prompt and no echo, so piped input and
/// scripts see exactly the answers they sent and nothing else. SIGTERM, SIGHUP or
/// SIGINT ends input like end-of-file, so the session still saves and prints its summary.
///
/// Its own read loop, not `Swift.readLine`: that one retries an interrupted read
/// inside the standard library, so a signal could never end a session waiting on a
/// pipe (it spun at full CPU). Waiting in `poll` with a short timeout also covers a
/// signal that lands just before the wait begins.
struct StandardInputLineReader: LineReader {
    private var pending: [UInt8] = []
    private var consumed = 0
    private var ended = false
    private static let pollMilliseconds: Int32 = 200

    mutating func readLine(prompt: String) -> String? {
        while true {
            if SessionSignals.stopRequested { return nil }
            if let line = takeLine() { return line }
            if ended {
                guard consumed < pending.count else { return nil }
                let rest = pending[consumed...]
                consumed = pending.count
                return Self.text(rest)
            }
            fill()
        }
    }

    private mutating func takeLine() -> String? {
        guard let newline = pending[consumed...].firstIndex(of: 10) else {
            if consumed > 0 {
                pending.removeSubrange(..<consumed)
                consumed = 0
            }
            return nil
        }
        let line = pending[consumed..<newline]
        consumed = newline + 1
        return Self.text(line)
    }

    /// Waits for input (or a signal) and appends what arrived.
    private mutating func fill() {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Self.pollMilliseconds)
        if ready == 0 || (ready < 0 && errno == EINTR) { return }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if count > 0 {
            pending.append(contentsOf: buffer[0..<count])
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            ended = true
        }
    }

    /// A line as `Swift.readLine(strippingNewline: true)` gives it: without "\r\n".
    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        let line = bytes.last == 13 ? bytes.dropLast() : bytes
        return String(decoding: line, as: UTF8.self)
    }
}
