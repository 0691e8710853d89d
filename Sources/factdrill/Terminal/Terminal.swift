import Foundation

/// What this process is talking to: a person at a terminal, or a pipe.
struct Terminal {
    /// Input comes from a person typing, so readline (editing, history, completion) is used.
    var inputIsInteractive: Bool
    /// Colour and emphasis are wanted: stdout is a terminal, NO_COLOR is unset, TERM is not dumb.
    var usesColour: Bool
    /// Columns to wrap long text at when the output is not a terminal.
    var fixedWidth: Int
    /// Output is a terminal, whose width is asked each time: a window resized mid-session
    /// must not have lines wrapped for its old width (the terminal would break them mid-word).
    var followsWindow = false

    /// Columns to wrap long text at, now.
    var width: Int { followsWindow ? Self.columns() : fixedWidth }

    init(inputIsInteractive: Bool, usesColour: Bool, width: Int, followsWindow: Bool = false) {
        self.inputIsInteractive = inputIsInteractive
        self.usesColour = usesColour
        self.fixedWidth = width
        self.followsWindow = followsWindow
    }

    static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> Terminal {
        let stdoutIsTTY = isatty(STDOUT_FILENO) == 1
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return Terminal(
            inputIsInteractive: isatty(STDIN_FILENO) == 1,
            usesColour: stdoutIsTTY && !noColour && environment["TERM"] != "dumb",
            width: 80,
            followsWindow: stdoutIsTTY
        )
    }

    private static func columns() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 {
            return min(Int(size.ws_col), 100)
        }
        return 80
    }
}
