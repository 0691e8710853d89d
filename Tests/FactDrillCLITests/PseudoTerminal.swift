#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Runs the built binary on a pseudo-terminal, so readline sees a real terminal: the
/// test types keys and reads the screen as a person would.
final class PseudoTerminal {
    private var master: Int32 = -1
    private let process = Process()
    private(set) var screen = ""

    init(arguments: [String], dataHome: URL) throws {
        var slave: Int32 = -1
        var size = winsize(ws_row: 40, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.ENOTTY) }
        let flags = fcntl(master, F_GETFL)
        _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("factdrill")
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm"
        environment["NO_COLOR"] = "1"
        environment["INPUTRC"] = "/dev/null"
        environment["XDG_DATA_HOME"] = dataHome.path
        process.environment = environment
        process.currentDirectoryURL = CommandRunner.repositoryRoot
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        if master >= 0 { close(master) }
    }

    func type(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { buffer in write(master, buffer.baseAddress, buffer.count - 1) }
    }

    /// Reads until `text` is on the screen or the time runs out.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            drain()
            if screen.contains(text) { return true }
            usleep(20_000)
        }
        return false
    }

    func drain() {
        guard master >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            screen += String(decoding: buffer[0..<count], as: UTF8.self)
        }
    }

    /// Resizes the window, as dragging its corner does (the kernel's SIGWINCH goes to the
    /// terminal's foreground group, which the quiz is not in here, so it is sent too).
    func resize(columns: UInt16) {
        var size = winsize(ws_row: 40, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        kill(process.processIdentifier, SIGWINCH)
    }

    /// Sends a signal to the quiz, as the system or a person's keys would.
    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Closes the terminal under the quiz, as closing its window does (the kernel sends
    /// SIGHUP and reads then fail).
    func hangUp() {
        drain()
        close(master)
        master = -1
    }

    func waitForExit(seconds: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline {
            drain()
            usleep(20_000)
        }
        drain()
        return process.isRunning ? nil : process.terminationStatus
    }
}
