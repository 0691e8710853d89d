import CReadline
import Foundation
import Study

/// GNU readline at a terminal: Emacs/vi editing (per ~/.inputrc), history kept across
/// sessions in the progress folder, Tab completion of commands, choice letters and the
/// bank's speakers; Ctrl-C clears the line and a second one ends the session.
struct ReadlineLineReader: LineReader {
    private let historyPath: String?
    static let historyLimit: Int32 = 1000

    init(historyFile: URL?) {
        factdrill_rl_set_name("factdrill")
        factdrill_rl_set_streams()
        factdrill_rl_set_word_breaks("\n")  // the whole line is one answer: "Petro Po<Tab>"
        factdrill_rl_set_completion(completionGenerator)
        historyPath = historyFile?.path
        if let historyPath { _ = read_history(historyPath) }
    }

    mutating func readLine(prompt: String) -> String? {
        if factdrill_stop_requested() != 0 { return nil }
        let raw = readline(prompt)
        if factdrill_take_input_ended() != 0 {
            if let raw { free(raw) }
            print("")
            return nil
        }
        guard let raw else { return nil }
        defer { free(raw) }
        factdrill_reset_interrupts()
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(raw)
            if let historyPath {
                // Appended at once, so a closed terminal keeps the history too.
                if append_history(1, historyPath) != 0 { _ = write_history(historyPath) }
            }
        }
        return line
    }

    mutating func offerCompletions(_ words: [String]) {
        CompletionWords.current = words
    }

    func finish() {
        if let historyPath { _ = history_truncate_file(historyPath, Self.historyLimit) }
    }
}

/// The words Tab completes for the current question; readline asks for them from C.
enum CompletionWords {
    nonisolated(unsafe) static var current: [String] = []
    nonisolated(unsafe) static var matches: [String] = []
    nonisolated(unsafe) static var next = 0
}

private let completionGenerator: factdrill_generator_t = { text, state in
    if state == 0 {
        let prefix = String(cString: text).lowercased()
        CompletionWords.matches = CompletionWords.current.filter { $0.lowercased().hasPrefix(prefix) }
        CompletionWords.next = 0
    }
    guard CompletionWords.next < CompletionWords.matches.count else { return nil }
    defer { CompletionWords.next += 1 }
    return strdup(CompletionWords.matches[CompletionWords.next])
}

/// Signal handling shared by both readers: SIGTERM and SIGHUP end the session with its
/// summary; at a terminal SIGINT clears the line (twice in a row ends the session).
enum SessionSignals {
    static func install(interactive: Bool) {
        factdrill_install_signal_handlers(interactive ? 1 : 0)
    }

    static var stopRequested: Bool { factdrill_stop_requested() != 0 }
}
