import CReadline
import Foundation
import Study

/// GNU readline at a terminal: Emacs/vi editing (per ~/.inputrc), in-session history.
struct ReadlineLineReader: LineReader {
    init() {
        factdrill_rl_set_name("factdrill")
        factdrill_rl_set_streams()
    }

    mutating func readLine(prompt: String) -> String? {
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty { add_history(raw) }
        return line
    }
}
