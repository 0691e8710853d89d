import TextMachinery
/// The people an article names, so a surname ("Poroshenko") or a title form
/// ("Mr Brown") resolves to the fullest name the article gives, and pronouns can find
/// the person last mentioned.
struct PersonIndex {
    /// Built once: a set literal inside a function is rebuilt on every call.
    static let nationalities: Set<Word> = ["british", "french", "dutch", "irish", "scottish", "welsh", "english", "danish", "swedish",
        "finnish", "polish", "turkish", "spanish", "chinese", "japanese", "portuguese", "vietnamese",
        "thai", "swiss", "greek", "iraqi", "israeli", "saudi", "pakistani", "afghan"]

    /// Built once: a set literal inside a function is rebuilt on every call.
    static let placePrepositions: Set<Word> = ["in", "into", "from", "across", "near", "inside", "outside", "towards", "toward", "through", "across", "around"]

    /// A name as it stands in the text: "Col. Andriy Lysenko" → name "Andriy Lysenko".
    struct Mention: Equatable {
        var offset: Int
        var paragraph: Int
        /// Written with a title, before a speech verb, or with an appositive: surely a person.
        var isSurelyPerson: Bool
        /// Stands as the subject of its clause (not after a preposition or as an object):
        /// the kind of mention "he said" refers back to.
        var isSubject: Bool
        var sentence: Int
        /// The name's id among the article's distinct names (`distinctNames`).
        var nameID: Int
        /// Subject of a clause opened by "that" ("Bourke is hopeful that … Michael Ryan will
        /// stay on"): less salient than the subject the sentence opens on.
        var inThatClause = false
        /// Opens its sentence, as the main clause's subject does ("Medjuck, whose company …,
        /// disagreed"); not "even though Sanders won Michigan".
        var opensSentence = false
    }

    /// What pronoun resolution asks of a name, every time it meets one of its mentions.
    struct NameFacts {
        var fullest: String
        /// A person for sure, or a name of two words or more.
        var isCandidate: Bool
        /// A surname alone, of a person the article named in full ("Medjuck" after "Fred
        /// Medjuck"): a candidate where it opens its sentence.
        var isSurnameOfNamed: Bool
        var fullestIsCandidate: Bool
        var fullestGender: Character?
    }

    /// Name facts and genders worked out on first use: only names near a pronoun are
    /// ever asked about, a small share of an article's names.
    private final class Memo {
        /// `couldBeReferredToAsPerson` by speaker: asked of the same few speakers at every "he said".
        var personLike: [String: Bool] = [:]
        var facts: [NameFacts?] = []
        var fullest: [String?] = []
        var genders: [String: Character?] = Dictionary(minimumCapacity: 16)
        /// Ids by the names' strings, made the first time a caller hands a name back.
        var idByString: [String: Int]?
    }

    /// Roles written before names ("Chancellor Gordon Brown", "Arsenal boss Arsene Wenger"),
    /// lower-cased, with the name and where it was said: "the chancellor" resolves to them.
    private var roles: [(role: String, nameID: Int, offset: Int)] = []
    /// Gender the article signals for a name (Ms, Mr, "his wife Sharon"), by name id:
    /// "she said" never resolves to someone the article calls a man, and the reverse.
    private var genderByID: [Character?] = []
    /// Ids of plurals of people capitalised by their sentence ("Officials") and of names
    /// written after "the": never "he" or "she".
    private var groupIDs: Set<Int> = []
    /// One word the article writes after "the" ("the Community was able"): people are not
    /// written "the Smith", so it is no surname of a longer name ("Greek Orthodox Community").
    private var articledIDs: Set<Int> = []

    private(set) var mentions: [Mention] = []
    private(set) var places: Set<Word> = []

    /// Where each sentence starts, to count sentences between a pronoun and a name.
    private var sentenceStarts: [Int] = []
    /// Where each sentence first says "he"/"his" and "she"/"her", if it does.
    private var firstPronouns: [(he: Int?, she: Int?)] = []
    /// Sentences with a verb of saying: someone in them speaks, named or not.
    private var reportsSpeech: [Bool] = []
    /// Sentences that open on "A", "An", "One" or "Another": often someone new, unnamed
    /// ("A farmer in Budalang'i lost his entire crop"), whom a later "he" may mean.
    private var opensOnSomeoneUnnamed: [Bool] = []
    static let indefiniteOpeners: Set<Word> = ["a", "an", "one", "another"]
    /// "m" for a sentence whose first word is "He", "f" for "She" (not "His" or "Her").
    private var openingPronouns: [Character?] = []
    /// Ids of full names (two words or more), by last and first word.
    private var namesBySurname: [Word: [Int]] = [:]
    private var namesByFirstName: [Word: [Int]] = [:]
    /// Fullest names of people the text surely marks as people (titles, speech verbs).
    private var surePeople: Set<String> = []
    private var gendersByFullest: [String: Character] = [:]
    /// Indices into `roles` (in text order) by the role's last word: a description is
    /// matched against the roles it could end like, however many roles an article names.
    private var rolesByLastWord: [Word: [Int]] = [:]
    /// Every distinct name the article gives gets an id the first time it is seen: the
    /// per-name work (fullest form, certainty, gender) is done once per name, when asked.
    private var idByName: [NameKey: Int] = [:]
    /// Each distinct name's words.
    private var partsByID: [NameKey] = []
    private let memo = Memo()
    /// Every distinct name the article gives, by id.
    private var distinctNames: [String] = []
    /// Names of two words or more the article writes ("Bill Clinton", "Hillary Rodham
    /// Clinton"): which people a lone surname may stand for.
    var fullNames: [String] { distinctNames.filter { $0.utf8.contains(UInt8(ascii: " ")) } }

    init(article: Article, sentenceTokens: [[Token]], sentenceParagraphs: [Int], quoteRanges: [Range<Int>]) {
        sentenceStarts = sentenceTokens.map { $0.first?.range.lowerBound ?? 0 }
        reportsSpeech = sentenceTokens.map { $0.contains(where: Lexicon.isSpeechVerb) }
        opensOnSomeoneUnnamed = sentenceTokens.map { tokens in
            tokens.first(where: \.isWord).map { Self.indefiniteOpeners.contains($0.lowered) } ?? false
        }
        openingPronouns = sentenceTokens.map { tokens in
            guard let first = tokens.first(where: \.isWord) else { return nil }
            return first.lowered == "he" ? "m" : first.lowered == "she" ? "f" : nil
        }
        firstPronouns = sentenceTokens.map { tokens in
            var found: (he: Int?, she: Int?) = (nil, nil)
            for token in tokens where token.isWord && token.is(.pronoun) || token.lowered == "his" || token.lowered == "her" {
                switch token.lowered {
                case "he", "his": if found.he == nil { found.he = token.range.lowerBound }
                case "she", "her": if found.she == nil { found.she = token.range.lowerBound }
                default: break
                }
            }
            return found
        }
        let quoted = SortedRanges(quoteRanges)
        // Places: capitalised words right after "in", "into", "from"… are where, not who.
        for tokens in sentenceTokens {
            // By index: `enumerated()` copied every token of the article.
            for index in tokens.indices.dropFirst() where tokens[index].isCapitalized && tokens[index].isWord {
                if tokens[index - 1].is(.placePreposition) { places.insert(tokens[index].bareText) }
                // "in Teesside and County Durham": a place joined to a place is one too.
                if index >= 3, tokens[index - 1].lowered == "and", tokens[index - 2].isCapitalized, tokens[index - 3].is(.placePreposition) {
                    places.insert(tokens[index].bareText)
                }
            }
        }
        // A surname is no place: "in James's absence" must not hide LeBron James.
        if !places.isEmpty {
            for tokens in sentenceTokens {
                for run in Self.capitalisedRuns(tokens[...]) where run.count >= 2 { places.remove(tokens[run.upperBound - 1].bareText) }
            }
        }
        // Sized once for a typical article's cast: growing a dictionary rehashes every key.
        idByName.reserveCapacity(32)
        namesBySurname.reserveCapacity(16)
        namesByFirstName.reserveCapacity(16)
        rolesByLastWord.reserveCapacity(16)
        func register(_ key: NameKey) -> Int {
            if let known = idByName[key] { return known }
            let id = distinctNames.count
            idByName[key] = id
            distinctNames.append(key.string)
            partsByID.append(key)
            genderByID.append(nil)
            if key.count >= 2 {
                namesBySurname[key[key.count - 1], default: []].append(id)
                namesByFirstName[key[0], default: []].append(id)
            }
            return id
        }
        var lowerCaseWords: Set<Word>?
        func writesInLowerCase(_ word: Word) -> Bool {
            if lowerCaseWords == nil {
                lowerCaseWords = Set(sentenceTokens.lazy.flatMap { $0 }.filter { $0.isWord && !$0.isCapitalized }.map(\.lowered))
            }
            return lowerCaseWords!.contains(word)
        }
        for (sentenceIndex, tokens) in sentenceTokens.enumerated() {
            // A headline's words are the desk's, not the reporter's naming of people
            // ("Unpredictable Sondland", "Ex-PM Lord Callaghan"): no name is taken from it.
            if article.paragraphs[sentenceParagraphs[sentenceIndex]].isHeadline { continue }
            let paragraph = sentenceParagraphs[sentenceIndex]
            let isWholeParagraph = (sentenceIndex == 0 || sentenceParagraphs[sentenceIndex - 1] != paragraph)
                && (sentenceIndex + 1 == sentenceParagraphs.count || sentenceParagraphs[sentenceIndex + 1] != paragraph)
            if isWholeParagraph, Self.isCrosshead(tokens) { continue }
            for run in Self.capitalisedRuns(tokens[...]) {
                if quoted.contains(tokens[run.lowerBound].range.lowerBound) { continue }
                // "Searches continued for nearly four hours …" where the article goes on "searches
                // should continue": a plural opening its sentence, alone, that the article also
                // writes in lower case is a common noun, no one's name. ("Authorities said" is
                // a group of people, who speak as one.)
                if run == 0..<1, Self.isCapitalisedPlural(tokens[0]), !Lexicon.namesGroupOfPeople(tokens[0].lowered),
                    writesInLowerCase(tokens[0].lowered)
                {
                    continue
                }
                guard let candidate = classify(tokens: tokens[...], run: run) else {
                    if let holder = officeHolder(tokens, run: run) {
                        mentions.append(Mention(offset: tokens[run.lowerBound].range.lowerBound, paragraph: paragraph, isSurelyPerson: true,
                                                isSubject: true, sentence: sentenceIndex, nameID: holder, inThatClause: false))
                    }
                    continue
                }
                let key = NameKey(tokens[candidate.start..<run.upperBound])
                let id = register(key)
                // "Greville and Trudy Knight": the first of a couple has the surname too, so a
                // later "Mr Knight" is not taken for Trudy. Not "Mr. Obama and Hillary Clinton":
                // a word after a title, or one the article gives as a surname, is no given name.
                if key.count == 2, candidate.start >= 2, tokens[candidate.start - 1].lowered == "and",
                    case let partner = tokens[candidate.start - 2], partner.isWord, partner.isCapitalized, !partner.is(.functionWord),
                    candidate.start == 2 || !tokens[candidate.start - 3].isCapitalized && !tokens[candidate.start - 3].isMark("."),
                    candidate.start == 2 || !tokens[candidate.start - 3].is(.title),
                    namesBySurname[partner.bareText] == nil,
                    let coupled = NameKey("\(partner.bareText.string) \(key[1].string)")
                {
                    _ = register(coupled)
                }
                // "Michael J. Petrilli, president of …": the initial's period splits the name, and
                // the surname after it is read alone; the whole name is known too, so a later
                // "Petrilli" is given in full.
                if key.count == 1, candidate.start == run.lowerBound, run.lowerBound >= 3, tokens[run.lowerBound - 1].isMark("."),
                    case let initial = tokens[run.lowerBound - 2], initial.isWord, initial.isCapitalized, Self.characterCount(initial.text) == 1,
                    Self.isFirstName(tokens[run.lowerBound - 3]),
                    let whole = NameKey("\(tokens[run.lowerBound - 3].bareText.string) \(initial.bareText.string) \(key[0].string)")
                {
                    _ = register(whole)
                }
                // "Officials said they were working …": a sentence opening on a plural of people
                // capitalises it; it can speak, but "he" later in the story is never "Officials".
                if run.lowerBound == 0, key.count == 1, Lexicon.namesGroupOfPeople(tokens[0].lowered) { groupIDs.insert(id) }
                // "the Islamic State", "the Brazilian Grand Prix": a name written after "the",
                // with no title of its own, is a body, a place or an event; it can speak, but
                // it is never "he" or "she".
                // "the Permanent Secretary", "the Prime Minister" are offices a person holds.
                let namesOffice = Lexicon.personHeads.contains(tokens[run.upperBound - 1].lowered)
                let theBefore = candidate.start == run.lowerBound && run.lowerBound > 0 && tokens[run.lowerBound - 1].lowered == "the"
                if theBefore, key.count >= 2, !Self.isFirstName(tokens[run.lowerBound]), !namesOffice {
                    groupIDs.insert(id)
                }
                if theBefore, key.count == 1 { articledIDs.insert(id) }
                // "Wood Buffalo council rejected the idea": two names or more before a lower-case
                // body they modify are the body's place or owner, never "he" ("the Joe Biden
                // administration" has a given name).
                // ("The Game's associates" are someone's, not a body's.)
                if run.count >= 2, run.upperBound < tokens.count, tokens[run.upperBound].isWord,
                    !tokens[run.upperBound].isCapitalized, Self.modifiedBodies.contains(tokens[run.upperBound].lowered),
                    !tokens[run.upperBound - 1].endsInPossessive,
                    !tokens[run].contains(where: { Self.isFirstName($0) || $0.is(.title) || $0.is(.honorific) || $0.is(.article) })
                {
                    groupIDs.insert(id)
                }
                // "automaker Maruti Suzuki India", "the chipmaker Nvidia": a name right after the
                // lower-case kind of firm it is names the firm, and "he" later is its executive.
                if candidate.start == run.lowerBound, run.lowerBound > 0, tokens[run.lowerBound - 1].isWord,
                    !tokens[run.lowerBound - 1].isCapitalized, Self.firmKinds.contains(tokens[run.lowerBound - 1].lowered),
                    !tokens[run].contains(where: { Self.isFirstName($0) || $0.is(.title) || $0.is(.honorific) })
                {
                    groupIDs.insert(id)
                    // "Maruti Suzuki also has plans": the firm goes by the first words of its name.
                    for words in 2..<max(2, key.count) { groupIDs.insert(register(NameKey(tokens[candidate.start..<(candidate.start + words)]))) }
                }
                // "The Trojans believed …", "the Democrats said": one capitalised plural after "the",
                // heading its phrase, is a team, a party or a people ("the Sanders campaign" is
                // a surname's).
                let afterThe = theBefore || candidate.start == run.lowerBound + 1 && tokens[run.lowerBound].lowered == "the"
                let headsPhrase = run.upperBound == tokens.count || !tokens[run.upperBound].isWord || tokens[run.upperBound].is(.functionWord)
                    || Lexicon.isSpeechVerb(tokens[run.upperBound]) || Self.isFiniteVerb(tokens[run.upperBound])
                if afterThe, key.count == 1, headsPhrase, Self.isCapitalisedPlural(tokens[candidate.start]) { groupIDs.insert(id) }
                // "As the Observer reported": one capitalised word after "the" that publishes is a
                // paper, never "he". Not "the Taoiseach said" or "the Emperor told": one word after
                // "the" that speaks is as often an office, which someone holds.
                // "on the Mall", "at the Capitol": after a preposition of place, it is where.
                let placed = theBefore && run.lowerBound >= 2 && Self.locativePrepositions.contains(tokens[run.lowerBound - 2].lowered)
                if theBefore, key.count == 1, placed || run.upperBound < tokens.count && Self.publishingVerbs.contains(tokens[run.upperBound].lowered),
                    !Self.isFirstName(tokens[run.lowerBound]), !tokens[run.lowerBound].is(.title)
                {
                    groupIDs.insert(id)
                }
                // "Nunatsiaq News asked Qaqqaq", "All Saints Nursery", "Baystate Health": a name
                // ending on a kind of organisation is one, and the "she" of the next sentence is
                // someone else.
                if key.count >= 2, tokens[run.upperBound - 1].bareIs(.organisation) { groupIDs.insert(id) }
                // "the City of Selkirk Strategic Plan … “…,” he said": nor is a document or a
                // scheme's name.
                if key.count >= 2, Self.documentWords.contains(tokens[run.upperBound - 1].lowered) { groupIDs.insert(id) }
                // "South Canterbury", "Northern Cape", "Greater Manchester": a compass point
                // before a name makes a region.
                if key.count >= 2, Self.regionOpeners.contains(tokens[candidate.start].lowered) { groupIDs.insert(id) }
                // "the Minister of Local Government, Lands and Regional Integration": the names
                // in an office's "of" list are its portfolio.
                // A name that goes on to act ("… and Place-making Nuala Gallagher told councillors")
                // is the holder written after the office.
                let acts = run.upperBound < tokens.count && (Lexicon.isSpeechVerb(tokens[run.upperBound]) || Self.isFiniteVerb(tokens[run.upperBound]))
                // A portfolio ends its clause: "… Lands and Natural Resources Mulambo Haimbe, who …"
                // runs on into its holder's name, given name known or not.
                // "commended the Ministry of Lands and Natural Resources for its efforts": so does
                // a preposition after it.
                let endsClause = run.upperBound == tokens.count || [".", ";", ")"].contains { tokens[run.upperBound].isMark($0) }
                    || tokens[run.upperBound].isWord && !tokens[run.upperBound].isCapitalized && tokens[run.upperBound].is(.functionWord)
                if candidate.start == run.lowerBound, !acts, endsClause, !tokens[run].contains(where: Self.isFirstName),
                    Self.inPortfolio(tokens[...], before: run.lowerBound)
                {
                    groupIDs.insert(id)
                }
                // The role: title words inside the run plus lower-case words just before it.
                var roleStart = run.lowerBound
                while roleStart > 0, tokens[roleStart - 1].isWord, candidate.start - roleStart < 4,
                    !tokens[roleStart - 1].isCapitalized
                        || candidate.start == run.lowerBound && roleStart == run.lowerBound && tokens[roleStart - 1].endsInPossessive,
                    !tokens[roleStart - 1].is(.roleEnder)
                {
                    roleStart -= 1
                }
                // "…, said coastal geologist Cheryl Hapke": a name after its lower-case role
                // stands where the role does, as the inverted subject of "said".
                // The words walked over must end on a role ("geologist", "defenseman"), not on
                // a verb and its preposition ("Bush went after Trump").
                let roleHead = tokens[run.lowerBound - (run.lowerBound > 0 ? 1 : 0)]
                let endsOnRole = run.lowerBound > 0 && !roleHead.is(.functionWord)
                    && (roleHead.is(.title) || Lexicon.personHeads.contains(roleHead.lowered) || ClaimSource.isSourceNoun(roleHead.lowered))
                let walked = endsOnRole ? roleStart : run.lowerBound
                let leader = walked < candidate.start && walked > 0 && tokens[walked - 1].is(.article) ? walked - 1 : walked
                // "Moir owns Taco Luchador, Guaca Mole, Steak and Bourbon": a name between a comma
                // and another comma or "and" is an item of a list, not a clause's subject.
                // "On Tuesday, Bob Stewart, who …" and "In Glasgow, Bob Stewart, …" open on a day
                // or a place: the name after them is the subject.
                let inList = run.upperBound < tokens.count && (tokens[run.upperBound].isMark(",") || tokens[run.upperBound].lowered == "and")
                    && run.lowerBound >= 3 && tokens[run.lowerBound - 2].isCapitalized && !tokens[run.lowerBound - 2].is(.weekday)
                    && !tokens[run.lowerBound - 2].is(.month) && !places.contains(tokens[run.lowerBound - 2].bareText)
                    && !tokens[run.lowerBound - 3].is(.functionWord) && !tokens[run.lowerBound - 3].is(.placePreposition)
                    // "with the State Secretary for Public Security, Jesús Capella, warning": an
                    // office with no one's name in it is the name's appositive, not a list's item.
                    && !Self.isOfficeBefore(comma: run.lowerBound - 1, in: tokens)
                // "To his successor, Mr. Obama leaves …": an abbreviated title's point splits it
                // off the run, but the name opens where the title does.
                // "Her outgoing deputy, Alliance's Maire Hendron, spoke": nor does a party's or a
                // team's possessive.
                var opening = run.lowerBound >= 2 && tokens[run.lowerBound - 1].isMark(".") && tokens[run.lowerBound - 2].is(.title)
                    ? run.lowerBound - 2 : run.lowerBound
                if opening >= 1, tokens[opening - 1].endsInPossessive, tokens[opening - 1].isCapitalized {
                    opening -= 1
                    while opening >= 1, tokens[opening - 1].isWord, tokens[opening - 1].isCapitalized, !tokens[opening - 1].endsInPossessive { opening -= 1 }
                }
                let isSubject = opening == 0 || tokens[opening - 1].isMark(",") && !inList || tokens[opening - 1].isMark("\u{2013}")
                    || tokens[run.lowerBound - 1].is(.subjectLeader) && !Self.joinsObjects(tokens[...], before: run)
                    || (leader < run.lowerBound && leader > 0 && tokens[leader - 1].is(.reportingVerb) && tokens[leader - 1].lowered != "told")
                    // "Wild defenseman Ryan Suter, who …", "Bafana Bafana coach Hugo Broos left": a
                    // role that opens the sentence, after at most the team or body it is held in,
                    // opens its subject.
                    || (leader < run.lowerBound && leader <= 3 && tokens[..<leader].allSatisfy { $0.isWord && $0.isCapitalized && !$0.is(.functionWord) })
                    || (run.upperBound < tokens.count && (Lexicon.isSpeechVerb(tokens[run.upperBound]) || Self.isFiniteVerb(tokens[run.upperBound])))
                    || Self.followsAccordingTo(tokens, run.lowerBound)
                let possessive = tokens[run.upperBound - 1].endsInPossessive
                // "Councilor Jack Hanson (P-East District)": a bracket holds a party, a ward or
                // a place, never a clause's subject.
                let bracketed = opening > 0 && tokens[opening - 1].isMark("(")
                mentions.append(Mention(offset: tokens[candidate.start].range.lowerBound,
                                        paragraph: paragraph, isSurelyPerson: candidate.sure, isSubject: isSubject && !possessive && !bracketed,
                                        sentence: sentenceIndex, nameID: id,
                                        inThatClause: Self.opensThatClause(before: run.lowerBound, in: tokens), opensSentence: opening == 0
                                            && !tokens[run.lowerBound..<candidate.start].contains { $0.is(.functionWord) && !$0.is(.honorific) }))
                let context = max(0, run.lowerBound - 2)..<candidate.start
                if tokens[context].contains(where: { $0.is(.female) }) { genderByID[id] = "f" }
                if tokens[context].contains(where: { $0.is(.male) }) { genderByID[id] = "m" }
                var roleWords: [Word] = []
                for index in roleStart..<candidate.start where !tokens[index].is(.functionWord) || tokens[index].lowered == "chief" {
                    roleWords.append(tokens[index].lowered)
                }
                if let last = roleWords.last {
                    rolesByLastWord[last, default: []].append(roles.count)
                    roles.append((Word.joinedWithSpaces(roleWords), id, tokens[candidate.start].range.lowerBound))
                }
            }
        }
        memo.fullest = Array(repeating: nil, count: distinctNames.count)
        var isSureByID = [Bool](repeating: false, count: distinctNames.count)
        for mention in mentions where mention.isSurelyPerson { isSureByID[mention.nameID] = true }
        for id in distinctNames.indices where isSureByID[id] { surePeople.insert(fullest(id: id)) }
        for (id, gender) in genderByID.enumerated() { if let gender { gendersByFullest[fullest(id: id)] = gender } }
        memo.facts = Array(repeating: nil, count: distinctNames.count)
    }

    /// The person a sentence opens on as its subject ("Community leader Willemina Mungunda
    /// conveyed her appreciation …"), when its first name is surely a person's and stands
    /// as subject.
    func openingSubject(ofSentence sentence: Int) -> String? {
        guard sentence < sentenceStarts.count else { return nil }
        let first = OffsetSearch.firstIndex(in: mentions, atOrAfter: sentenceStarts[sentence]) { $0.offset }
        guard first < mentions.count, mentions[first].sentence == sentence, mentions[first].isSubject else { return nil }
        let facts = facts(of: mentions[first])
        // Surely a person, or one the sentence goes on to call "he" or "she" ("… conveyed
        // her appreciation"): "Moon Village" or a show's title opens sentences too.
        let pronounAfter = [firstPronouns[sentence].he, firstPronouns[sentence].she].contains { $0.map { $0 > mentions[first].offset } ?? false }
        return facts.isCandidate && (surePeople.contains(facts.fullest) || pronounAfter) ? facts.fullest : nil
    }

    private func facts(of mention: Mention) -> NameFacts {
        if let known = memo.facts[mention.nameID] { return known }
        let full = fullest(id: mention.nameID)
        let facts = NameFacts(
            fullest: full, isCandidate: !groupIDs.contains(mention.nameID) && (surePeople.contains(full) || partsByID[mention.nameID].count >= 2),
            isSurnameOfNamed: !groupIDs.contains(mention.nameID) && !articledIDs.contains(mention.nameID)
                && Self.isSurnameOfFullName(partsByID[mention.nameID], full),
            fullestIsCandidate: !groupIDs.contains(mention.nameID) && (isKnownPerson(full) || ByteText.wordCount(full) >= 2),
            fullestGender: gender(of: full))
        memo.facts[mention.nameID] = facts
        return facts
    }

    /// The fullest name the article gives for a name or surname ("Poroshenko" →
    /// "Petro Poroshenko"); the name itself when it is already the fullest.
    func fullest(_ name: String) -> String {
        if let id = id(of: name) { return fullest(id: id) }
        // Longer than any name: no name the article gives can be its fuller form.
        guard let key = NameKey(name) else { return name }
        return computeFullest(name, parts: key)
    }

    /// The id of a name the article gives, by its string.
    private func id(of name: String) -> Int? {
        if memo.idByString == nil {
            memo.idByString = Dictionary(uniqueKeysWithValues: distinctNames.enumerated().map { ($1, $0) })
        }
        return memo.idByString![name]
    }

    /// The fullest name for a name the text gives as `key` (see `fullest(_:)`).
    func fullest(_ key: NameKey) -> String {
        guard let id = idByName[key] else { return computeFullest(key.string, parts: key) }
        return fullest(id: id)
    }

    /// Resolution asks for the same few names thousands of times: each is worked out once.
    private func fullest(id: Int) -> String {
        if let known = memo.fullest[id] { return known }
        let full = computeFullest(distinctNames[id], parts: partsByID[id])
        memo.fullest[id] = full
        return full
    }

    private func computeFullest(_ name: String, parts: NameKey) -> String {
        guard parts.count > 0 else { return name }
        let last = parts[parts.count - 1]
        var matches = (namesBySurname[last] ?? []).filter { id in
            let full = partsByID[id]
            return full.count >= parts.count
                && (parts.count == 1 || full.suffix(parts.count).elementsEqual(parts, by: Self.sameNameWord) || full[0] == parts[0])
        }
        // A first name alone ("Sharon") when no surname matches.
        if matches.isEmpty, parts.count == 1 { matches = namesByFirstName[last] ?? [] }
        var longest: (id: Int, words: Int)?
        for id in matches where longest.map({ partsByID[id].count > $0.words }) ?? true {
            longest = (id, partsByID[id].count)
        }
        // Two people share the surname (Barack and Michelle Obama): a bare "Obama" or "Mr.
        // Obama" is kept as written rather than given the wrong first name.
        if parts.count == 1, let longest,
            matches.contains(where: { partsByID[$0].count == longest.words && partsByID[$0][0] != partsByID[longest.id][0] })
        {
            return name
        }
        // So is a surname of two words (Teresa and Patrick Nielsen Hayden): two longer names
        // end in it with different first names.
        let longer = matches.filter { partsByID[$0].count > parts.count && partsByID[$0].suffix(parts.count).elementsEqual(parts) }
        if Set(longer.map { partsByID[$0][0] }).count >= 2 { return name }
        return longest.map { distinctNames[$0.id] } ?? name
    }

    func isKnownPerson(_ name: String) -> Bool {
        surePeople.contains(fullest(name))
    }

    func isKnownPerson(_ key: NameKey) -> Bool {
        surePeople.contains(fullest(key))
    }

    /// The person last mentioned as a subject before `offset`, within the same or the
    /// previous two paragraphs: the antecedent of "he said". Speakers already found count
    /// as mentions at the quote that named them.
    func lastPerson(
        before offset: Int, paragraph: Int, pronoun: Word = "he", speakers: ArraySlice<(name: String, offset: Int)> = []
    ) -> String? {
        let wanted: Character = pronoun == "she" ? "f" : "m"
        func agrees(_ gender: Character?) -> Bool { gender.map { $0 == wanted } ?? true }
        // Only mentions from two paragraphs back count; find them by binary search.
        let upper = OffsetSearch.firstIndex(in: mentions, atOrAfter: offset) { $0.offset }
        var lower = upper
        while lower > 0, mentions[lower - 1].paragraph >= paragraph - 2, upper - lower < 256 { lower -= 1 }
        let mentions = self.mentions[lower..<upper]
        // The latest subject or speaker in this or the two sentences before, unless the
        // article gives them the other gender: "Sharon Osbourne gave details … She said".
        // (Loops, not filtered arrays: this runs for every "he said".) Ties go to the
        // earlier candidate, mentions before speakers.
        let here = sentence(of: offset)
        var latest: (name: String, offset: Int)?
        for mention in mentions where mention.isSubject && mention.offset < offset && sentence(of: mention.offset) >= here - 2 {
            let facts = facts(of: mention)
            guard Self.mayBeAntecedent(mention, facts), agrees(facts.fullestGender) else { continue }
            // "He also came out in defence of Waiguru, whose removal Linturi is seeking. “…,” he
            // urged.": a sentence that opens on "he" is about someone named before it; a person
            // it names later is not the next "he".
            if mention.sentence < here, opensOnPronoun(mention.sentence, wanted: wanted) { continue }
            if latest.map({ mention.offset > $0.offset }) ?? true { latest = (facts.fullest, mention.offset) }
        }
        // A name inside what a speaker reported is not the next "he": after "Millis told
        // POLITICO that he and Giles had been frustrated", "he said" is still Millis.
        if let speaker = latestSpeaker(in: speakers, where: { $0.offset < offset && sentence(of: $0.offset) >= here - 2 && agrees(gender(of: $0.name)) }),
            latest.map({ speaker.offset > $0.offset || sentence(of: speaker.offset) == sentence(of: $0.offset) }) ?? true
        {
            latest = speaker
        }
        // "Bourke is hopeful that his clubmate Michael Ryan will stay on. And he said: …": the
        // subject of a "that" clause yields to the person the same sentence opens on.
        if let chosen = latest, let mention = mentions.last(where: { $0.offset == chosen.offset }), mention.inThatClause,
            let opener = mentions.first(where: { $0.sentence == mention.sentence && $0.isSubject && !$0.inThatClause && $0.offset < mention.offset }),
            case let facts = facts(of: opener), facts.fullestIsCandidate, agrees(facts.fullestGender), facts.fullest != chosen.name
        {
            latest = (facts.fullest, opener.offset)
        }
        if let latest { return latest.name }
        // When the sentence before names exactly one person, "he" is that person, subject
        // or not ("The allegations were put to Wenger. He said …").
        if let current = mentions.last(where: { $0.offset < offset })?.sentence {
            let nearby = mentions.lazy.filter { $0.offset < offset && $0.sentence == current }
            var only: String?
            var several = false
            for mention in nearby {
                let facts = facts(of: mention)
                guard facts.fullestIsCandidate && agrees(facts.fullestGender) else { continue }
                if only == nil { only = facts.fullest } else if only != facts.fullest { several = true }
            }
            let lastSpeaker = speakers.lazy.filter { $0.offset < offset }.map(\.offset).max()
            // "He won his only playoff game, in overtime over Green Bay. … he said": a "he"
            // before the name carries on someone named earlier, and so does the next one.
            let pronounFirst = (wanted == "f" ? firstPronouns[current].she : firstPronouns[current].he).map { $0 < nearby.first!.offset } ?? false
            // "She started in politics … but they're against Trump. “…,” she said": the
            // sentence before that one already said "she" of someone, and the chain goes on
            // unless the lone name is given that gender, by the article or by a "she" after
            // it in its own sentence ("Phyllis Schlafly … used her final column").
            func says(_ sentence: Int) -> Bool { (wanted == "f" ? firstPronouns[sentence].she : firstPronouns[sentence].he) != nil }
            let chainRunsOn = current > 0 && says(current - 1) && !says(current)
            let loneNameMayTakePronoun = only.map { !chainRunsOn || gender(of: $0) == wanted } ?? false
            if !several, let only, !pronounFirst, loneNameMayTakePronoun, nearby.allSatisfy({ !$0.isSubject || facts(of: $0).fullest == only }),
                lastSpeaker.map({ $0 < nearby.first!.offset }) ?? true
            {
                return only
            }
        }
        var candidate: (name: String, offset: Int)?
        for mention in mentions where mention.offset < offset && mention.paragraph >= paragraph - 2 && mention.isSubject {
            let facts = facts(of: mention)
            guard Self.mayBeAntecedent(mention, facts), agrees(facts.fullestGender) else { continue }
            // "He said it was fruitful as Mr McGowan and Mr Johnston understood his concerns.
            // “…,” he said.": further back too, names after an opening "he" are not the next one.
            if mention.sentence < here, opensOnPronoun(mention.sentence, wanted: wanted) { continue }
            if candidate.map({ mention.offset > $0.offset }) ?? true { candidate = (facts.fullest, mention.offset) }
        }
        let earliest = mentions.first { $0.paragraph >= paragraph - 2 }?.offset ?? 0
        if let speaker = latestSpeaker(in: speakers, where: { $0.offset < offset && $0.offset >= earliest && agrees(gender(of: $0.name)) }),
            candidate.map({ speaker.offset > $0.offset }) ?? true
        {
            candidate = speaker
        }
        // "“…,” CHTA president Nicola Madden-Greig said. ¶ The latest figures show … ¶
        // Notably, … ¶ “…,” she added.": background set between a speaker's quotes names no
        // one, and the "she" is still the last speaker, a few paragraphs on.
        if candidate == nil, let speaker = latestSpeaker(in: speakers, where: { $0.offset < offset && agrees(gender(of: $0.name)) }),
            case let spoke = sentence(of: speaker.offset), spoke >= here - 6,
            !Self.sentences(after: spoke, before: here).contains(where: { opensOnSomeoneUnnamed[$0] }),
            !self.mentions[..<upper].reversed().prefix(256).contains(where: { $0.offset > speaker.offset && mayBeSomeoneNew($0) })
        {
            candidate = speaker
        }
        // Further back than two paragraphs: the last person named, if a subject.
        if candidate == nil {
            var earlier = upper
            while earlier > 0, upper - earlier < 256, sentence(of: self.mentions[earlier - 1].offset) >= here - 6 { earlier -= 1 }
            if let last = self.mentions[earlier..<upper].last(where: mayBeSomeoneNew), last.isSubject, last.isSurelyPerson,
                !Self.sentences(after: last.sentence, before: here).contains(where: { reportsSpeech[$0] || opensOnSomeoneUnnamed[$0] }),
                case let facts = facts(of: last), facts.isCandidate, agrees(facts.fullestGender)
            {
                candidate = (facts.fullest, last.offset)
            }
        }
        return candidate?.name
    }

    /// A subject mention "he" or "she" may stand for: a candidate name, or a surname alone of
    /// someone named in full that opens its sentence.
    private static func mayBeAntecedent(_ mention: Mention, _ facts: NameFacts) -> Bool {
        facts.isCandidate || mention.opensSentence && facts.isSurnameOfNamed
    }

    /// A name that could be a person the "he" or "she" stands for: one written as a person
    /// (a subject, a title, a given name), not a list's place ("Sint Maarten, Guadeloupe").
    private func mayBeSomeoneNew(_ mention: Mention) -> Bool {
        guard facts(of: mention).fullestIsCandidate else { return false }
        let parts = partsByID[mention.nameID]
        return mention.isSubject || mention.isSurelyPerson || parts.count >= 2 && Self.isFirstName(parts[0].lowercased)
    }

    /// Whether the sentence's first word is "He" (or "She", for a wanted "f").
    private func opensOnPronoun(_ sentence: Int, wanted: Character) -> Bool {
        sentence < openingPronouns.count && openingPronouns[sentence] == wanted
    }

    /// Whether a speaker found earlier could be "he" or "she": a person's name, or a
    /// description whose head is a person ("a Pentagon official"), not an organisation,
    /// a document or a stray phrase.
    func couldBeReferredToAsPerson(_ speaker: String) -> Bool {
        if let known = memo.personLike[speaker] { return known }
        let answer = computeCouldBeReferredToAsPerson(speaker)
        memo.personLike[speaker] = answer
        return answer
    }

    private func computeCouldBeReferredToAsPerson(_ speaker: String) -> Bool {
        // "Witnesses told police …": a plural of people speaks as a group, never as "he".
        if !speaker.utf8.contains(UInt8(ascii: " ")), Lexicon.namesGroupOfPeople(Word(ByteText.lowercased(speaker))) { return false }
        // "The Trojans believed …": a body or a team the article writes after "the".
        if let id = id(of: speaker), groupIDs.contains(id) { return false }
        if surePeople.contains(speaker) || isKnownPerson(speaker) { return true }
        let words = speaker.split(separator: " ")
        guard let first = words.first, let last = words.last else { return false }
        if first.first?.isLowercase == true || Self.isPossessedDescription(speaker) {
            // A description: its head noun, the word before any "of"/"for"/"at".
            // "a Department of Environment spokesman": an "of" inside a name ends no head.
            let head = words.indices.first { index in
                Self.descriptionHeadEnders.contains(words[index])
                    && !(words[index] == "of" && index > 0 && index + 1 < words.count && words[index - 1].first?.isUppercase == true && words[index + 1].first?.isUppercase == true)
            }.map { words[max(0, $0 - 1)] } ?? last
            return Lexicon.personHeads.contains(Word(head)) || Lexicon.personHeads.contains(Word(Lexicon.kinWord(of: head.lowercased())))
        }
        return words.count >= 2 && words.allSatisfy { $0.first?.isUppercase == true || Lexicon.nameParticles.contains(Word(String($0))) }
            && !words.contains { Lexicon.organisationWords.contains(Word($0.lowercased())) }
    }

    /// Whether the name at `start` stands in a clause that "that" opens after a verb of
    /// saying or a word of hope or belief ("is hopeful that …", "said that …"), not after
    /// "that game" or "the bill that".
    static func opensThatClause(before start: Int, in tokens: [Token]) -> Bool {
        guard let that = tokens[..<start].lastIndex(where: { $0.lowered == "that" }), that > 0 else { return false }
        let head = tokens[that - 1]
        return Lexicon.isSpeechVerb(head) || head.is(.reportingVerb) || clauseHeads.contains(head.lowered)
    }

    /// Words of hope, belief and knowing that take a "that" clause, besides the verbs of
    /// saying ("believes", "thinks", "informed" are among those).
    static let clauseHeads: Set<Word> = [
        "hopeful", "confident", "sure", "certain", "aware", "optimistic", "adamant", "convinced", "worried", "concerned", "afraid",
        "pleased", "glad", "happy", "hopes", "hoped", "knows", "knew", "learned", "learnt", "feared", "fears", "expects", "expected",
        "suspects", "suspected", "notified",
    ]

    /// "Trojans", "Democrats": a word ending in a plural "s" (not "ss", not a possessive).
    static func isCapitalisedPlural(_ token: Token) -> Bool {
        let word = token.lowered
        return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !token.endsInPossessive
    }

    /// "Unfriendly Competition": a crosshead set between paragraphs, a few capitalised words
    /// with no closing mark. Like the headline, it is the desk's, and names no one.
    /// Asked only of a sentence that is its paragraph.
    static func isCrosshead(_ tokens: [Token]) -> Bool {
        guard let last = tokens.last, last.isWord, tokens.count <= 6 else { return false }
        return tokens.allSatisfy { $0.isWord && ($0.isCapitalized || $0.is(.functionWord)) }
    }

    /// "China says", "Pennsylvania": a country, state or city is never a person, however
    /// it is written to speak.
    /// Asked of every capitalised run: a name whose first word opens no place name is
    /// answered by one set lookup, before any string is built.
    static func namesPlace(_ name: ArraySlice<Token>) -> Bool {
        guard name.count <= 3, let first = name.first(where: \.isWord), Lexicon.placeFirstWords.contains(first.bare) else { return false }
        return Lexicon.placeNames.contains(name.filter(\.isWord).map(\.bare.string).joined(separator: " "))
    }

    static let descriptionHeadEnders: Set<Substring> = ["of", "for", "at", "from", "with", "in", "to", "who", "familiar", "close"]

    /// How many people other than `name` the text names in `range` (quotes aside): each
    /// is someone a reader, or a rule, could take for the speaker instead. With `pronoun`,
    /// only people the article does not give the other gender count.
    func rivals(of name: String, in range: Range<Int>, pronoun: Word? = nil) -> Int {
        guard !range.isEmpty else { return 0 }
        let wanted: Character? = pronoun.map { $0 == "she" ? "f" : "m" }
        let lower = OffsetSearch.firstIndex(in: mentions, atOrAfter: range.lowerBound) { $0.offset }
        let upper = OffsetSearch.firstIndex(in: mentions, atOrAfter: range.upperBound) { $0.offset }
        var others: Set<String> = []
        for mention in mentions[lower..<max(lower, upper)].prefix(64) {
            let facts = facts(of: mention)
            guard facts.isCandidate, facts.fullest != name else { continue }
            if let wanted, let gender = facts.fullestGender, gender != wanted { continue }
            // A surname of the speaker's own family ("Bill" for "Bill Clinton") is no rival.
            if name.hasSuffix(" " + facts.fullest) { continue }
            others.insert(facts.fullest)
        }
        return others.count
    }

    /// The speaker with the latest offset that passes `test`, the first of equals: read
    /// from the end, so the test (a gender lookup) runs only for speakers that could win.
    private func latestSpeaker(
        in speakers: ArraySlice<(name: String, offset: Int)>, where test: ((name: String, offset: Int)) -> Bool
    ) -> (name: String, offset: Int)? {
        var best: (name: String, offset: Int)?
        for speaker in speakers.reversed() {
            if let best, speaker.offset < best.offset { continue }
            if test(speaker) { best = speaker }
        }
        return best
    }

    private func sentence(of offset: Int) -> Int {
        var low = 0, high = sentenceStarts.count
        while low < high {
            let middle = (low + high) / 2
            if sentenceStarts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }

    /// "f", "m", or nil when the article does not say.
    func gender(of name: String) -> Character? {
        if let inferred = memo.genders[name] { return inferred }
        let inferred = inferGender(of: name)
        memo.genders[name] = inferred
        return inferred
    }

    private func inferGender(of name: String) -> Character? {
        if let known = gendersByFullest[fullest(name)] { return known }
        // "Bezos" when Jeff and Mark Bezos are both named stays as written, but is a man
        // whichever of them it is: "she responded" is someone else.
        if let key = NameKey(name), key.count == 1, let sharers = namesBySurname[key[0]], sharers.count >= 2 {
            let genders = Set(sharers.map { gender(of: distinctNames[$0]) })
            if genders.count == 1, let shared = genders.first, let shared { return shared }
        }
        var female = false, male = false
        func look(_ word: Word) {
            let classes = WordClass.table[word] ?? []
            female = female || classes.contains(.female) || Lexicon.femaleFirstNames.contains(word)
            male = male || classes.contains(.male) || Lexicon.maleFirstNames.contains(word)
        }
        // "the mother of the accuser", "her brother", "Hassan Omar's wife": a description's
        // head noun says it.
        if name.first?.isLowercase == true || Self.isPossessedDescription(name) {
            let words = ScalarText.spaceSeparated(name)
            let head = words.firstIndex { Self.descriptionHeadEnders.contains($0) }.map { words[max(0, $0 - 1)] } ?? words.last
            if let head {
                let lowered = ByteText.lowercased(String(head))
                look(Word(lowered))
                if case let kin = Lexicon.kinWord(of: lowered), kin != lowered { look(Word(kin)) }
            }
            return female ? "f" : male ? "m" : nil
        }
        // The first name says the gender, not the surname: "Brian Kelly" is no woman for
        // being called Kelly. A name the article gives has its words already.
        if let id = id(of: name) {
            if partsByID[id].count > 0 { look(partsByID[id][0].lowercased) }
        } else if let first = ScalarText.spaceSeparated(name).first {
            look(Word(ByteText.lowercased(String(first))))
        }
        return female ? "f" : male ? "m" : nil
    }

    /// The person a role description refers to ("the chancellor" → "Gordon Brown"): the
    /// latest name written with that role before `offset`.
    func person(withRole description: String, before offset: Int) -> String? {
        person(withRole: ScalarText.spaceSeparated(ByteText.lowercased(description)).map(Word.init), before: offset)
    }

    /// The same for a description's words, lower-cased as tokens lower-case them.
    func person(withRole description: [Word], before offset: Int, exactly: Bool = false) -> String? {
        holder(ofRole: description, before: offset, exactly: exactly).map { fullest(id: $0) }
    }

    /// "The Premier promised …": an office written as a sentence's subject, after "the" and
    /// before its verb, names the person the article gave that office, as "he" would.
    private func officeHolder(_ tokens: [Token], run: Range<Int>) -> Int? {
        // A sentence's opening "The" is capitalised into the run.
        let office = tokens[run.lowerBound].lowered == "the" ? (run.lowerBound + 1)..<run.upperBound : run
        guard !office.isEmpty, office.lowerBound >= 1, tokens[office.lowerBound - 1].lowered == "the",
            office.lowerBound == 1 || tokens[office.lowerBound - 2].isMark(","),
            office.upperBound < tokens.count, Lexicon.isSpeechVerb(tokens[office.upperBound]) || Self.isFiniteVerb(tokens[office.upperBound]),
            tokens[office].allSatisfy({ $0.is(.title) && !$0.is(.functionWord) })
        else { return nil }
        return holder(ofRole: tokens[office].map(\.lowered), before: tokens[office.lowerBound].range.lowerBound, byFullestName: false, exactly: true)
    }

    /// The id of the one person the article named with a role before `offset`. While the
    /// index is being built, fullest names are not known yet: two names for one role are
    /// then two people (`byFullestName` false), and the role names no one.
    /// `exactly`: the whole role, not its last words ("the Mayor" is no "Deputy Mayor").
    private func holder(ofRole description: [Word], before offset: Int, byFullestName: Bool = true, exactly: Bool = false) -> Int? {
        let words = description.filter { !Self.articles.contains($0) }
        guard !words.isEmpty else { return nil }
        // A role matches by its trailing words ("shadow chancellor" is a "chancellor"):
        // the latest 64 before `offset`, read back from it.
        let role = Word.joinedWithSpaces(words)
        guard let candidates = rolesByLastWord[words[words.count - 1]] else { return nil }
        let end = OffsetSearch.firstIndex(in: candidates, atOrAfter: offset) { roles[$0].offset }
        var matched = 0
        // Ambiguous roles ("the president" with two presidents named) resolve to no one.
        // Names repeat: each is resolved to its fullest form once.
        var only: (name: String, id: Int)?
        var previousName: Int?
        for index in candidates[..<end].reversed() where exactly ? roles[index].role == role : Self.endsWithWords(roles[index].role, role) {
            matched += 1
            if matched > 64 { break }
            guard roles[index].nameID != previousName else { continue }
            previousName = roles[index].nameID
            let full = byFullestName ? fullest(id: roles[index].nameID) : distinctNames[roles[index].nameID]
            if only == nil { only = (full, roles[index].nameID) } else if only?.name != full { return nil }
        }
        return only?.id
    }

    static let articles: [Word] = ["the", "a", "an"]

    /// `text` is `words` or ends with a space and then `words`, bytewise.
    static func endsWithWords(_ text: String, _ words: String) -> Bool {
        let text = text.utf8, words = words.utf8
        guard text.count >= words.count, text.suffix(words.count).elementsEqual(words) else { return false }
        return text.count == words.count || text.dropLast(words.count).last == UInt8(ascii: " ")
    }

    // MARK: - Runs of capitalised words

    static func capitalisedRuns(_ tokens: ArraySlice<Token>) -> CapitalisedRuns {
        CapitalisedRuns(tokens: tokens, index: tokens.startIndex)
    }

    /// The runs of capitalised words in a token list, read as they are asked for: most
    /// lists hold none or a few, and an array of them cost an allocation per sentence.
    struct CapitalisedRuns: Sequence, IteratorProtocol {
        let tokens: ArraySlice<Token>
        var index: Int

        mutating func next() -> Range<Int>? {
            var start: Int?
            while index < tokens.endIndex {
                let current = index
                index += 1
                let continues = tokens[current].isWord
                    && (tokens[current].isCapitalized || (start != nil && (tokens[current].is(.nameParticle) || PersonIndex.isArticledSurname(tokens[current]))))
                // "Richard Samuel McCroskey III", "Thomas Mesereau Jr.": a generational suffix
                // ends the name; kept, it would stand where the surname is read.
                if continues, let begin = start, Lexicon.generationalSuffixes.contains(tokens[current].lowered) {
                    return begin..<current
                }
                // "introducing Pence Thursday.": a weekday ending its sentence after a name is
                // when, not part of it ("Victor Friday said", "Sunday Dare" and "Moses Sunday,"
                // are names).
                // "in Hudson, New Hampshire Monday, the supporter": after two words or more, so
                // is one before a comma.
                if continues, let begin = start, tokens[current].is(.weekday), current + 1 < tokens.endIndex,
                    tokens[current + 1].isMark(".") || tokens[current + 1].isMark(";") || tokens[current + 1].isMark(",") && current - begin >= 2
                {
                    return begin..<current
                }
                if continues {
                    if start == nil { start = current }
                    // A possessive ends the run after this word ("Putin's meeting").
                    if tokens[current].endsInPossessive { return start!..<(current + 1) }
                } else if let begin = start {
                    return begin..<current
                }
            }
            return start.map { $0..<tokens.endIndex }
        }
    }

    /// Decides whether a run names a person, and which part is the name.
    /// The name is `tokens[start..<run.upperBound]`; its key is made from those tokens
    /// (`NameKey`), its string only when it is a name not seen before.
    func classify(tokens: ArraySlice<Token>, run: Range<Int>) -> (start: Int, sure: Bool)? {
        // "Pago Pago, AMERICAN SAMOA — “We need a new hospital,” Gov. … told": a dateline's
        // place, then its region, up to the dash that opens the story, names no one.
        if run.lowerBound == tokens.startIndex, Self.isDateline(town: tokens[run], rest: tokens[run.upperBound...]) { return nil }
        // "Surprisingly, the minister asked …": an adverb opening its sentence before a comma.
        if run.count == 1, run.lowerBound == tokens.startIndex, run.upperBound < tokens.endIndex, tokens[run.upperBound].isMark(","),
            Self.isSentenceAdverb(tokens[run.lowerBound])
        {
            return nil
        }
        // "Standing by the edge of the water was …", "Looking over at the men, Reed said": a
        // participle opening its sentence before a preposition or an article names no one
        // ("Manning in a statement said" does, once the article has named him in full).
        if run.count == 1, run.lowerBound == tokens.startIndex, run.upperBound < tokens.endIndex,
            tokens[run.lowerBound].lowered.string.hasSuffix("ing"), Self.participleFollowers.contains(tokens[run.upperBound].lowered),
            namesBySurname[tokens[run.lowerBound].bareText] == nil
        {
            return nil
        }
        // "the Castries East MP", "the Kerry TD": a seat and the office that holds it, after
        // "the", describe someone; they name no one ("Darren Millar MS" is a name and a seat).
        if run.lowerBound > tokens.startIndex, tokens[run.lowerBound - 1].lowered == "the", (2...3).contains(run.count),
            Self.seatOffices.contains(tokens[run.upperBound - 1].lowered), Self.isAllCapitals(tokens[run.upperBound - 1].bareText),
            !tokens[run].contains(where: { Self.isFirstName($0) })
        {
            return nil
        }
        var lower = run.lowerBound
        var titled = false
        while lower < run.upperBound {
            // "Mr King", "Dr Major": after an honorific, the last word is the surname, whatever
            // office it also names.
            if lower == run.upperBound - 1, lower > run.lowerBound, tokens[lower - 1].is(.honorific) { break }
            // "Sandra King … King says": a word alone that the article gave as someone's
            // surname is that surname, whatever office it also names; not after an article
            // ("the King said") nor before the "of" of an office ("Leader of the council").
            if run.count == 1, namesBySurname[tokens[lower].bareText] != nil,
                run.upperBound == tokens.endIndex || !Self.officeLinks.contains(tokens[run.upperBound].lowered),
                run.lowerBound == tokens.startIndex || !tokens[run.lowerBound - 1].is(.article)
            {
                break
            }
            // Read in place: binding `tokens[lower]` to a constant copied the token.
            if tokens[lower].is(.title) || (tokens[lower].lowered.lastByte == UInt8(ascii: ".") && Lexicon.titles.contains(tokens[lower].lowered.droppingLast(1))) {
                titled = true
            } else if tokens[lower].is(.functionWord) || tokens[lower].is(.weekday) || tokens[lower].is(.month) || (!places.isEmpty && places.contains(tokens[lower].bareText))
                // "Let Bristol Breathe", "Save Our Libraries": a campaign's imperative opens no name.
                || (lower == run.lowerBound && Self.campaignVerbs.contains(tokens[lower].lowered))
                // "Enter Jess Wong, a local Aussie", "Meet Ann Lee": a feature brings someone on
                // with a stage direction opening its sentence.
                || (lower == run.lowerBound && lower == tokens.startIndex && run.count >= 3 && Self.introducingVerbs.contains(tokens[lower].lowered))
                // "Said Ellis: …", "Added Obama in a statement: …": a verb of saying opening its
                // clause, then the name, when no other verb of saying follows before the colon
                // ("Said Al-Harthy told …" and "said Said Idriss" keep the given name).
                || (lower == run.lowerBound && run.count >= 2 && tokens[lower].is(.speechVerb)
                    && (lower == tokens.startIndex || !tokens[lower - 1].isWord)
                    && !tokens[run.upperBound...].prefix(while: { !$0.isMark(":") }).contains(where: Lexicon.isSpeechVerb))
                || (lower + 1 < run.upperBound && tokens[lower + 1].is(.title) && Self.isNationality(tokens[lower].text.string))
            {
                // not part of a name
            } else {
                break
            }
            lower += 1
        }
        // "special envoy for Ukraine Kurt Volker", "ambassador to Britain Ed Lane": after a
        // role and its preposition, the run's first word is the role's place, not the name's.
        if lower == run.lowerBound, run.count >= 3, run.lowerBound >= tokens.startIndex + 2,
            ["for", "to", "of"].contains(tokens[run.lowerBound - 1].lowered),
            Lexicon.personHeads.contains(tokens[run.lowerBound - 2].lowered) || tokens[run.lowerBound - 2].is(.title)
        {
            lower += 1
            titled = true
        }
        guard lower < run.upperBound else { return nil }
        // "The Ford Excursion went up an embankment": two words after "the" whose first is no
        // given name, doing something other than speaking, name a thing; people are not
        // written "the Ann Roe". ("writes the Associated Press", "the Chinese CDC has said"
        // are bodies that speak.)
        if !titled, run.upperBound - lower == 2, !Self.isFirstName(tokens[lower]),
            lower > tokens.startIndex, tokens[lower - 1].lowered == "the",
            run.upperBound < tokens.endIndex, Self.isFiniteVerb(tokens[run.upperBound]), !Lexicon.isSpeechVerb(tokens[run.upperBound]),
            !Self.speechAuxiliaries.contains(tokens[run.upperBound].lowered),
            !tokens[run.upperBound...].prefix(3).contains(where: Lexicon.isSpeechVerb)
        {
            return nil
        }
        // "The Senior Director for Human Resources at Knox County Schools": after a capitalised
        // office and its "for" or "of", a run with no given name is the office's department.
        // Only where the office goes on after it ("… for Human Resources at Knox County
        // Schools"): "Minister for Trade Don Farrell said" names its holder.
        if run.lowerBound >= tokens.startIndex + 2, ["for", "of"].contains(tokens[run.lowerBound - 1].lowered),
            tokens[run.lowerBound - 2].isCapitalized, tokens[run.lowerBound - 2].is(.title),
            !tokens[run].contains(where: { Self.isFirstName($0) || $0.is(.honorific) }),
            run.upperBound < tokens.endIndex, ["at", "of", "for", "in"].contains(tokens[run.upperBound].lowered)
        {
            return nil
        }
        // "Federal Minister of Science and Technology …", "Deputy Secretary for …": a run that
        // ends on an office before its "of" or "for" is the office, not a name ("Amy Bishop of
        // Huntsville" has a given name; "Mr Judge of …" an honorific).
        // Only with a holder named after the portfolio: "The United Nations High Commissioner
        // for Human Rights said" is the office speaking.
        if run.upperBound < tokens.endIndex, ["of", "for"].contains(tokens[run.upperBound].lowered),
            tokens[run.upperBound - 1].is(.title), !tokens[run].contains(where: { Self.isFirstName($0) || $0.is(.honorific) }),
            Self.holderFollowsPortfolio(tokens, after: run.upperBound)
        {
            return nil
        }
        // "Minister of Information and Communications Dauren Abayev said": the portfolio's
        // last word runs on into its holder's name, which starts after it.
        // "… for Health and Social Care Wes Streeting": up to the portfolio's last noun.
        if lower == run.lowerBound, run.count >= 3, Self.inPortfolio(tokens, before: run.lowerBound),
            let last = tokens[run.lowerBound..<(run.upperBound - 2)].lastIndex(where: { Lexicon.portfolioNouns.contains($0.lowered) })
        {
            lower = last + 1
            titled = true
        }
        // "Treasury Secretary Paul Brand", "Bank of England Governor Mark Carney": the name
        // starts after the last title word that has a name after it.
        if let lastTitle = tokens[lower..<run.upperBound].lastIndex(where: { $0.is(.title) && !$0.is(.functionWord) }),
            lastTitle + 1 < run.upperBound, lastTitle > lower
        {
            lower = lastTitle + 1
            titled = true
        }
        // "Team Principal Jamie Whincup", "Store Manager Ann Lee": an office ending on a word
        // for a person, then two words or more, ends there; the name is what follows. Not
        // from a given name on ("Guy Martin", "Ann Fellow Smith").
        if run.upperBound - lower > 2, let lastHead = tokens[lower..<(run.upperBound - 2)].lastIndex(where: { Lexicon.personHeads.contains($0.lowered) }),
            lastHead > lower, !tokens[lower...lastHead].contains(where: { Self.isFirstName($0) })
        {
            lower = lastHead + 1
            titled = true
        }
        // "President of the European Parliament Martin Schulz", "Coast Regional Police
        // Co-ordinator Francis Wanjohi": an organisation's name, and the office held there,
        // before a first name are where the person works.
        if let lastOrganisation = tokens[lower..<run.upperBound].lastIndex(where: { $0.bareIs(.organisation) }),
            let first = tokens[(lastOrganisation + 1)..<run.upperBound].firstIndex(where: { Self.isFirstName($0) }),
            first + 1 < run.upperBound
        {
            lower = first
            titled = true
        }
        // "Chief of Human Resources Paul Idsvoog": after a role's "of", the department's name
        // runs into the person's; the name starts at its first name.
        let afterOf = tokens[lower..<run.upperBound].lastIndex(where: { $0.lowered == "of" }).map { $0 + 1 }
            ?? (run.lowerBound > tokens.startIndex && tokens[run.lowerBound - 1].lowered == "of" ? lower : nil)
        if let afterOf, afterOf < run.upperBound, !Self.isFirstName(tokens[afterOf]),
            let first = tokens[(afterOf + 1)..<run.upperBound].firstIndex(where: { Self.isFirstName($0) }), first + 1 < run.upperBound
        {
            lower = first
            titled = true
        }
        let nameRange = lower..<run.upperBound
        // "Hurricane Sandy", "Tropical Storm Ana", "USS Roosevelt": named like a person, and none.
        if tokens[run.lowerBound..<lower].contains(where: { Self.thingNameWords.contains($0.lowered) })
            || Self.thingNameWords.contains(tokens[lower].lowered) || lower > tokens.startIndex && Self.thingNameWords.contains(tokens[lower - 1].lowered)
        {
            return nil
        }
        // "the ICC Champions trophy", "the Trump campaign": a name between "the" and a lower-case
        // noun says what kind of thing the noun is; no person stands there.
        if lower == run.lowerBound, run.lowerBound > tokens.startIndex, tokens[run.lowerBound - 1].lowered == "the",
            run.upperBound < tokens.endIndex, tokens[run.upperBound].isWord, !tokens[run.upperBound].isCapitalized,
            !Lexicon.isSpeechVerb(tokens[run.upperBound]), !Self.isFiniteVerb(tokens[run.upperBound]),
            !Lexicon.personHeads.contains(tokens[run.upperBound].lowered), !tokens[run.upperBound].lowered.hasSuffix("ly")
        {
            return nil
        }
        // "Fifth Avenue", "Wall Street": a street or a square is named like a person and is none.
        // "Jalan KS Tubun", "Thanon Sukhumvit": Malay and Thai put the street word first.
        if StreetAddress.namesStreet(tokens[...], run: run) || Self.streetOpeners.contains(tokens[run.lowerBound].lowered) { return nil }
        // "Occupy Croatia", "Team Ukraine": a place after a word that is no first name names
        // a group, not a person whose surname the place would be.
        if nameRange.count == 2, !Self.isFirstName(tokens[lower]), Self.namesPlace(tokens[(lower + 1)..<run.upperBound]) { return nil }
        // "Former Pennsylvania governor Ed Rendell", "a White House official": capitalised
        // words right before a lower-case role are where the role is held, not a name.
        if run.upperBound < tokens.endIndex, tokens[run.upperBound].isWord, !tokens[run.upperBound].isCapitalized,
            Lexicon.personHeads.contains(tokens[run.upperBound].lowered)
        {
            return nil
        }
        // "in his capacity as Team Principal", "the First Minister": capitalised words that end
        // on a word for a person, with no given name, where an office is written, are the
        // office, not someone's name ("Adam Driver" has a given name).
        if nameRange.count >= 2, lower == run.lowerBound, Self.opensOffice(tokens, before: run.lowerBound),
            Lexicon.personHeads.contains(tokens[run.upperBound - 1].lowered),
            // "the Honourable Geoffrey Hanley MP": a seat written in capitals after a name.
            !Self.isAllCapitals(tokens[run.upperBound - 1].bareText),
            !tokens[nameRange].contains(where: { Self.isFirstName($0) || $0.is(.honorific) })
        {
            return nil
        }
        if tokens[nameRange].contains(where: { $0.bareIs(.organisation) }) { return nil }
        if Self.namesPlace(tokens[nameRange]) { return nil }
        if nameRange.count > NameKey.maximumWords { return nil }
        if tokens[nameRange].contains(where: { $0.text.withUTF8 { $0.contains { $0 >= 0x30 && $0 <= 0x39 } } }) { return nil }  // "Razr V3", "W800"
        // "Light Rail Stage 4", "Runway Phase 2", "Terminal 3": a word that numbers a series,
        // then its number, names a thing. ("beat Coco Gauff 6-4", "Rory McIlroy 66" and "Peter
        // Obi 6,101,533" are people's scores and votes.)
        if run.upperBound < tokens.endIndex, tokens[run.upperBound].kind == .number, Self.seriesWords.contains(tokens[run.upperBound - 1].lowered) {
            return nil
        }
        // "Go", "Ok", "Oh": a lone word of two letters is a name only as the surname of a
        // person the article has named in full ("AMD CEO Dr. Lisa Su … Su said", "Wu", "Ng").
        if nameRange.count == 1, Self.characterCount(tokens[lower].text) <= 2,
            Self.characterCount(tokens[lower].text) < 2 || namesBySurname[tokens[lower].bareText] == nil
        {
            return nil
        }
        if tokens[nameRange].allSatisfy({ Self.isAllCapitals($0.bareText) }) { return nil }  // acronyms: NATO, BBC
        // "You called me, and I told you …" opening a paragraph a quote runs on into.
        if nameRange.count == 1, Self.personalPronouns.contains(tokens[lower].lowered) { return nil }
        let end = run.upperBound
        let beforeVerb = end < tokens.endIndex && Lexicon.isSpeechVerb(tokens[end])
        let appositive = end + 1 < tokens.endIndex && tokens[end].isMark(",") && Self.opensAppositive(tokens[end + 1])
        let afterSaid = run.lowerBound > tokens.startIndex && tokens[run.lowerBound - 1].is(.reportingVerb)
        // "said Dr. Smith.": an abbreviated honorific's or title's point splits it off the run.
        let abbreviatedBefore = run.lowerBound >= tokens.startIndex + 2 && tokens[run.lowerBound - 1].isMark(".")
            && tokens[run.lowerBound - 2].range.upperBound == tokens[run.lowerBound - 1].range.lowerBound
        let honorific = tokens[run.lowerBound..<lower].contains { $0.is(.honorific) }
            || abbreviatedBefore && (tokens[run.lowerBound - 2].is(.honorific) || tokens[run.lowerBound - 2].is(.title))
        // "said resident Wulan, 37", "coach Broos": a lower-case role right before a name is
        // its title, as a capitalised one is. Not a word that also qualifies a noun ("the
        // official Chinese news agency"), nor before a plural ("fellow Democrats").
        let afterRole = run.lowerBound > tokens.startIndex && tokens[run.lowerBound - 1].isWord && !tokens[run.lowerBound - 1].isCapitalized
            && Lexicon.personHeads.contains(tokens[run.lowerBound - 1].lowered) && !Self.qualifyingRoles.contains(tokens[run.lowerBound - 1].lowered)
            && !(nameRange.count == 1 && Self.isCapitalisedPlural(tokens[lower]))
            // "said resident Wulan, 37", not "a passenger Ferry operated by …": the name ends its phrase.
            && (run.upperBound == tokens.endIndex || !tokens[run.upperBound].isWord || Lexicon.isSpeechVerb(tokens[run.upperBound]))
        // "Another protester, Verna, who lives in Meadowlark": one word set off by commas
        // right after a lower-case word for a person names that person.
        let namesDescribed = nameRange.count == 1 && run.lowerBound >= tokens.startIndex + 2 && tokens[run.lowerBound - 1].isMark(",")
            && tokens[run.lowerBound - 2].isWord && !tokens[run.lowerBound - 2].isCapitalized
            && Lexicon.speakingHeads.contains(tokens[run.lowerBound - 2].lowered) && !Lexicon.organisationWords.contains(tokens[run.lowerBound - 2].lowered)
            && run.upperBound < tokens.endIndex && tokens[run.upperBound].isMark(",")
        let sure = titled || beforeVerb || appositive || afterSaid || honorific || afterRole || namesDescribed
        return (lower, sure)
    }

    /// "Ayman, another Tunisian, said", "Virginia Houston, director of government affairs
    /// at …": the word after a name's comma that opens a description of it, as "a" and "the"
    /// do, or a lower-case word for someone's post.
    static func opensAppositive(_ token: Token) -> Bool {
        token.is(.article) || token.lowered == "another" || token.isWord && !token.isCapitalized && Lexicon.personHeads.contains(token.lowered)
    }

    /// The sentences strictly between two, none when they are the same one: a speaker or a
    /// name in the very sentence of the pronoun has nothing between.
    static func sentences(after earlier: Int, before later: Int) -> Range<Int> {
        min(earlier + 1, later)..<later
    }

    /// Where an office is written and a name is not: after an article, or after "as" that
    /// follows a word for a post ("in his capacity as", "served as"). Not after a possessive
    /// or a bare "as": "Australia's Alana King", "such as Tobi Driver" are names.
    static func opensOffice(_ tokens: ArraySlice<Token>, before start: Int) -> Bool {
        guard start > tokens.startIndex else { return false }
        let previous = tokens[start - 1]
        if previous.is(.article) { return true }
        return previous.lowered == "as" && start - 1 > tokens.startIndex && postWords.contains(tokens[start - 2].lowered)
    }

    static let postWords: Set<Word> = ["capacity", "role", "position", "job", "post", "serves", "served", "serving", "acting", "acts", "acted"]

    /// "al-Zand", "el-Sisi": an Arabic surname written with its article in lower case.
    /// Read on the word's bytes: it is asked of every lower-case word after a capitalised one.
    static func isArticledSurname(_ token: Token) -> Bool {
        guard token.first == "a" || token.first == "e", token.text.contains(UInt8(ascii: "-")) else { return false }
        let article = token.text.prefix(upTo: UInt8(ascii: "-"))
        guard arabicArticles.contains(article) else { return false }
        return token.text.withUTF8 { bytes in
            let after = article.count + 1
            return after < bytes.count && bytes[after] >= UInt8(ascii: "A") && bytes[after] <= UInt8(ascii: "Z")
        }
    }

    /// "De Blasio" opening a sentence, or in a house style that capitalises the particle,
    /// is Bill de Blasio's surname.
    static func sameNameWord(_ one: Word, _ other: Word) -> Bool {
        guard one != other else { return true }
        guard one.count <= 4, one.count == other.count else { return false }
        let lowered = one.string.lowercased()
        return Lexicon.nameParticles.contains(Word(lowered)) && lowered == other.string.lowercased()
    }

    /// "According to Riemore Estate manager Ross Cumming, …": the source a sentence cites
    /// is who a "he said" after it most likely means, as a subject would be.
    static func followsAccordingTo(_ tokens: [Token], _ start: Int) -> Bool {
        var index = start - 1
        while index >= 1, start - index <= 5, tokens[index].isWord {
            if tokens[index].lowered == "to" { return tokens[index - 1].is(.according) }
            index -= 1
        }
        return false
    }

    /// Whether the part before a comma is an office that names no one: "the State Secretary
    /// for Public Security," (a list of names has first names in its parts).
    static func isOfficeBefore(comma: Int, in tokens: [Token]) -> Bool {
        let start = tokens[..<comma].lastIndex(where: { $0.kind == .punctuation }).map { $0 + 1 } ?? 0
        let part = tokens[start..<comma]
        return part.contains(where: { $0.is(.title) }) && !part.contains(where: { isFirstName($0) })
    }

    /// Members' offices written after the seat they hold: "the Castries East MP".
    static let seatOffices: Set<Word> = ["mp", "mep", "msp", "mla", "mpp", "mha", "mna", "td", "ms", "mhk"]

    static let streetOpeners: Set<Word> = ["jalan", "jl.", "jln", "jln.", "lorong", "thanon"]

    /// Last words of a document's or a scheme's name: never someone "he" or "she" stands for.
    static let documentWords: Set<Word> = ["plan", "strategy", "budget", "policy", "framework", "programme", "treaty", "accord", "agreement",
                                           "act", "initiative", "roadmap"]

    /// Words that name a storm ("Hurricane Sandy") or a ship ("USS Roosevelt", which English
    /// calls "she"): things named like people.
    static let thingNameWords: Set<Word> = ["hurricane", "typhoon", "cyclone", "storm", "superstorm", "uss", "hms", "hmas", "hmcs", "hmnzs"]

    static let arabicArticles: Set<Word> = ["al", "el", "ad", "an", "ar", "as", "ash", "at", "az"]

    /// Words that open a region's name.
    static let regionOpeners: Set<Word> = ["north", "south", "east", "west", "mid", "northern", "southern", "eastern", "western", "central",
                                           "upper", "lower", "greater", "northeast", "northwest", "southeast", "southwest"]

    /// Prepositions of place: "on the Mall", "at the Capitol", "outside the Dail".
    static let locativePrepositions: Set<Word> = ["on", "at", "in", "near", "outside", "inside", "across", "along", "into", "onto", "through",
                                                  "around", "past"]

    /// What a paper does that a person rarely does, after "the": "As the Observer reported".
    static let publishingVerbs: Set<Word> = ["reported", "reports", "revealed", "reveals", "published", "publishes", "disclosed", "first"]

    /// Whether the words before `start` are an office or a body and its "of", with other
    /// capitalised names of its list between ("Minister of Trade, Lands and …").
    /// An office's "of" or "for" list ends on a run of three capitalised words or more: the
    /// portfolio's last word and its holder's name ("… of Science and Technology Chaudhry
    /// Fawad Hussain", "for Trade Don Farrell"), not a department alone ("for Human Rights").
    static func holderFollowsPortfolio(_ tokens: ArraySlice<Token>, after preposition: Int) -> Bool {
        var index = preposition + 1, lastRun = 0
        while index < tokens.endIndex, index - preposition <= 12 {
            if tokens[index].isWord && tokens[index].isCapitalized {
                lastRun += 1
            } else if tokens[index].lowered == "and" || tokens[index].isMark(",") || tokens[index].isMark("&") {
                lastRun = 0
            } else {
                break
            }
            index += 1
        }
        return lastRun >= 3
    }

    static func inPortfolio(_ tokens: ArraySlice<Token>, before start: Int) -> Bool {
        // The list's last name follows its "and" ("… Lands and Regional Integration"); after a
        // comma a new clause may open ("At the University of Miami, Trump opened …").
        guard start >= tokens.startIndex + 2, ["and", "of", "for"].contains(tokens[start - 1].lowered) else { return false }
        var index = start - 1
        while index > tokens.startIndex, start - index <= 10,
            tokens[index].isWord && tokens[index].isCapitalized || tokens[index].isMark(",") || tokens[index].lowered == "and" || tokens[index].isMark("&")
        {
            index -= 1
        }
        guard index >= tokens.startIndex + 1, tokens[index].lowered == "of" || tokens[index].lowered == "for" else { return false }
        let office = tokens[index - 1]
        return office.isCapitalized && (office.is(.title) || office.bareIs(.organisation))
    }

    /// After a sentence's opening place: a comma, a region or country in capitals, and a
    /// dash ("Pago Pago, AMERICAN SAMOA —", "Varna, Ostland –").
    static func isDateline(town: ArraySlice<Token>, rest: ArraySlice<Token>) -> Bool {
        // "Addis Abeba – At least 15 individuals were killed …": a town in plain capitals, a dash
        // and the report's first words; a person set off by a dash is described ("Ann Lee – the
        // mayor – said"), and no given name opens a town.
        if town.count <= 3, let first = town.first, !isFirstName(first), rest.first?.isDash == true,
            rest.dropFirst().first.map({ $0.isWord && $0.isCapitalized }) == true, rest.count(where: \.isWord) >= 8
        {
            return true
        }
        guard rest.first?.isMark(",") == true else { return false }
        // "NASHVILLE, Tenn. (WKRN) — …": a town in capitals, then its state or agency, up to the dash.
        // Only capitalised words and brackets before the dash: "UNICEF, the UN children's agency
        // — whose chief …" is a body and its description, not a dateline.
        if town.allSatisfy({ isAllCapitals($0.bareText) && $0.bareText.count >= 3 }),
            let dash = rest.prefix(8).firstIndex(where: \.isDash),
            rest[rest.startIndex..<dash].allSatisfy({ !$0.isWord || $0.isCapitalized })
        {
            return true
        }
        let region = rest.dropFirst().prefix(while: \.isWord)
        // In capitals: "Maria Lopez, Phoenix — …" signs a reader's line with a town.
        guard !region.isEmpty, region.count <= 3, region.allSatisfy({ isAllCapitals($0.bareText) }), region.endIndex < rest.endIndex else { return false }
        return ["—", "–", "-"].contains { rest[region.endIndex].isMark($0) }
    }

    /// "Surprisingly", "Unfortunately", "Reportedly": the endings of adverbs made from
    /// adjectives and participles, which no given name or surname has ("Kelly", "Connolly").
    static func isSentenceAdverb(_ token: Token) -> Bool {
        let word = token.lowered
        return word.count >= 7 && !isFirstName(token) && adverbEndings.contains { word.hasSuffix($0) }
    }

    static let adverbEndings: [Word] = ["ingly", "ally", "ately", "ously", "edly", "fully", "ively", "ibly", "ably", "antly", "ently", "arly"]

    /// Words a number follows to name one of a series: "Stage 4", "Terminal 3", "Line 2".
    static let seriesWords: Set<Word> = ["stage", "phase", "terminal", "line", "route", "gate", "sector", "zone", "level",
                                         "platform", "unit", "tranche", "round", "section", "chapter", "article", "clause",
                                         "schedule", "grade", "class", "division", "tier", "pier", "berth", "runway", "exit"]

    /// Capitalised only where they open a sentence, and never anyone's name.
    static let personalPronouns: Set<Word> = ["you", "they", "them", "yourself", "themselves", "everyone", "someone", "nobody", "anyone"]

    /// "Medjuck disagreed" after "developer Fred Medjuck": a surname alone stands for the
    /// person the article named in full, as news copy's second reference does.
    static func isSurnameOfFullName(_ parts: NameKey, _ fullest: String) -> Bool {
        // "Hampshire" of "New Hampshire" is a place's last word.
        parts.count == 1 && ByteText.wordCount(fullest) >= 2 && fullest.hasSuffix(" " + parts[0].string)
            && !Lexicon.placeNames.contains(ByteText.lowercased(fullest))
    }

    static func isFirstName(_ token: Token) -> Bool { isFirstName(token.lowered) }

    /// The same for a lower-cased word.
    static func isFirstName(_ lowered: Word) -> Bool {
        Lexicon.maleFirstNames.contains(lowered) || Lexicon.femaleFirstNames.contains(lowered)
    }

    /// A lower-case word right after a name that makes the name its subject: "David
    /// Holmes revealed", "Sanders has", "Trump will".
    static func isFiniteVerb(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized else { return false }
        let word = token.lowered
        return finiteAuxiliaries.contains(word) || (word.count > 4 && word.hasSuffix("ed"))
    }

    /// "Hassan's wife", "Donald Trump's spokesman": a name of up to three words in the
    /// possessive determines a description as "the" does.
    static func isPossessedDescription(_ speaker: String) -> Bool {
        let words = ScalarText.spaceSeparated(speaker)
        guard let index = words.prefix(3).firstIndex(where: { ScalarText.hasPossessiveSuffix(String($0)) }) else { return false }
        return index + 1 < words.count && words[index + 1].first?.isLowercase == true
    }

    /// Kinds of firm a reporter writes before the firm's name. Not "developer", "retailer",
    /// "operator", "giant" or "broadcaster": each is as often a person ("developer Fred
    /// Medjuck", "crane operator Sipho Ndlovu", "batting giant Rahul Dravid").
    static let firmKinds: Set<Word> = ["automaker", "carmaker", "chipmaker", "company", "firm", "manufacturer", "airline", "lender", "insurer",
                                       "startup", "start-up", "conglomerate", "bank", "supermarket", "chain", "telco", "utility"]

    /// Public bodies a place's name is written before: "Wood Buffalo council", "Harbour Vale
    /// police".
    static let modifiedBodies: Set<Word> = ["council", "councils", "committee", "government", "administration", "police", "department", "board",
                                            "authority", "authorities", "ministry", "municipality", "commission", "assembly", "parliament",
                                            "court", "officials", "office", "agency", "county", "district"]

    /// Words that tie an office to where it is held: "Leader of the council", "Minister for Health".
    static let officeLinks: Set<Word> = ["of", "for", "to", "at"]

    static let participleFollowers: Set<Word> = [
        "by", "to", "at", "over", "up", "out", "on", "in", "with", "for", "through", "into", "from", "back", "down", "after",
        "before", "about", "the", "a", "an", "his", "her", "their", "its", "our",
    ]

    static let introducingVerbs: Set<Word> = ["enter", "meet", "cue"]

    static let campaignVerbs: Set<Word> = ["let", "save", "stop", "keep", "join", "help", "make", "bring", "vote", "protect", "axe"]

    /// Roles that are adjectives too: "official", "senior", "fellow" before a capitalised word
    /// more often qualify what follows than title a person.
    static let qualifyingRoles: Set<Word> = ["official", "fellow", "senior", "chief", "general", "deputy", "head", "top", "former", "acting", "star", "speaker", "host",
                                             "ally", "rival", "opponent", "neighbour", "neighbor", "partner", "member"]

    /// Auxiliaries a verb of saying may follow ("the Chinese CDC has said").
    static let speechAuxiliaries: Set<Word> = ["has", "had", "have", "is", "was", "will", "would", "could", "can", "did", "does"]
    static let finiteAuxiliaries: Set<Word> = ["has", "had", "is", "was", "will", "would", "could", "can", "did", "does", "made", "went", "took", "gave", "told"]

    /// "met with Premier Mark McGowan and Energy Minister Bill Johnston earlier this week":
    /// an "and" with no verb after its name joins objects, not clauses; "…, and Olga Marsh
    /// said" and "and Olga Marsh, a teacher, …" open a clause.
    /// Only after a person's name: the "and" of "Minister of Science and Technology Chaudhry
    /// Fawad Hussain on Sunday said" joins a portfolio's words.
    ///
    /// After a preposition's name, too: "flattened parts of Abaco and Grand Bahama, leaving
    /// thousands homeless" joins two places, comma or not.
    static func joinsObjects(_ tokens: ArraySlice<Token>, before run: Range<Int>) -> Bool {
        guard run.lowerBound > tokens.startIndex + 1, tokens[run.lowerBound - 1].lowered == "and" else { return false }
        let partner = tokens[..<(run.lowerBound - 1)].reversed().prefix { $0.isWord && $0.isCapitalized }
        let partnerStart = run.lowerBound - 1 - partner.count
        let afterPreposition = !partner.isEmpty && partnerStart > tokens.startIndex && objectPrepositions.contains(tokens[partnerStart - 1].lowered)
        guard afterPreposition || partner.contains(where: { isFirstName($0) || $0.is(.title) || $0.is(.honorific) }) else { return false }
        guard run.upperBound < tokens.endIndex else { return true }
        if !afterPreposition, tokens[run.upperBound].isMark(",") || tokens[run.upperBound].lowered == "who" { return false }
        // "… and Energy Minister Bill Johnston both backed", "… on Monday said": a verb soon
        // after, before any mark, makes the name a subject.
        let following = tokens[run.upperBound...].prefix(while: \.isWord).prefix(4)
        return !following.contains { Lexicon.isSpeechVerb($0) || isFiniteVerb($0) || clauseAdverbs.contains($0.lowered) }
    }

    /// Prepositions whose object a name after "and" may join: "parts of Abaco and Grand Bahama".
    static let objectPrepositions: Set<Word> = placePrepositions.union(["of", "with", "to", "for", "between", "at", "on", "by"])

    /// Adverbs that stand between a subject and its verb: "and Bill Johnston both backed".
    static let clauseAdverbs: Set<Word> = ["both", "also", "jointly", "together", "then", "later", "have", "are", "were"]

    /// Words after which a name stands as its clause's subject ("…, and Olga Marsh said").
    static let subjectLeaders: [Word] = ["and", "but", "as", "while", "when", "that", "said", "says", "added"]

    /// Words that cannot be part of a role written before a name.
    static let roleEnders: [Word] = ["the", "a", "an", "and", "said", "says", "by", "of", "to", "with", "for"]

    static let honorifics: [Word] = ["mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "miss", "sir"]

    /// `count` without walking grapheme clusters when the word is plain ASCII (nearly always).
    static func characterCount(_ word: Word) -> Int {
        word.isASCII ? word.count : word.string.count
    }

    /// No lower-case letter: "NATO", "BBC", "G7".
    static func isAllCapitals(_ word: Word) -> Bool {
        word.withUTF8 { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? !bytes.contains { $0 >= 97 && $0 <= 122 } : isAllCapitals(word.string)
        }
    }

    static func isAllCapitals(_ word: String) -> Bool {
        var bytes = word
        let ascii: Bool? = bytes.withUTF8 { utf8 in
            var hasLower = false
            for byte in utf8 {
                if byte >= 0x80 { return nil }
                hasLower = hasLower || (byte >= 97 && byte <= 122)
            }
            return !hasLower
        }
        return ascii ?? (word == word.uppercased())
    }

    /// "Ukrainian", "Russian", "British": adjectives of nationality before a title.
    static func isNationality(_ word: String) -> Bool {
        let lowered = word.lowercased()
        let known = Self.nationalities
        if known.contains(Word(lowered)) { return true }
        return word.count > 5 && (lowered.hasSuffix("ian") || lowered.hasSuffix("ean")) && word.first?.isUppercase == true
    }
}
