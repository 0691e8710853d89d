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

    func dates() -> [DateFact] {
        var facts: [DateFact] = []
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
                let resolved = article.published.flatMap { DateResolution.resolve(match.meaning, published: $0) }
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
}
