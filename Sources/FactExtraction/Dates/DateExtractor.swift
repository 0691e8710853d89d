import TextMachinery
/// Finds date and time expressions — weekdays, calendar dates, months, years, clock
/// times, seasons and holidays used as anchors, and relative expressions ("last month",
/// "a day earlier", "two years ago") — and resolves them to calendar dates when the
/// article's publication date allows. Vague expressions ("recently", "in recent weeks")
/// and names that contain time words are left out.
struct DateExtractor {
    let article: Article
    let sentences: [TokenizedSentence]
    /// Most sentences hold no date: their text and claimant are found only when needed.
    let memo: SentenceMemo

    /// How many sentences back a written year still sets the year of a day without one.
    static let yearReach = 3

    func dates() -> [DateFact] {
        var facts: [DateFact] = []
        var lastWrittenYear: (year: Int, sentence: Int)?
        for sentenceIndex in sentences.indices {
            let tokens = sentences[sentenceIndex].tokens
            var index = 0
            while index < tokens.count {
                // Most tokens cannot open a date: tested here, without a call.
                guard DatePatterns.mayOpen(tokens[index]), let match = DatePatterns.match(at: index, in: tokens) else {
                    index += 1
                    continue
                }
                var upper = tokens[match.end - 1].range.upperBound
                if tokens[match.end - 1].endsInPossessive { upper -= 2 }  // "Saturday's game" → "Saturday"
                let range = tokens[match.start].range.lowerBound..<upper
                if let written = match.meaning.writtenYear { lastWrittenYear = (written, sentenceIndex) }
                // "…on March 2, 2015. On March 25, Platte River …": a story told in another
                // year leaves a yearless day in that year, not in the year of publication.
                let storyYear = lastWrittenYear.flatMap { sentenceIndex - $0.sentence <= Self.yearReach ? $0.year : nil }
                let inAnotherYear = match.meaning.lacksYear && storyYear != nil && storyYear != article.published?.year
                let resolved = inAnotherYear ? nil : article.published.flatMap { DateResolution.resolve(match.meaning, published: $0) }
                facts.append(DateFact(text: article.text(range), sentence: memo.text(sentenceIndex), resolved: resolved, start: range.lowerBound, source: memo.source(sentenceIndex, at: match.start)))
                index = match.end
            }
        }
        return facts
    }
}

/// What a date expression means, for resolution against a publication date.
enum DateMeaning: Equatable {
    case weekday(Int)                      // 0 = Monday
    case relativeDay(Int)                  // today 0, yesterday -1
    case month(Int, year: Int?, shift: Int) // "March", "March 2014", "last March" (shift -1 year)
    case day(Int, month: Int, year: Int?)
    case year(Int)
    case relativeMonth(Int)                // last month -1
    case relativeYear(Int)                 // last year -1
    case daysAgo(Int)
    case unresolvable

    /// The year the expression writes out: "March 2, 2015", "2014".
    var writtenYear: Int? {
        switch self {
        case .day(_, _, let year?), .month(_, let year?, _), .year(let year): year
        default: nil
        }
    }

    /// A day or month whose year the reader supplies: "March 25", "in June".
    var lacksYear: Bool {
        switch self {
        case .day(_, _, nil), .month(_, nil, 0): true
        default: false
        }
    }
}
