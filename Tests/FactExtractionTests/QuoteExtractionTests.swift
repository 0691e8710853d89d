import Testing
@testable import FactExtraction
import TextMachinery

@Suite struct QuoteExtractionTests {
    struct Case: Sendable, CustomStringConvertible {
        var body: String
        var expected: [QuoteExpectation]
        var description: String { String(body.prefix(50)) }
    }
    struct QuoteExpectation: Sendable, Equatable {
        var text: String
        var speaker: String?
    }

    static let cases: [Case] = [
        // "…," X said
        Case(body: #""We will rebuild the bridge," Mayor Anna Kowalski said on Monday."#,
             expected: [.init(text: "We will rebuild the bridge,", speaker: "Anna Kowalski")]),
        // X said: "…"
        Case(body: #"Anna Kowalski said: "The bridge opens in May.""#,
             expected: [.init(text: "The bridge opens in May.", speaker: "Anna Kowalski")]),
        // "…," said X, a spokesman for Y
        Case(body: #""The plan is sound," said Tomas Berg, a spokesman for the ministry."#,
             expected: [.init(text: "The plan is sound,", speaker: "Tomas Berg")]),
        // A quote split by its attribution gives two quotes, same speaker; a pronoun resolved.
        Case(body: "Finance Minister Ruth Adler presented the budget on Friday.\n\n" + #""We are ready," she said. "The crews start tomorrow.""#,
             expected: [.init(text: "We are ready,", speaker: "Ruth Adler"), .init(text: "The crews start tomorrow.", speaker: "Ruth Adler")]),
        // A surname resolves to the fullest name in the article.
        Case(body: "Harbour chief Lena Ortiz opened the port on Sunday.\n\n" + #""Ships are waiting," Ortiz said."#,
             expected: [.init(text: "Ships are waiting,", speaker: "Lena Ortiz")]),
        // An unnamed source keeps its description.
        Case(body: #""Nobody was hurt," a fire brigade official told reporters."#,
             expected: [.init(text: "Nobody was hurt,", speaker: "a fire brigade official")]),
        // X told Y that "…"
        Case(body: #"Engineer Paolo Greco told the BBC that "the dam is safe for another century"."#,
             expected: [.init(text: "the dam is safe for another century", speaker: "Paolo Greco")]),
        // X wrote on X: "…"
        Case(body: #"Greta Lind wrote on X: "Polls close at eight tonight.""#,
             expected: [.init(text: "Polls close at eight tonight.", speaker: "Greta Lind")]),
        // A title and a place before the name: "U.S. Ambassador to Chile Mark Dorsey".
        Case(body: "Talks resumed in Chile this week.\n\n" + #"U.S. Ambassador to Chile Mark Dorsey said the talks were "useful and frank"."#,
             expected: [.init(text: "useful and frank", speaker: "Mark Dorsey")]),
        // A quote continued British-style into the next paragraph, then attributed.
        Case(body: "Harbour master Ivan Petrov described the night of the storm.\n\n"
                + #""The first thing we did was count the boats. "#
                + "\n\n" + #""Then we counted the crews, one by one," he said."#,
             expected: [.init(text: "The first thing we did was count the boats.", speaker: "Ivan Petrov"),
                        .init(text: "Then we counted the crews, one by one,", speaker: "Ivan Petrov")]),
        // Scare quotes are not speech.
        Case(body: #"Critics dismissed the so-called "peace dividend" as a myth."#, expected: []),
        // An inch mark is not a quote and does not derail later quotes.
        Case(body: "The suspect is 5' 10\" tall, police said.\n\n" + #""Stay away from him," said Detective Ana Souza."#,
             expected: [.init(text: "Stay away from him,", speaker: "Ana Souza")]),
        // Nobody named: the quote is kept with no speaker rather than a guess.
        Case(body: #""This cannot go on.""#, expected: [.init(text: "This cannot go on.", speaker: nil)]),
        // Two people named; "he" is the one the last sentence was about.
        Case(body: "Minister Karl Weber met Prime Minister Sofia Lund on Tuesday. Weber later spoke to reporters.\n\n"
                + #""We agreed on nothing," he said."#,
             expected: [.init(text: "We agreed on nothing,", speaker: "Karl Weber")]),
        // "she" skips a man named more recently when the article marks genders.
        Case(body: "Ms Clara Holm chaired the meeting. Mr Jonas Falk spoke first.\n\n" + #""The vote is on Friday," she said."#,
             expected: [.init(text: "The vote is on Friday,", speaker: "Clara Holm")]),
        // A quote paragraph with no attribution continues the last speaker.
        Case(body: #""The river rose overnight," said Mayor Otto Brandt."# + "\n\n" + #""Every street by the water is closed.""#,
             expected: [.init(text: "The river rose overnight,", speaker: "Otto Brandt"),
                        .init(text: "Every street by the water is closed.", speaker: "Otto Brandt")]),
        // The same words quoted again (other marks, other case) are one quote.
        Case(body: #""The port is open," said harbour chief Lena Ortiz."# + "\n\n" + "Later she repeated: “the port is OPEN.”",
             expected: [.init(text: "The port is open,", speaker: "Lena Ortiz")]),
        // A role written before a name resolves "the chancellor" to that person…
        Case(body: "Chancellor Gordon Brown presented the budget.\n\n" + #""Growth will return," the chancellor said."#,
             expected: [.init(text: "Growth will return,", speaker: "Gordon Brown")]),
        // …but two people with the role leave the description as it is written.
        Case(body: "Chancellor Gordon Brown met Chancellor Angela Merkel.\n\n" + #""Growth will return," the chancellor said."#,
             expected: [.init(text: "Growth will return,", speaker: "the chancellor")]),
        // Curly marks, and a straight mark closed by a curly one.
        Case(body: "“We are close,” said negotiator Maria Lopez. \"Very close.”",
             expected: [.init(text: "We are close,", speaker: "Maria Lopez"), .init(text: "Very close.", speaker: "Maria Lopez")]),
    ]

    @Test(arguments: cases)
    func quotesAndSpeakers(_ example: Case) {
        let quotes = extract(example.body).quotes.map { QuoteExpectation(text: $0.text, speaker: $0.speaker) }
        #expect(quotes == example.expected)
    }

    @Test func offsetsPointAtTheQuoteText() {
        let body = #"Anna Kowalski said: "The bridge opens in May.""#
        let article = ArticleParser.parse("Headline\n\n" + body, fileName: "t.txt")
        let quote = try! #require(FactExtractor.facts(in: article).quotes.first)
        #expect(article.text(quote.start..<(quote.start + quote.text.unicodeScalars.count)) == quote.text)
    }

    @Test func shortFragmentsAreMarkedShort() {
        let quotes = extract(#"Anna Kowalski called the talks "overall positive" on Monday."#).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.short == true)
        #expect(quotes.first?.speaker == "Anna Kowalski")
    }

    @Test func siteFurnitureYieldsNoFacts() {
        let facts = extract("Sign up for our weekly newsletter\n\nRelated News\n\nPlease use Chrome browser for a more accessible video player")
        #expect(facts.quotes.isEmpty && facts.figures.isEmpty && facts.dates.isEmpty)
        // Lines with non-ASCII text take the Unicode path: the same furniture is still found.
        let unicode = extract("RELATED NEWS: Kyiv’s 3 bridges reopen on Monday\n\n"
            + "ADVERTISEMENT – Café owners say 40 tables were booked " + String(repeating: "à la carte ", count: 20))
        #expect(unicode.quotes.isEmpty && unicode.figures.isEmpty && unicode.dates.isEmpty)
    }
}
