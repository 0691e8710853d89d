/// What the extraction rules need to know about a word, looked up once per token when
/// it is made. Every rule used to ask its own `Set<String>` about every token — a hash
/// of the word each time; now a rule tests a bit.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

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

    /// Classes by lower-cased word.
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

    /// The classes of a lower-cased token. A possessive also opens a date as its bare
    /// word would ("today's", "Monday's"); a hyphenated word opens a figure as its head
    /// does ("twenty-five", "four-year-olds"), and so does an age group ("over-60").
    static func of(lowered: Word, bare: Word) -> WordClass {
        var classes = table[lowered] ?? []
        if bare != lowered, let bareClasses = table[bare] {
            classes.formUnion(bareClasses.intersection(.dateOpening))
        }
        if !classes.contains(.figureOpening), lowered.contains(UInt8(ascii: "-")) {
            let head = lowered.prefix(upTo: UInt8(ascii: "-"))
            if table[head]?.contains(.figureOpening) == true || lowered.hasPrefix("over-") || lowered.hasPrefix("under-") {
                classes.insert(.figureOpening)
            }
        }
        return classes
    }
}

/// A read-only map from words to their classes, probed by open addressing on the word's
/// bits: every token is looked up once, and a `Dictionary`'s seeded SipHash cost more
/// than the rest of making the token.
struct WordTable: Sendable {
    private let words: [Word]
    private let values: [WordClass]
    private let mask: Int

    init(_ entries: [Word: WordClass]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        var words = [Word](repeating: .empty, count: capacity)
        var values = [WordClass](repeating: [], count: capacity)
        for (word, value) in entries {
            var slot = Int(truncatingIfNeeded: word.tableHash) & (capacity - 1)
            while !words[slot].isEmpty { slot = (slot + 1) & (capacity - 1) }
            words[slot] = word
            values[slot] = value
        }
        self.words = words
        self.values = values
        mask = capacity - 1
    }

    @inline(__always) subscript(word: Word) -> WordClass? {
        var slot = Int(truncatingIfNeeded: word.tableHash) & mask
        while !words[slot].isEmpty {
            if words[slot] == word { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
