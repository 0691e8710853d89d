import FactExtraction
import TextMachinery

/// Articles about the same event, found by what they share: people, organisations and
/// places (capitalised words inside sentences) and counted things. Distractors and
/// cross-source items come from one story only: a rugby coach's quote offered against
/// politicians from another article, or two outlets "disagreeing" about unrelated
/// stories, taught nothing but confusion.
///
/// Near-linear: an inverted index over each article's names, where a name found in more
/// than 200 articles links nothing, so each article is compared only with the few that
/// share its rarer names; linked articles are joined by union–find.
public enum StoryGrouping {
    /// Names two articles must share to be one story, and the share of the smaller
    /// article's names that makes: two articles on the same war or the same election share
    /// "Russia, Ukraine, Putin" or "Clinton, Trump, Sanders" without being one event, while
    /// two reports of one event share its places, officials and spokespeople as well.
    static let sharedNamesNeeded = 8
    static let sharedShareNeeded = 0.4
    /// Reports of one event are published within a few days of each other.
    static let daysApartAtMost = 3

    /// The story of each article, as an index into `articles` of the story's first article.
    public static func stories(_ articles: [ArticleFacts]) -> [Int] {
        stories(articles, names: articles.map(names(of:)))
    }

    /// The same, from each article's names computed once (`generate` needs them again per article).
    static func stories(_ articles: [ArticleFacts], names keys: [Set<String>]) -> [Int] {
        let days = articles.map { $0.published.flatMap { CalendarDay(iso: String($0.prefix(10)))?.dayNumber } }
        var postings: [String: [Int]] = [:]
        for (index, names) in keys.enumerated() {
            for name in names { postings[name, default: []].append(index) }
        }
        // A name in more than this many articles ("London", "Government" in an archive) is
        // too common to tie a story, and comparing through it would be quadratic.
        let commonAbove = 200
        var parent = Array(articles.indices)
        func root(_ index: Int) -> Int {
            var node = index
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        var shared: [Int: Int] = [:]
        for (index, names) in keys.enumerated() {
            shared.removeAll(keepingCapacity: true)
            for name in names {
                guard let list = postings[name], list.count <= commonAbove else { continue }
                for other in list where other > index { shared[other, default: 0] += 1 }
            }
            for (other, count) in shared {
                // Enough names in common, and a fair part of the smaller article's names.
                guard count >= sharedNamesNeeded, Double(count) >= sharedShareNeeded * Double(min(names.count, keys[other].count)) else { continue }
                if let day = days[index], let otherDay = days[other], abs(day - otherDay) > daysApartAtMost { continue }
                let (a, b) = (root(index), root(other))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        return articles.indices.map(root)
    }

    /// The names an article mentions inside its sentences, and what it counts.
    static func names(of facts: ArticleFacts) -> Set<String> {
        var names = Set<String>()
        var sentences = Set<String>()
        // Room for every sentence at once: the set is not grown (and rehashed) on the way.
        sentences.reserveCapacity(facts.quotes.count + facts.figures.count + facts.dates.count + 1)
        for quote in facts.quotes { sentences.insert(quote.sentence) }
        for figure in facts.figures {
            sentences.insert(figure.sentence)
            if let thing = QuestionGenerator.countedThing(figure.unit) { names.insert("#" + thing) }
        }
        for date in facts.dates { sentences.insert(date.sentence) }
        if let title = facts.title { sentences.insert(title) }
        for sentence in sentences {
            let words = sentence.spaceSeparated
            // Most words open on a lower-case letter or a digit: skipped before any string is made.
            for (position, word) in words.enumerated() where position > 0 && PromptText.mayOpenCapitalised(word) {
                let name = PromptText.bareWord(word)
                guard name.count >= 3, name.first?.isUppercase == true, !Self.notNames.contains(name) else { continue }
                names.insert(name)
            }
        }
        return names
    }

    /// Capitalised words that name no one in particular.
    static let notNames: Set<String> = [
        "The", "This", "That", "These", "Those", "But", "And", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "President", "Minister", "Prime", "Secretary", "Government", "State", "National", "New", "North", "South", "East", "West",
        "He", "She", "It", "They", "We", "You", "His", "Her", "Their", "Its", "Our", "In", "On", "At", "For", "With", "As",
    ]
}
