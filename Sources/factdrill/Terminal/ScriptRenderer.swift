import Foundation
import QuizBank
import Study

/// `quiz --script`: one JSON line per answered or skipped item, nothing else on stdout,
/// so a script can pipe answers in and read verdicts out.
struct ScriptRenderer {
    var write: (String) -> Void

    func render(_ event: SessionEvent) {
        switch event {
        case .feedback(let item, let verdict, let review):
            var line: [String: Any] = [
                "id": item.id.rawValue, "prompt": item.prompt, "given": verdict.given, "expected": item.displayedKey,
                "verdict": verdict.outcome.rawValue, "correct": verdict.isCorrect,
            ]
            if let review { line["rating"] = review.rating.rawValue }
            if let note = verdict.note { line["note"] = note }
            if let due = review?.due { line["due"] = Timestamp.string(from: due) }
            emit(line)
        case .skipped(let item):
            emit(["id": item.id.rawValue, "prompt": item.prompt, "given": NSNull(), "expected": item.displayedKey, "verdict": "skipped", "correct": false])
        case .examResults(let results):
            for (item, verdict) in results {
                emit(["id": item.id.rawValue, "prompt": item.prompt, "given": verdict.given, "expected": item.displayedKey,
                      "verdict": verdict.outcome.rawValue, "correct": verdict.isCorrect])
            }
        case .undone(let item):
            // The script saw a line for the answer taken back: it sees the undo too.
            emit(["id": item.id.rawValue, "prompt": item.prompt, "verdict": "undone"])
        case .storageProblem(let message):
            Diagnostics.warn(message)
        case .question, .nothingToUndo, .help, .unknownCommand, .finished, .hint, .noHints, .notAnAnswer, .examAnswerTaken, .rateRequest, .rated:
            break
        }
    }

    private func emit(_ object: [String: Any]) {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
        write(String(decoding: data, as: UTF8.self) + "\n")
    }
}
