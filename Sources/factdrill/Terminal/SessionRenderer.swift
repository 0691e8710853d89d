import QuizBank
import Study

/// Renders quiz events for a person: the item header, the question, choices, the
/// verdict with its reason, the evidence and a closing summary.
struct SessionRenderer {
    var terminal: Terminal
    var write: (String) -> Void

    private var style: Style { Style(enabled: terminal.usesColour) }

    func render(_ event: SessionEvent) {
        switch event {
        case .question(let item, let position, let total):
            write("\n" + style.dim("\(item.kind.label) · \(position)/\(total)") + "\n")
            write(style.bold(TextWrapping.wrap(item.prompt, width: terminal.width)) + "\n")
            switch item.response {
            case .multipleChoice(let choices):
                for (index, choice) in choices.enumerated() {
                    write("  \(style.cyan(ChoiceLetters.letter(for: index))) \(choice)\n")
                }
            case .trueFalse:
                write(style.dim("  true or false?") + "\n")
            case .numeric, .shortAnswer:
                break
            }
        case .feedback(let item, let verdict):
            write(verdictLine(verdict, item: item) + "\n")
            if let explanation = item.explanation, !explanation.isEmpty {
                write(TextWrapping.wrap(explanation, width: terminal.width, indent: "  ") + "\n")
            }
            if let evidence = item.evidence {
                let text = "“\(evidence.sentence)” — \(evidence.source)"
                write(style.dim(TextWrapping.wrap(text, width: terminal.width, indent: "  ")) + "\n")
            }
        case .skipped(let item):
            write(style.yellow("Skipped.") + " The answer: \(item.answer)\n")
        case .help(let commands):
            for command in commands {
                write("  \(style.cyan(command.word.padding(toLength: 8, withPad: " ", startingAt: 0))) \(command.summary)\n")
            }
        case .unknownCommand(let text):
            write(style.yellow("Unknown command '\(text)'.") + " Type :help for the list.\n")
        case .finished(let summary):
            write("\n" + summaryLine(summary) + "\n")
        }
    }

    private func verdictLine(_ verdict: Verdict, item: Item) -> String {
        switch verdict.outcome {
        case .exact:
            return style.green("✓ Correct.")
        case .acceptedVariant:
            return style.green("✓ Correct") + " — the full answer is \(verdict.expected)."
        case .typoCorrected:
            return style.green("✓ Correct") + " (you wrote “\(verdict.given)”; it is \(verdict.expected))."
        case .wrong:
            return style.red("✗ Not quite.") + " The answer is \(style.bold(item.displayedKey))."
        case .blank:
            return style.red("✗ No answer.") + " The answer is \(style.bold(item.displayedKey))."
        }
    }

    private func summaryLine(_ summary: SessionSummary) -> String {
        guard let accuracy = summary.accuracy else {
            return "No questions answered. See you next time."
        }
        let percent = Int((accuracy * 100).rounded())
        var line = "Answered \(summary.answered), \(summary.correct) right (\(percent)%)"
        if summary.skipped > 0 { line += ", skipped \(summary.skipped)" }
        line += ", best streak \(summary.bestStreak)."
        return style.bold(line)
    }
}
