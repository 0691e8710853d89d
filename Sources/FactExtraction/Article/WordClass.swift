import TextMachinery

/// The word classes the news rules test on tokens, each filled from the word list of the
/// rule that owns it: a rule tests a bit, never hashes the word into its own set.
extension WordClass {
    static let speechVerb = WordClass(rawValue: 1 << 0)
    /// A date expression can start here (`DatePatterns.openingWords`).
    static let dateOpening = WordClass(rawValue: 1 << 1)
    /// A figure can start here (`FigureExtractor.openingWords`, "over-60").
    static let figureOpening = WordClass(rawValue: 1 << 2)
    static let title = WordClass(rawValue: 1 << 3)
    /// `Lexicon.capitalisedFunctionWords`: capitalised at a sentence start, names no one.
    static let functionWord = WordClass(rawValue: 1 << 4)
    static let weekday = WordClass(rawValue: 1 << 5)
    static let month = WordClass(rawValue: 1 << 6)
    static let organisation = WordClass(rawValue: 1 << 7)
    static let nameParticle = WordClass(rawValue: 1 << 8)
    static let female = WordClass(rawValue: 1 << 9)
    static let male = WordClass(rawValue: 1 << 10)
    static let pronoun = WordClass(rawValue: 1 << 11)
    static let unit = WordClass(rawValue: 1 << 12)
    static let according = WordClass(rawValue: 1 << 13)
    /// "in", "from", "across": a capitalised word after one is a place.
    static let placePreposition = WordClass(rawValue: 1 << 14)
    /// `DatePatterns.afterThe`: "the" opens a date only before one of these.
    static let dateAfterThe = WordClass(rawValue: 1 << 15)
    /// `DatePatterns.units`: "a"/"an" open a date only before one of these ("a day").
    static let dateUnit = WordClass(rawValue: 1 << 16)
    /// `NumberWords` units, tens and scales: a word `NumberWords.value` can read alone.
    static let numberWord = WordClass(rawValue: 1 << 17)
    /// `PersonIndex.subjectLeaders`: a name after one stands as its clause's subject.
    static let subjectLeader = WordClass(rawValue: 1 << 18)
    /// `PersonIndex.roleEnders`: cannot be part of a role written before a name.
    static let roleEnder = WordClass(rawValue: 1 << 19)
    /// `PersonIndex.honorifics`: "Mr", "Ms", "Dr", "Sir"…
    static let honorific = WordClass(rawValue: 1 << 20)
    /// "a", "an", "the".
    static let article = WordClass(rawValue: 1 << 21)
    /// "said", "says", "told": a name right after one is its speaker.
    static let reportingVerb = WordClass(rawValue: 1 << 22)
    /// `QuoteExtractor.clauseBoundaries`: a speaker phrase does not reach back past one.
    static let clauseBoundary = WordClass(rawValue: 1 << 23)
    /// `QuoteExtractor.nameGlue`: small words inside names and titles.
    static let nameGlue = WordClass(rawValue: 1 << 24)
    /// `QuoteExtractor.descriptionStops`: a description ends before one.
    static let descriptionStop = WordClass(rawValue: 1 << 25)
    /// `QuoteExtractor.headPrepositions`: a description's head noun comes before one.
    static let headPreposition = WordClass(rawValue: 1 << 26)
    /// `Lexicon.determiners`: a description opens with one.
    static let determiner = WordClass(rawValue: 1 << 27)

    /// Classes by lower-cased word, from the rules' word lists.
    static let table: WordTable = {
        var table: [Word: WordClass] = [:]
        func add(_ words: some Sequence<Word>, _ type: WordClass) {
            for word in words { table[word, default: []].insert(type) }
        }
        func add(_ words: some Sequence<String>, _ type: WordClass) { add(words.map(Word.init), type) }
        add(Lexicon.speechVerbs, .speechVerb)
        add(DatePatterns.openingWords, .dateOpening)
        add(FigureExtractor.openingWords, .figureOpening)
        add(Lexicon.titles, .title)
        add(Lexicon.capitalisedFunctionWords, .functionWord)
        add(Lexicon.weekdays, .weekday)
        add(Lexicon.months.keys, .month)
        add(Lexicon.organisationWords, .organisation)
        add(Lexicon.nameParticles, .nameParticle)
        add(Lexicon.femaleMarkers, .female)
        add(Lexicon.maleMarkers, .male)
        add(Lexicon.pronouns, .pronoun)
        add(FigureVocabulary.units, .unit)
        add(["according"] as [Word], .according)
        add(PersonIndex.placePrepositions, .placePreposition)
        add(DatePatterns.afterThe, .dateAfterThe)
        add(DatePatterns.units, .dateUnit)
        add(NumberWords.units.keys, .numberWord)
        add(NumberWords.tens.keys, .numberWord)
        add(NumberWords.scales.keys, .numberWord)
        add(PersonIndex.subjectLeaders, .subjectLeader)
        add(PersonIndex.roleEnders, .roleEnder)
        add(PersonIndex.honorifics, .honorific)
        add(PersonIndex.articles, .article)
        add(["said", "says", "told"] as [Word], .reportingVerb)
        add(QuoteExtractor.clauseBoundaries, .clauseBoundary)
        add(QuoteExtractor.nameGlue, .nameGlue)
        add(QuoteExtractor.descriptionStops, .descriptionStop)
        add(QuoteExtractor.headPrepositions, .headPreposition)
        add(Lexicon.determiners, .determiner)
        return WordTable(table)
    }()
}

extension WordClassifier {
    /// A possessive also opens a date as its bare word would ("today's", "Monday's"); a
    /// hyphenated word opens a figure as its head does ("twenty-five", "four-year-olds"),
    /// and so does an age group ("over-60").
    static let news = WordClassifier(table: WordClass.table, possessiveKeeps: .dateOpening, compoundKeeps: .figureOpening,
                                     compoundPrefixes: ["over-", "under-"])
}

extension Token {
    /// The class of the word without its possessive: "Council's" is an organisation word.
    @inline(__always) func bareIs(_ type: WordClass) -> Bool {
        endsInPossessive ? WordClass.table[bare]?.contains(type) == true : classes.contains(type)
    }

    /// The general path with the news rules' classes (tests, and text not read from an article).
    init(text: String, range: Range<Int>, kind: Kind) {
        self.init(text: text, range: range, kind: kind, classifier: .news)
    }
}

extension Tokenizer {
    static func tokens(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Token] {
        tokens(in: scalars, range: range, classifier: .news)
    }

    static func tokens(in scalars: UnsafeBufferPointer<Unicode.Scalar>, ascii: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Token] {
        tokens(in: scalars, ascii: ascii, range: range, classifier: .news)
    }
}
