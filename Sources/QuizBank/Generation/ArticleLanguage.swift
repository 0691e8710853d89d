import FactExtraction
import TextMachinery

/// Whether an article is written in English. Every rule behind generated items (attribution,
/// figures, dates, what a sentence leans on) is an English news-writing convention: an item
/// made from Italian or German text asks list numbers and keeps unresolved "Eu" and "Unser".
enum ArticleLanguage {
    /// The commonest English function words: they make up a third or more of running English
    /// text, and a few percent at most of Romance or Germanic text that borrows some of them.
    static let englishFunctionWords: Set<String> = [
        "the", "of", "and", "to", "in", "is", "that", "for", "it", "on", "was", "with", "he", "she", "by", "at", "from",
        "his", "her", "are", "be", "this", "have", "has", "had", "an", "they", "not", "but", "or", "will", "said", "were",
        "their", "which", "who", "its", "been", "would", "we", "you", "i", "after", "about", "more", "than", "also",
    ]

    /// Below this share of function words, the text is not English.
    static let minimumShare = 0.15
    /// Fewer words than this say too little to judge: the article is taken as English.
    static let minimumWords = 40

    /// Enough words to tell a language by its function words; reading more only costs time.
    static let sampleWords = 300

    /// After this many words a share this high settles it: English runs at 35–45 %, other
    /// languages at a few percent, so most articles are told after their first sentences.
    static let settledWords = 80
    static let settledShare = 0.25

    static func isEnglish(_ facts: ArticleFacts) -> Bool {
        var seen = Set<String>()
        var words = 0, function = 0
        let sentences = facts.quotes.lazy.map(\.sentence) + facts.figures.lazy.map(\.sentence) + facts.dates.lazy.map(\.sentence)
        for sentence in sentences where words < sampleWords && seen.insert(sentence).inserted {
            for word in sentence.split(separator: " ") {
                let bare = PromptText.bareWord(word)
                guard !bare.isEmpty else { continue }
                words += 1
                if englishFunctionWords.contains(bare.lowercased()) { function += 1 }
            }
            if words >= settledWords, Double(function) >= settledShare * Double(words) { return true }
        }
        return words < minimumWords || Double(function) / Double(words) >= minimumShare
    }
}
