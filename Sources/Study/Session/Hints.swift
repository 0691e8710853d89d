import QuizBank

/// Hints that narrow an answer without giving it: half the wrong choices removed, the
/// number's magnitude, then the first letters. Each costs points and makes the review Hard.
public enum Hints {
    /// The hint at `level` (0 first), or nil when there is nothing more to give.
    public static func hint(for item: Item, level: Int) -> String? {
        switch item.response {
        case .multipleChoice(let choices):
            guard level == 0 else { return nil }
            let key = item.answer.description
            let wrong = choices.filter { $0 != key }
            // Keep the key and half of the wrong options, in their original order.
            let kept = Set(wrong.prefix(max(1, wrong.count / 2))).union([key])
            let letters = choices.enumerated().filter { kept.contains($0.element) }.map { ChoiceLetters.letter(for: $0.offset) }
            return "50/50: it is one of \(letters.joined(separator: ", "))."
        case .trueFalse:
            return nil
        case .numeric:
            guard level == 0, case .number(let value) = item.answer else { return nil }
            return magnitude(of: value)
        case .shortAnswer:
            // A key that reads as a number gets its magnitude first; then every key gets
            // its first letter and word count, then its initials, each once.
            let key = item.answer.description
            // An infinite or NaN "number" has no magnitude: it gets the letter hints.
            let number = NumberReadingPublic.value(of: key).flatMap { $0.isFinite ? $0 : nil }
            if level == 0, let number { return magnitude(of: number) }
            let words = key.split(separator: " ")
            switch number == nil ? level : level - 1 {
            case 0:
                return "It starts with “\(key.prefix(1))” and has \(words.count) word\(words.count == 1 ? "" : "s")."
            case 1:
                return "Initials: " + words.map { String($0.prefix(1)) + "…" }.joined(separator: " ")
            default:
                return nil
            }
        }
    }

    /// nil for a value with no magnitude to give (infinite or not a number): the loop
    /// below would never reach it.
    private static func magnitude(of value: Double) -> String? {
        guard value.isFinite else { return nil }
        let whole = abs(value.rounded(.towardZero))
        guard whole >= 10 else { return value == value.rounded() ? "A number below 10." : "A number below 10, with decimals." }
        var low = 1.0
        while low * 10 <= whole { low *= 10 }
        return "A number between \(NumberFormatting.display(low)) and \(NumberFormatting.display(low * 10 - 1))."
    }
}

/// Points for a right answer: more for harder kinds, a streak bonus, half when hinted.
public enum Scoring {
    public static func points(for item: Item, correct: Bool, streak: Int, hinted: Bool) -> Int {
        guard correct else { return 0 }
        let base: Int
        switch item.kind {
        case .claim: base = 5
        case .whoSaid, .crossSource: base = 10
        case .figure, .date, .custom: base = 8
        }
        let bonus = min(10, max(0, streak - 1) * 2)
        let total = base + bonus
        return hinted ? total / 2 : total
    }
}
