import Foundation

/// Titles and roles written before names, for code outside extraction that compares
/// names ("President Poroshenko" is an answer naming Petro Poroshenko).
public enum NameTitles {
    /// The name with leading titles and roles removed: "Col. Andriy Lysenko" → "Andriy Lysenko".
    public static func stripped(_ name: String) -> String {
        var words = name.split(separator: " ").map(String.init)
        while words.count > 1, let first = words.first, Lexicon.titles.contains(first.lowercased())
            || Lexicon.titles.contains(first.lowercased().trimmingCharacters(in: ["."]))
        {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }
}
