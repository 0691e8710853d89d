import TextMachinery
import Foundation
/// Blanks a fact out of its sentence, refusing when the blank would be ambiguous (the
/// text occurs twice) or the sentence is too long to read as a question.
enum Cloze {
    static let blank = "____"

    static func blank(_ text: String, in sentence: String) -> String? {
        replacing(text, with: blank, in: sentence)
    }

    static func replacing(_ text: String, with replacement: String, in sentence: String) -> String? {
        guard !text.isEmpty, ByteText.wordCount(sentence) <= 50, let match = onlyOccurrence(of: text, in: sentence) else { return nil }
        // Whole words only: "11" must not be blanked inside "2011".
        let before = sentence[..<match.lowerBound].last ?? " "
        let after = sentence[match.upperBound...].first ?? " "
        if before.isLetter || before.isNumber || after.isLetter || after.isNumber { return nil }
        // "____ 000MT", "R2.____": a blank beside more of a number asks for a piece of it.
        let rest = sentence[match.upperBound...].dropFirst()
        if after == " ", rest.first?.isNumber == true { return nil }
        if before == ".", sentence[..<match.lowerBound].dropLast().last?.isNumber == true { return nil }
        // A sentence that opens with an unresolved pronoun is no question on its own.
        if let first = sentence.split(separator: " ", maxSplits: 1).first, ["He", "She", "They", "It"].contains(String(first)) { return nil }
        return String(sentence[..<match.lowerBound]) + replacement + String(sentence[match.upperBound...])
    }

    /// Where `text` occurs in `sentence` when it occurs exactly once, compared as UTF-8
    /// bytes (Foundation's `components(separatedBy:)` and `range(of:)` took a third of
    /// the time of generating a bank).
    private static func onlyOccurrence(of text: String, in sentence: String) -> Range<String.Index>? {
        let haystack = Array(sentence.utf8), needle = Array(text.utf8)
        guard haystack.count >= needle.count else { return nil }
        var found: Int?
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == needle[0], haystack[start..<(start + needle.count)].elementsEqual(needle) {
                if found != nil { return nil }  // a second occurrence: the blank would be ambiguous
                found = start
                start += needle.count
            } else {
                start += 1
            }
        }
        guard let found else { return nil }
        let utf8 = sentence.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: found)
        return lower..<utf8.index(lower, offsetBy: needle.count)
    }
}
