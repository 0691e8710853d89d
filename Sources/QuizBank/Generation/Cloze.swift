import Foundation
/// Blanks a fact out of its sentence, refusing when the blank would be ambiguous (the
/// text occurs twice) or the sentence is too long to read as a question.
enum Cloze {
    static let blank = "____"

    static func blank(_ text: String, in sentence: String) -> String? {
        replacing(text, with: blank, in: sentence)
    }

    static func replacing(_ text: String, with replacement: String, in sentence: String) -> String? {
        guard !text.isEmpty, sentence.split(separator: " ").count <= 50 else { return nil }
        let occurrences = sentence.components(separatedBy: text).count - 1
        guard occurrences == 1, let range = sentence.range(of: text) else { return nil }
        // Whole words only: "11" must not be blanked inside "2011".
        let before = range.lowerBound > sentence.startIndex ? sentence[sentence.index(before: range.lowerBound)] : " "
        let after = range.upperBound < sentence.endIndex ? sentence[range.upperBound] : " "
        if before.isLetter || before.isNumber || after.isLetter || after.isNumber { return nil }
        // A sentence that opens with an unresolved pronoun is no question on its own.
        if let first = sentence.split(separator: " ").first, ["He", "She", "They", "It"].contains(String(first)) { return nil }
        return sentence.replacingCharacters(in: range, with: replacement)
    }
}
