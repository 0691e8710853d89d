import TextMachinery
import Foundation

/// Titles and roles written before names, for code outside extraction that compares
/// names ("President Poroshenko" is an answer naming Petro Poroshenko).
public enum NameTitles {
    /// The name with leading titles and roles removed: "Col. Andriy Lysenko" → "Andriy Lysenko".
    public static func stripped(_ name: String) -> String {
        var words = name.split(separator: " ").map(String.init)
        while words.count > 1, let first = words.first, isTitle(first) {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// "Col.", "col", "President": a title with or without its period. Plain ASCII words
    /// (nearly all) are lower-cased and trimmed bytewise; Foundation's trimming ran for
    /// every name graded.
    private static func isTitle(_ word: String) -> Bool {
        guard ByteText.isPlainASCII(word) else {
            let lowered = word.lowercased()
            return Lexicon.titles.contains(Word(lowered)) || Lexicon.titles.contains(Word(lowered.trimmingCharacters(in: ["."])))
        }
        let lowered = ByteText.asciiLowercased(word)
        return Lexicon.titles.contains(Word(lowered)) || Lexicon.titles.contains(Word(ByteText.trimming(lowered) { $0 == UInt8(ascii: ".") }))
    }
}
