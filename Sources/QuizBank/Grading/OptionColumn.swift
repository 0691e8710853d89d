/// Which option each student chose on a multiple-choice or true/false item, read the
/// way the matcher reads answers: a letter, the option's text, or (for the key) any
/// answer the matcher accepts, such as a surname.
struct OptionColumn: Sendable {
    var labels: [String]
    var keyIndex: Int?
    var isMultipleChoice: Bool
    /// Per student, the option chosen; `nil` for no answer or one that is none of them.
    var chosen: [Int?]

    /// `nil` for items without options (numbers, dates, short answers).
    init?(item: Item, answers: [(given: String?, isCorrect: Bool)], matcher: AnswerMatcher) {
        switch item.response {
        case .multipleChoice(let choices):
            labels = choices
            keyIndex = choices.firstIndex(of: item.answer.description)
            isMultipleChoice = true
            let normalized = choices.map(TextNormalization.normalized)
            let keyIndex = keyIndex
            chosen = Self.memoized(answers) { given, isCorrect in
                if let index = ChoiceLetters.index(of: given), index < choices.count { return index }
                if let index = normalized.firstIndex(of: TextNormalization.normalized(given)) { return index }
                return isCorrect ? keyIndex : nil
            }
        case .trueFalse:
            guard case .truth(let key) = item.answer else { return nil }
            labels = ["true", "false"]
            keyIndex = key ? 0 : 1
            isMultipleChoice = false
            // The opposite item accepts exactly the answers that say the other thing.
            var opposite = item
            opposite.answer = .truth(!key)
            chosen = Self.memoized(answers) { given, isCorrect in
                if isCorrect { return key ? 0 : 1 }
                return matcher.verdict(for: given, against: opposite).isCorrect ? (key ? 1 : 0) : nil
            }
        case .numeric, .shortAnswer:
            return nil
        }
    }

    /// A class gives the same few answers over and over ("B", "true"): each distinct
    /// one is read once.
    private static func memoized(_ answers: [(given: String?, isCorrect: Bool)], _ read: (String, Bool) -> Int?) -> [Int?] {
        var seen: [String: Int?] = [:]
        return answers.map { given, isCorrect in
            // Blank answers fall through to nil like any answer that is no option.
            guard let given, !given.isEmpty else { return nil }
            let key = isCorrect ? "\u{1}" + given : given
            if let known = seen[key] { return known }
            let index = read(given, isCorrect)
            seen[key] = index
            return index
        }
    }

    func statistics(percents: [Double]) -> [ItemAnalysis.OptionStatistics] {
        var counts = Array(repeating: 0, count: labels.count + 1)
        var sums = Array(repeating: 0.0, count: labels.count + 1)
        for (student, choice) in chosen.enumerated() {
            let slot = choice ?? labels.count
            counts[slot] += 1
            sums[slot] += percents[student]
        }
        let attempts = Double(chosen.count)
        func option(_ slot: Int) -> ItemAnalysis.OptionStatistics {
            ItemAnalysis.OptionStatistics(
                choice: slot < labels.count ? labels[slot] : nil,
                label: slot == labels.count ? "other" : isMultipleChoice ? ChoiceLetters.letter(for: slot) : labels[slot], isKey: slot == keyIndex, count: counts[slot],
                share: attempts > 0 ? 100 * Double(counts[slot]) / attempts : nil,
                meanScore: counts[slot] > 0 ? sums[slot] / Double(counts[slot]) : nil)
        }
        var options = labels.indices.map(option)
        if counts[labels.count] > 0 { options.append(option(labels.count)) }
        return options
    }
}
