import Foundation
import QuizBank
import Study

/// Renders quiz events for a person: the item header, the question, choices, the
/// verdict with its reason, the evidence, when the item comes back, and a summary.
struct SessionRenderer {
    var terminal: Terminal
    var now: () -> Date
    var write: (String) -> Void

    private var style: Style { Style(enabled: terminal.usesColour) }

    func render(_ event: SessionEvent) {
        switch event {
        case .question(let item, let position, let total, let returning):
            let place = returning ? "again" : "\(position)/\(total)"
            write("\n" + style.dim("\(item.kind.label) · \(place)") + "\n")
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
        case .feedback(let item, let verdict, let review):
            write(verdictLine(verdict, item: item) + "\n")
            if let note = verdict.note, !verdict.isCorrect {
                write(style.yellow(TextWrapping.wrap(note.prefix(1).uppercased() + note.dropFirst() + ".", width: terminal.width, indent: "  ")) + "\n")
            }
            renderBacking(item)
            if let review, let due = review.due {
                write(style.dim("  \(review.rating.name) · next review \(DueDescription.text(due, now: now()))") + "\n")
            }
        case .hint(let text):
            write(style.yellow(text.map { "Hint: " + $0 } ?? "No more hints for this one.") + "\n")
        case .noHints(let item):
            write(style.yellow(item.response == .trueFalse ? "No hints for a true/false question: it is one or the other." : "No hints here.") + "\n")
        case .notAnAnswer(let item, let given):
            // "quit" typed out of habit: say how to end, since the answer was not taken.
            let ending = ["quit", "exit", "q", "stop", "bye"].contains(given.lowercased()) ? " To end the session, type :quit." : ""
            if case .multipleChoice(let choices) = item.response {
                let last = ChoiceLetters.letter(for: max(0, choices.count - 1))
                write(style.yellow("Answer with a letter (A–\(last)) or an option's words.\(ending)") + "\n")
            } else {
                write(style.yellow("Answer true or false (t/f, yes/no also do).\(ending)") + "\n")
            }
        case .examAnswerTaken:
            write(style.dim("Answer noted.") + "\n")
        case .examResults(let results):
            let right = results.filter { $0.verdict.isCorrect }.count
            write("\n" + style.bold("Exam results: \(right)/\(results.count)") + "\n")
            for (item, verdict) in results {
                let mark = verdict.isCorrect ? style.green("✓") : style.red("✗")
                let question = item.prompt.count > 70 ? item.prompt.prefix(67) + "…" : item.prompt[...]
                var line = "\(mark) \(question) — you wrote “\(verdict.given)”"
                if !verdict.isCorrect { line += "; the answer is \(item.displayedKey)" }
                write(TextWrapping.wrap(line, width: terminal.width, indent: "  ").dropFirst(2) + "\n")
            }
        case .rateRequest(let suggested):
            write(style.dim("How well did you know it? 1 Again · 2 Hard · 3 Good · 4 Easy (Enter: \(suggested.rawValue) \(suggested.name))") + "\n")
        case .rated(let review):
            if let due = review.due {
                write(style.dim("  \(review.rating.name) · next review \(DueDescription.text(due, now: now()))") + "\n")
            }
        case .skipped(let item):
            write(style.yellow("Skipped.") + " The answer: \(item.displayedKey)\n")
            renderBacking(item)
        case .undone(let item):
            write(style.yellow("Undone.") + " Asking “\(item.id)” again.\n")
        case .nothingToUndo:
            write(style.yellow("Nothing to undo yet.") + "\n")
        case .help(let commands):
            for command in commands {
                write("  \(style.cyan(command.word.padding(toLength: 8, withPad: " ", startingAt: 0))) \(command.summary)\n")
            }
        case .unknownCommand(let text):
            write(style.yellow("Unknown command '\(text)'.") + " Type :help for the list.\n")
        case .storageProblem(let message):
            Diagnostics.warn(message)
        case .finished(let summary):
            write("\n" + summaryText(summary) + "\n")
        }
    }

    /// The explanation and the evidence sentence: what backs the key, after an answer or a skip.
    private func renderBacking(_ item: Item) {
        if let explanation = item.explanation, !explanation.isEmpty {
            write(TextWrapping.wrap(explanation, width: terminal.width, indent: "  ") + "\n")
        }
        if let evidence = item.evidence {
            let text = "\(evidence.quotedSentence) — \(evidence.source)"
            write(style.dim(TextWrapping.wrap(text, width: terminal.width, indent: "  ")) + "\n")
        }
    }

    func renderNothingDue(_ upcoming: (next: Date?, withinADay: Int)) {
        var text = "Nothing is due now."
        if let next = upcoming.next {
            text += " The next review is \(DueDescription.text(next, now: now()))."
        }
        write(text + " Use --cram to study ahead.\n")
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

    private func summaryText(_ summary: SessionSummary) -> String {
        guard let accuracy = summary.accuracy else {
            return "No questions answered. See you next time."
        }
        let percent = Int((accuracy * 100).rounded())
        var line = "Answered \(summary.answered), \(summary.correct) right (\(percent)%)"
        if summary.skipped > 0 { line += ", skipped \(summary.skipped)" }
        line += ", \(summary.points) points, best streak \(summary.bestStreak), \(duration(summary.seconds))."
        var lines = [style.bold(TextWrapping.wrap(line, width: terminal.width))]
        if let next = summary.nextDue {
            var due = "Next review \(DueDescription.text(next, now: now()))"
            if summary.dueWithinADay > 1 { due += "; \(summary.dueWithinADay) due within a day" }
            lines.append(due + ".")
        }
        if summary.unsaved > 0 {
            lines.append(style.red("\(summary.unsaved) answers could not be saved; see the messages above."))
        }
        return lines.joined(separator: "\n")
    }

    private func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
    }
}
