import TextMachinery

/// From a speaker phrase to a speaker: a name expanded to its fullest form, a pronoun to the
/// person it stands for, a role to its holder, a description or an organisation as written.
extension QuoteExtractor {
    enum VerbSide { case before, after }

    /// Turns a subject phrase into a speaker: a person's fullest name, an organisation,
    /// or an unnamed source's description. Returns the speaker and how it was found.
    func resolve(
        _ phrase: ArraySlice<Token>, at offset: Int, paragraph: Int, side: VerbSide, found: ArraySlice<(name: String, offset: Int)>
    ) -> (name: String, mention: SpeakerMention)? {
        // "Cllr Kelleher (Fianna Fáil) responded": a bracket between a name and its verb holds
        // a party, an age or a place, never the speaker.
        var phrase = phrase
        // "Cllr Iain McIntosh (Reform UK – Yscir with Honddu Isaf and Llanddew) described": a
        // British councillor's party and ward, however many words.
        if phrase.last?.isMark(")") == true, let open = phrase.lastIndex(where: { $0.isMark("(") }), open > phrase.startIndex,
            phrase[open - 1].isCapitalized, phrase[open...].count(where: \.isWord) <= 4 || phrase[open...].contains(where: \.isDash) && phrase[open...].count(where: \.isWord) <= 10
        {
            phrase = phrase[..<open]
        }
        // "RCN, the nurses' union — which Health Secretary Wes Streeting met last week — said":
        // an aside between dashes that opens on a relative word or "led by" describes the
        // subject before it; a name inside it is not the one speaking.
        if let open = phrase.firstIndex(where: \.isDash), open > phrase.startIndex, let close = phrase[(open + 1)...].firstIndex(where: \.isDash),
            let opener = phrase[(open + 1)..<close].first(where: \.isWord), Self.asideOpeners.contains(opener.lowered)
        {
            phrase = ArraySlice(phrase[..<open] + phrase[(close + 1)...])
        }
        // "Councilor Jack Hanson (P-East District), a lead supporter …, said": so is one
        // set between the name and its appositive, or its verb ("Te Puea Winiata (Ngāti
        // Ranginui, Ngāi Te Rangi) has described": a Māori speaker's iwi).
        if let open = phrase.firstIndex(where: { $0.isMark("(") }), open > phrase.startIndex, phrase[open - 1].isCapitalized,
            let close = phrase[open...].firstIndex(where: { $0.isMark(")") }), phrase[open...close].count(where: \.isWord) <= 6,
            close + 1 < phrase.endIndex, phrase[close + 1].isMark(",") || phrase[close + 1].isWord && !phrase[close + 1].isCapitalized
        {
            phrase = ArraySlice(phrase[..<open] + phrase[(close + 1)...])
        }
        // "SHILLONG, Sep 8: Tourism Minister Paul Lyngdoh …": a dateline's town in capitals,
        // then its date, opens the story and speaks no word of it.
        if let first = phrase.firstIndex(where: \.isWord), phrase[first...].prefix(while: { $0.isWord }).allSatisfy({ PersonIndex.isAllCapitals($0.bareText) && $0.text.count >= 3 }),
            let comma = phrase[first...].firstIndex(where: { !$0.isWord }), phrase[comma].isMark(","),
            comma + 1 < phrase.endIndex, phrase[comma + 1].is(.month) || phrase[comma + 1].is(.weekday)
        {
            phrase = phrase[(comma + 1)...]
        }
        // "NASHVILLE, Tenn. (WKRN) — Neighbors in East Nashville are calling …": past a
        // dateline's dash.
        if let first = phrase.firstIndex(where: \.isWord), let comma = phrase[first...].firstIndex(where: { !$0.isWord }), phrase[comma].isMark(","),
            PersonIndex.isDateline(town: phrase[first..<comma], rest: phrase[comma...]),
            let dash = phrase[comma...].prefix(8).firstIndex(where: \.isDash)
        {
            phrase = phrase[(dash + 1)...]
        }
        // The word next to the verb decides a pronoun subject: "he said", "…, he added".
        // Found in place, before any array is built: most phrases end here.
        // Adverbs between subject and verb do not count: "He also said".
        let isSubjectWord = { (token: Token) in token.isWord && !token.is(.descriptionStop) }
        guard let adjacentIndex = side == .after ? phrase.firstIndex(where: isSubjectWord) : phrase.lastIndex(where: isSubjectWord) else { return nil }
        let adjacent = phrase[adjacentIndex]
        // "“…,” it said in a statement": "it" is the organisation the story just had acting.
        if side == .after, adjacent.lowered == "it", adjacentIndex + 1 == phrase.endIndex || !phrase[(adjacentIndex + 1)...].contains(where: \.isWord) {
            if let acting = organisationActing(before: offset, paragraph: paragraph) { return (acting, .organisation) }
            // "“…,” the bench observed. … “…,” it said": so is the last speaker found, in this
            // paragraph or the one before, when it is a body and no one spoke after it.
            let since = article.paragraphs[max(0, paragraph - 1)].range.lowerBound
            if let last = found.last(where: { $0.offset < offset }), last.offset >= since, !people.couldBeReferredToAsPerson(last.name) {
                return (last.name, .organisation)
            }
            return nil
        }
        // "His response continued: “…”", "…, her statement said": the words are his or hers.
        if case let subject = phrase.filter(\.isWord), subject.count == 2, let owner = Self.possessiveOwners[subject[0].lowered],
            StatementNounRule.statementNouns.contains(subject[1].lowered)
        {
            // Only when no one else of that gender is in the story since two paragraphs back
            // (as far as "he" reaches): "Her response" after the one who accused her is hers,
            // not the accuser's.
            let persons = found.filter { people.couldBeReferredToAsPerson($0.name) }
            let since = article.paragraphs[max(0, paragraph - 2)].range.lowerBound
            guard let owner = people.lastPerson(before: offset, paragraph: paragraph, pronoun: owner, speakers: persons[...]),
                people.rivals(of: owner, in: since..<offset, pronoun: subject[0].lowered == "his" ? "he" : "she") == 0
            else { return nil }
            return (owner, .pronoun)
        }
        if adjacent.is(.pronoun) {
            guard adjacent.lowered == "he" || adjacent.lowered == "she" else { return nil }
            // "Another resident …, who identified himself as Lukadi, said … “…,” he said": a
            // sentence that opens on someone new is about them; "he" is no one named before.
            if let opening = indefiniteSubject(before: offset) { return (opening, .description) }
            // "He" and "she" are people: an organisation or a "report" found speaking
            // earlier is no antecedent.
            let persons = found.filter { people.couldBeReferredToAsPerson($0.name) }
            return people.lastPerson(before: offset, paragraph: paragraph, pronoun: adjacent.lowered, speakers: persons[...]).map { ($0, .pronoun) }
        }
        // A long phrase is a clause, not a subject, unless a short comma-separated part of
        // it is ("… to predict whether …, the UK Film Council said").
        // Marks other than commas dropped: copied only when the phrase has any.
        // Apostrophes stay: "the Liberal Democrats' Kirsty Williams" is two names, not one.
        // Brackets stay too: "Rep. Jason Chaffetz (R-Utah)" is a name and a party tag.
        let isDropped = { (token: Token) in
            token.kind == .punctuation && !token.isMark(",") && !token.isMark("'") && !token.isMark("\u{2019}")
                && !token.isMark("(") && !token.isMark(")")
        }
        let words = phrase.contains(where: isDropped) ? ArraySlice(phrase.filterReserving { !isDropped($0) }) : phrase
        if words.count(where: \.isWord) > 14 && !words.contains(where: { $0.isMark(",") }) { return nil }
        // "Rep. John King, D-Rock Hill, said": a US legislator's party and home town after the
        // name describe, never speak.
        let segments = Array(CommaSegments(tokens: words, maximumWords: 10)).filter { !Self.isPartyTag($0) }
        // "one Weibo commenter", "the authors of the research in JAMA Psychiatry": a
        // determiner and a lower-case head make a description, whatever names it holds,
        // unless a name stands beside it ("Nico Tak, a top NATO official").
        var namesOnlyModify = false
        // "An employee at Kaghaz Pars Haftapeh, a paper mill in southwestern Iran, told": an
        // appositive describing a thing that cannot speak says where the source works; the
        // source is still the description. ("Reflecting on his career as a trial lawyer, the
        // Senate Democratic leader said": a part whose head can speak is the subject.)
        let describedFurther = segments.dropFirst().allSatisfy { segment in
            Self.opensWithDeterminerAndCommonHead(segment) && !Self.headCanSpeak(segment.filter(\.isWord).map(\.lowered))
        }
        if !segments.isEmpty, describedFurther, Self.opensWithDeterminerAndCommonHead(segments[0]) {
            if let described = describedSpeaker(segments[0], at: offset, paragraph: paragraph, found: found) { return described }
            // "said the printed Cruz slate card": a person named before a lower-case head that
            // cannot speak only says whose the thing is. An organisation may still speak
            // through it ("the nationalist Global Times tabloid").
            let words = segments[0].filter(\.isWord)
            let head = words.firstIndex { $0.is(.headPreposition) || $0.is(.clauseBoundary) } ?? words.count
            // "the Democratic candidate Hillary Clinton boldly suggested": an adverb is no head.
            namesOnlyModify = !words[head - 1].isCapitalized && !(words[head - 1].lowered.hasSuffix("ly") && !Self.lyNouns.contains(words[head - 1].lowered))
        }
        // "As Trump attacked Clinton, the attendees chanted": a description set right before
        // the verb is the subject, whatever names the parts before it hold, unless it is the
        // appositive of a name ("Sam Jones, a spokesman, said", "Meg Whitman, a former
        // candidate who now runs HP, said").
        if side == .before, segments.count > 1, let last = segments.last, last.endIndex == words.endIndex,
            !Self.isBareName(segments[segments.count - 2]),
            // "Speaking on the night their daughter's killer, Brittany Norwood, was convicted,
            // Jayna Murray's family says": so is one a possessive name opens.
            Self.opensWithDeterminerAndCommonHead(last) || Self.opensWithPossessiveName(last),
            let described = describedSpeaker(last, at: offset, paragraph: paragraph, found: found)
        {
            return described
        }
        // "Eight years ago, he supported Barack Obama over Clinton and said": a part opened by
        // he or she, followed only by more of its verbs, is the clause whose subject speaks;
        // the names inside it are its objects.
        if side == .before, let opener = segments.lastIndex(where: { $0.first(where: \.isWord).map { $0.lowered == "he" || $0.lowered == "she" } ?? false }),
            segments[(opener + 1)...].allSatisfy({ $0.first(where: \.isWord).map { !$0.isCapitalized && !$0.is(.determiner) } ?? true }),
            let pronoun = segments[opener].first(where: \.isWord)
        {
            let persons = found.filter { people.couldBeReferredToAsPerson($0.name) }
            if let name = people.lastPerson(before: pronoun.range.lowerBound, paragraph: paragraph, pronoun: pronoun.lowered, speakers: persons[...]) {
                return (name, .pronoun)
            }
        }
        // A part that opens on a preposition is a setting or an affiliation, not the subject:
        // "During an interview on CNBC's Squawk Box, Trump said", "Simon Sweetman, from the
        // Federation of Small Businesses, said".
        // So does a subordinate or relative clause: "As for Trump's ability …, she said", "While
        // not everything Trump says is true, Jamieson said", "Levine, who has given money to
        // Marco Rubio, said".
        let opensSetting = { (segment: ArraySlice<Token>) in
            segment.first(where: \.isWord).map { Self.settingOpeners.contains($0.lowered) || Self.subordinateOpeners.contains($0.lowered) } ?? false
                || Self.opensParticiplePhrase(segment)
        }
        // "At a rally in Ames, Iowa, on Sunday, Mrs. Clinton said": the state after a setting's
        // town belongs to the setting.
        let subjectSegments = segments.indices.filter { index in
            !opensSetting(segments[index]) && !(index > 0 && opensSetting(segments[index - 1]) && Self.isPlace(segments[index]))
        }.map { segments[$0] }
        // "PNC Financial economists", "Pentagon officials": a plural of people after where
        // they work speaks as a group, not as the firm or the place alone.
        // "wrote PNC Financial economists Tuesday": the day after an inverted subject is not part of it.
        // "Council officials have described …": nor is an auxiliary after it.
        let beforeDay = words.prefix { !$0.is(.weekday) && !Self.timeOpeners.contains($0.lowered) && !$0.is(.descriptionStop) }
        // "Local councillors were in attendance and Del explained": a capitalised word after
        // them, next to the verb, is the subject, whether or not it reads as a name.
        if segments.count == 1, beforeDay.filter(\.isWord).dropLast().allSatisfy(Self.belongsToName),
            !words[beforeDay.endIndex...].contains(where: { $0.isWord && $0.isCapitalized && !$0.is(.weekday) && !$0.is(.month) }),
            let plural = Self.barePlural(beforeDay, maximumWords: 5)
        {
            return (plural, .description)
        }
        var ordered = subjectSegments.isEmpty ? segments : subjectSegments
        // "As for pundits who find Clinton more palatable than Trump, Bolton said": a bare
        // name set right before the verb is its subject, whatever names came before it.
        // "Answering questions from TD Gino Kenny, the HSE interim chief executive Stephen
        // Mulvany said": so is a name set there after its title. It is no appositive of a
        // name before it: an appositive describes, it does not name someone again.
        if side == .before, let last = segments.last, last.startIndex != ordered.first?.startIndex,
            Self.isBareName(last) || Self.isTitledName(last), !Self.continuesHomeTown(segments, at: segments.count - 1),
            !Self.namesOfficeOnly(last),
            // "Vaibhav Saraf, Director, Aisshpra Gems & Jewels, said", "Rob Cassell, master
            // distiller, Connacht Whiskey, commented": after a name and its office, the last
            // part is where the office is held.
            !(segments.count >= 3 && Self.isBareName(segments[segments.count - 3])
                && (Self.namesOfficeOnly(segments[segments.count - 2]) || Self.isLowerCaseOffice(segments[segments.count - 2])))
        {
            ordered.removeAll { $0.startIndex == last.startIndex }
            ordered.insert(last, at: 0)
        }
        // "…," explains National Weather Service's Warning Coordination Meteorologist, Jeffry
        // Evans: right after the verb, a capitalised role and then a bare name set off by a
        // comma is the name's role ("said Jane Roe, spokeswoman for the Governor, Tom Hale"
        // is Jane Roe's).
        if side == .after, segments.count >= 2, Self.isBareName(segments[1]),
            segments[0].last(where: \.isWord)?.is(.title) == true,
            segments[0].filter(\.isWord).drop(while: { $0.is(.article) }).allSatisfy(\.isCapitalized),
            let index = ordered.firstIndex(where: { $0.startIndex == segments[1].startIndex }), index > 0
        {
            ordered.insert(ordered.remove(at: index), at: 0)
        }
        // "said a spokeswoman for the Prime Minister, Anthony Albanese": after the verb, a bare
        // name after a role held "for", "to" or "of" someone names that someone, not the speaker.
        if side == .after {
            ordered.removeAll { segment in
                guard let index = segments.firstIndex(where: { $0.startIndex == segment.startIndex }), index > 0, Self.isBareName(segment)
                else { return false }
                return Self.endsOnRoleOfSomeoneElse(segments[index - 1])
            }
        }
        for whole in ordered {
            // "an education professor at Harvard who previously worked for Sen. Lamar
            // Alexander": a relative clause inside a part is never its subject.
            let segment = whole.dropFirst().firstIndex(where: { $0.isWord && Self.relativePronouns.contains($0.lowered) }).map { whole[..<$0] } ?? whole
            var best: (name: String, multi: Bool)?
            // Where the run that named `best` ends.
            var bestEnd = segment.startIndex
            let runs = PersonIndex.capitalisedRuns(segment)
            for run in runs {
                // "Kyle Dorn of Morning Consult": once a person is named, what follows
                // "of", "at" or "for" is where they work.
                if best != nil, run.lowerBound > segment.startIndex, segment[run.lowerBound - 1].is(.headPreposition) { break }
                // "a 59-year-old woman at Ekeki Central Motor Park": nor, with no name before
                // it, is what follows a described person's "at" or "of".
                // ("the president of the Community, Bill Papastergiadis": "the" may come between.)
                // Nor what follows a group's, in a description ("one of the residents of
                // Mirmohalla said"); "said residents of Casal Bruciato", with no determiner, is
                // read as before.
                let placeStart = run.lowerBound > segment.startIndex && segment[run.lowerBound - 1].is(.article) ? run.lowerBound - 1 : run.lowerBound
                let describedGroup = { (head: Token) in
                    Lexicon.namesGroupOfPeople(head.lowered) && segment.first(where: \.isWord)?.is(.determiner) == true
                }
                if placeStart - 2 >= segment.startIndex, segment[placeStart - 1].is(.headPreposition),
                    case let head = segment[placeStart - 2], head.isWord, !head.isCapitalized,
                    Lexicon.personHeads.contains(head.lowered) || describedGroup(head) || head.lowered.hasSuffix("-year-old"),
                    // "special envoy for Ukraine Kurt Volker": unless a name follows the place.
                    people.classify(tokens: segment, run: run).map({ $0.start == run.lowerBound }) ?? true
                {
                    continue
                }
                // "Cruz knocked Rubio on trade and called him …": a name after a verb of the
                // named subject is that verb's object.
                // "Andrew J. Pincus of the law firm Mayer Brown": nor is a name after the
                // preposition that says where they work.
                if best != nil, segment[bestEnd..<run.lowerBound].contains(where: { PersonIndex.isFiniteVerb($0) || Lexicon.isSpeechVerb($0) || $0.is(.headPreposition) }) { break }
                // "Ronald Cummings' attorneys": a plural's possessive is a bare apostrophe after it.
                let possessive = segment[run.upperBound - 1].endsInPossessive
                    || run.upperBound < segment.endIndex && (segment[run.upperBound].isMark("'") || segment[run.upperBound].isMark("\u{2019}"))
                        && segment[run.upperBound].range.lowerBound == segment[run.upperBound - 1].range.upperBound
                if possessive && run.upperBound < segment.endIndex { continue }  // "The Libertine's producer"
                // "Ruto supporters, many in yellow shirts, chanted": a name before a plural of
                // people says whose they are; the group speaks.
                if run.upperBound < segment.endIndex, segment[run.upperBound].isWord, !segment[run.upperBound].isCapitalized,
                    Lexicon.namesGroupOfPeople(segment[run.upperBound].lowered)
                {
                    continue
                }
                guard let candidate = people.classify(tokens: segment, run: run) else { continue }
                let name = NameKey(segment[candidate.start..<run.upperBound])
                var full = people.fullest(name)
                // "Mr. Obama" is not Michelle Obama: an honorific keeps a name the article
                // does not give that gender as it is written.
                // "Dr." and "Prof." say nothing of gender: "said Dr. D'Arruda" is Jose D'Arruda.
                if let honorific = segment[run.lowerBound..<candidate.start].last(where: { $0.is(.honorific) }), full != name.string,
                    let wanted: Character = honorific.is(.male) ? "m" : honorific.is(.female) ? "f" : nil, people.gender(of: full) != wanted
                {
                    full = name.string
                }
                let multi = ByteText.wordCount(full) >= 2
                // "The University of Oxford said", "the Prince of Wales said": one word after a
                // name's own "of" ends that name; it is not a person of its own.
                let endsLongerName = run.lowerBound - 2 >= segment.startIndex && segment[run.lowerBound - 1].lowered == "of"
                    && segment[run.lowerBound - 2].isCapitalized
                if multi { best = (full, true); bestEnd = run.upperBound } else if best == nil, !endsLongerName, people.isKnownPerson(name) { best = (full, false); bestEnd = run.upperBound }
            }
            if let best, !(namesOnlyModify && people.isKnownPerson(best.name)) { return (best.name, .name) }
        }
        for segment in segments {
            // "one of them, a 59-year-old woman at …": a share of people named before says
            // less than the description set beside it.
            if segments.count > 1, let last = segment.last(where: \.isWord), Self.sharePronouns.contains(last.lowered) { continue }
            if let office = abbreviatedOffice(segment, at: offset) { return office }
            if let described = describedSpeaker(segment, at: offset, paragraph: paragraph, found: found) { return described }
        }
        // "From the Women's Centre at the Suva Market, President for the Seini Bua Toka Women's
        // Group says": an office held for a body, with no name, describes its holder; the
        // body of a setting before it never speaks.
        let subjects = subjectSegments.isEmpty ? segments : subjectSegments
        for segment in subjects {
            let words = segment.filter(\.isWord)
            if words.count >= 3, words[0].isCapitalized, words[0].is(.title), ["for", "of"].contains(words[1].lowered) {
                return ("the " + words[0].lowered.string + " " + Word.joinedWithSpaces(words.dropFirst().lazy.map(\.text)), .description)
            }
        }
        for segment in subjects {
            if let organisation = organisationName(segment) { return (organisation, .organisation) }
        }
        // `"…," officials said`: a bare plural of people speaks as a description.
        if let plural = Self.barePlural(words) { return (plural, .description) }
        return nil
    }

    /// A description segment as a speaker: the person introduced with that role, the
    /// unnamed source it points back to ("the official" → "a Pentagon official"), or itself.
    private func describedSpeaker(
        _ segment: ArraySlice<Token>, at offset: Int, paragraph: Int, found: ArraySlice<(name: String, offset: Int)>
    ) -> (name: String, mention: SpeakerMention)? {
        guard let (description, words) = description(segment, sentenceOffset: offset) else { return nil }
        // Only a person's role points back to a person: "the lawsuit" never does.
        let roleHead = words.map { Self.head(of: $0) }.map {
            Lexicon.personHeads.contains($0) || Lexicon.titles.contains($0) && !Lexicon.qualifyingTitles.contains($0)
        } ?? true
        // "the Premier added", "said the Prime Minister": an office written with capitals and
        // alone is the one person the article gave exactly that office ("Deputy Prime
        // Minister" and "Former Prime Minister" hold another) and who is in the story
        // now; otherwise no one to print.
        if let words, Self.isOfficeAlone(words, written: description) {
            // Ambiguity is read on the office's last words (two presidents of anything), the
            // holder on the whole office.
            guard let holder = people.person(withRole: words, before: offset),
                people.person(withRole: words, before: offset, exactly: true) == holder
            else { return nil }
            let persons = found.filter { people.couldBeReferredToAsPerson($0.name) }
            let recent = ["he", "she"].map { people.lastPerson(before: offset, paragraph: paragraph, pronoun: $0, speakers: persons[...]) }
            return recent.contains(holder) || persons.last?.name == holder ? (holder, .role) : nil
        }
        // "Another resident …", "a spokesman": an indefinite description brings someone new,
        // never the one an earlier role named.
        let indefinite = words?.first.map { Self.indefiniteOpeners.contains($0) } ?? false
        let person = !roleHead || indefinite ? nil
            : words.map { people.person(withRole: $0, before: offset) } ?? people.person(withRole: description, before: offset)
        if let person { return (person, .role) }
        // "said the 69-year-old Belgian": news copy names someone again by age (and
        // nationality), as it would by "he", when only one person has been in the story
        // since two paragraphs back. "the 34-year-old woman" or "the 17-year-old victim" may
        // be someone new: they stay descriptions.
        if description.hasPrefix("the "), case let parts = ScalarText.spaceSeparated(description),
            let age = parts.firstIndex(where: { $0.hasSuffix("-year-old") }), age == 1, age + 1 < parts.count,
            parts[(age + 1)...].allSatisfy({ $0.first?.isUppercase == true })
        {
            let persons = found.filter { people.couldBeReferredToAsPerson($0.name) }
            let he = people.lastPerson(before: offset, paragraph: paragraph, pronoun: "he", speakers: persons[...])
            let she = people.lastPerson(before: offset, paragraph: paragraph, pronoun: "she", speakers: persons[...])
            let since = article.paragraphs[max(0, paragraph - 2)].range.lowerBound
            if let named = he ?? she, he == nil || she == nil || he == she, people.isKnownPerson(named) || named.contains(" "),
                people.rivals(of: named, in: since..<offset) == 0
            {
                return (named, .role)
            }
        }
        // Only what can speak: "a Pentagon official", "the report", "the ministry"; never
        // "the state's private school voucher program" or "the announcement".
        if let words, !Self.headCanSpeak(words) { return nil }
        if description.hasPrefix("the "), let head = ScalarText.spaceSeparated(description).last,
            let earlier = found.last(where: { $0.name.hasPrefix("a ") && $0.name.hasSuffix(" " + head) })
        {
            return (earlier.name, .description)
        }
        return (description, .description)
    }

    /// Where a description's head is: the word before "of", "for", "who"…
    static func headIndex(of words: [Word]) -> Int {
        max(0, (words.firstIndex { headPrepositions.contains($0) || clauseBoundaries.contains($0) } ?? words.count) - 1)
    }

    static func head(of words: [Word]) -> Word { words[headIndex(of: words)] }

    /// The description's head names a possible source; a lone determiner has none to judge.
    static func headCanSpeak(_ words: [Word]) -> Bool {
        let index = headIndex(of: words)
        guard index >= 1 else { return true }
        // "the 56-year-old": an age stands for a person.
        // "a bus conductor", "a shopkeeper": a word for someone who does something speaks too.
        return Lexicon.canSpeak(words[index]) || words[index].string.hasSuffix("-year-old") || ClaimSource.isSourceNoun(words[index])
    }

    /// A determiner, then lower-case words up to the head noun (before "of", "for"…).
    static func opensWithDeterminerAndCommonHead(_ segment: ArraySlice<Token>) -> Bool {
        let words = segment.filter(\.isWord)
        guard words.count >= 2, let first = words.first, first.is(.determiner), first.lowered != "his", first.lowered != "her",
            first.lowered != "their", first.lowered != "its"
        else { return false }
        let head = words.indices.first { (words[$0].is(.headPreposition) || words[$0].is(.clauseBoundary)) && !insideName(words, $0) } ?? words.count
        guard head >= 2 else { return false }
        return isCommonHead(words[head - 1])
    }

    /// A name of up to three words ending in "'s", then a lower-case word or an ordinal:
    /// "Hassan's wife", "London's 51st festival".
    static func opensWithPossessiveName(_ tokens: ArraySlice<Token>) -> Bool {
        guard let possessive = tokens.prefix(3).firstIndex(where: { !$0.isWord || !$0.isCapitalized || $0.endsInPossessive }),
            tokens[possessive].endsInPossessive, tokens[possessive].isCapitalized, possessive + 1 < tokens.endIndex
        else { return false }
        let next = tokens[possessive + 1]
        return next.isWord && !next.isCapitalized || next.kind == .number && next.ordinalValue != nil
    }

    /// "a Department of Environment spokesman", "the Bank of England economist": "of" between
    /// two capitalised words belongs to a name and does not end the description's head.
    static func insideName(_ words: [Token], _ index: Int) -> Bool {
        index > 0 && index + 1 < words.count && words[index].lowered == "of" && words[index - 1].isCapitalized && words[index + 1].isCapitalized
    }

    /// A part that is only a place's name ("Iowa", "Ames, Iowa").
    static func isPlace(_ part: ArraySlice<Token>) -> Bool {
        let words = part.filter(\.isWord)
        return !words.isEmpty && PersonIndex.namesPlace(ArraySlice(words))
    }

    /// "Hours later,", "Last week,", "Two days earlier,": a time, capitalised only because it
    /// opens the sentence, set off before the subject.
    /// "Thursday,", "Also on Thursday,", "Late on Nov. 3,": so is a day's name with the
    /// small words of time around it.
    static func isTimePhrase(_ part: ArraySlice<Token>) -> Bool {
        let words = part.filter(\.isWord)
        if (2...4).contains(words.count), words.dropFirst().allSatisfy({ !$0.isCapitalized }), words.contains(where: { timeWords.contains($0.lowered) }) {
            return true
        }
        let numbers = part.filter { $0.kind == .number }
        return (1...4).contains(words.count) && numbers.count <= 1 && words.contains { $0.is(.weekday) || $0.is(.month) }
            && words.allSatisfy { $0.is(.weekday) || $0.is(.month) || dayModifiers.contains($0.lowered) || timeWords.contains($0.lowered) }
    }

    /// Words that place a day in time: "also on Thursday", "late last Friday".
    static let dayModifiers: Set<Word> = ["also", "on", "last", "next", "this", "early", "late", "earlier", "later", "by", "until", "since", "in"]

    static let timeWords: Set<Word> = ["later", "earlier", "ago", "week", "weeks", "month", "months", "year", "years", "day",
                                       "days", "hours", "minutes", "morning", "night", "afternoon", "evening", "weekend"]

    /// The name, or the name and its appositive, that a relative pronoun follows: "Levine,
    /// who", "Marty West, an education professor at Harvard who", or an unnamed source opening
    /// its part ("a White House official who"). Anything else ("including a career Army
    /// officer who") is no subject that can be read safely.
    /// News copy sets age, home town and role between a name and its relative clause
    /// ("Donna Rawlings, 59, of Ashton, Md., who …", "Michael Mulgrew, president of the
    /// teachers' union, which represents …"): the walk crosses those parts back to the name.
    static func antecedent(of relative: Int, in tokens: ArraySlice<Token>) -> ArraySlice<Token>? {
        var end = relative
        if end > tokens.startIndex, tokens[end - 1].isMark(",") || tokens[end - 1].isDash { end -= 1 }
        let start = tokens[..<end].lastIndex(where: { $0.isMark(",") }).map { $0 + 1 } ?? tokens.startIndex
        let part = tokens[start..<end]
        if isBareName(part) { return continuesTown(before: start, in: tokens) ? nameBeforeAppositives(ending: end, in: tokens) : part }
        // "Des Moines attorney Dennis Johnson, who …": a role before a name of two words or more.
        let trailing = part.reversed().prefix { $0.isCapitalized || $0.is(.nameParticle) }
        if trailing.count >= 2, trailing.count < part.count, let role = part.dropLast(trailing.count).last, role.isWord, !role.isCapitalized,
            Lexicon.personHeads.contains(role.lowered) || role.is(.title)
        {
            return part
        }
        guard part.first(where: \.isWord)?.is(.article) == true else { return nameBeforeAppositives(ending: end, in: tokens) }
        if start > tokens.startIndex {
            let nameStart = tokens[..<(start - 1)].lastIndex(where: { $0.isMark(",") }).map { $0 + 1 } ?? tokens.startIndex
            if isBareName(tokens[nameStart..<(start - 1)]) { return tokens[nameStart..<end] }
        }
        // "The Southern Poverty Law Center, which monitors hate groups, said": "the" and a
        // capitalised name is an organisation's.
        let named = part.filter(\.isWord).dropFirst()
        if named.count >= 2, named.allSatisfy({ $0.isCapitalized || $0.is(.nameParticle) }) { return part }
        // "a White House official who spoke anonymously … said": an unnamed source, unless
        // the article before it is a name's appositive.
        return opensWithDeterminerAndCommonHead(part) ? part : nameBeforeAppositives(ending: end, in: tokens)
    }

    /// The name that opens a run of appositive parts ending at `end`: an age ("59"), a home
    /// town ("of Ashton", "Md."), a role ("president of the union", "a Democrat"). Nil when a
    /// part is none of these, or no name opens the run.
    static func nameBeforeAppositives(ending end: Int, in tokens: ArraySlice<Token>) -> ArraySlice<Token>? {
        var parts: [ArraySlice<Token>] = []
        var partEnd = end
        while parts.count < 6, partEnd > tokens.startIndex {
            let partStart = tokens[..<partEnd].lastIndex(where: { $0.isMark(",") }).map { $0 + 1 } ?? tokens.startIndex
            parts.insert(tokens[partStart..<partEnd], at: 0)
            if partStart == tokens.startIndex { break }
            partEnd = partStart - 1
        }
        // Read from the relative pronoun back: each part must be an appositive until a name.
        for index in parts.indices.reversed() {
            let part = parts[index]
            guard let first = part.first(where: \.isWord) ?? part.first else { return nil }
            let continuesTown = index > 0 && Self.continuesTown(before: part.startIndex, in: tokens)
            if index < parts.count - 1, !continuesTown, isBareName(part) { return part }
            let isAge = part.count(where: { $0.kind != .punctuation }) == 1 && first.kind == .number
            // "…, confirmed he had received complaints from tourists …, who said": a part with a
            // subject of its own is a clause, not an appositive role.
            let isRole = first.isWord && (first.is(.article) || !first.isCapitalized) && !appositiveStoppers.contains(first.lowered)
                && !part.contains { Self.clauseSubjects.contains($0.lowered) }
            guard isAge || isRole || continuesTown && isBareName(part) else { return nil }
        }
        return nil
    }

    /// Pronouns that are a clause's subject, never part of a role.
    static let clauseSubjects: Set<Word> = ["he", "she", "they", "we", "i"]

    /// The state after a home town ("of Ashton, Md.") belongs to the town: the part before
    /// the one starting at `partStart` opens with "of" or "from".
    static func continuesTown(before partStart: Int, in tokens: ArraySlice<Token>) -> Bool {
        guard partStart - 1 > tokens.startIndex else { return false }
        let previousStart = tokens[..<(partStart - 1)].lastIndex(where: { $0.isMark(",") }).map { $0 + 1 } ?? tokens.startIndex
        return tokens[previousStart..<(partStart - 1)].first(where: \.isWord).map { townPrepositions.contains($0.lowered) } ?? false
    }

    /// "Thakurdeen Ramassar of Bush Lot, New Housing Scheme, told": a capitalised part after
    /// a person's "of" or "from" place is more of the place, as a state is of its town; it
    /// names no one. The person is named right before the preposition, in the same part
    /// or the one before ("John Smith, of Bush Lot, New Housing Scheme,").
    static func continuesHomeTown(_ segments: [ArraySlice<Token>], at index: Int) -> Bool {
        guard index >= 1, isBareName(segments[index]) else { return false }
        let words = segments[index - 1].filter(\.isWord)
        guard let preposition = words.lastIndex(where: { townPrepositions.contains($0.lowered) }), preposition + 1 < words.count,
            words[(preposition + 1)...].allSatisfy({ $0.isCapitalized || $0.is(.nameParticle) })
        else { return false }
        let person = preposition == 0 ? (index >= 2 ? segments[index - 2].filter(\.isWord) : []) : Array(words[..<preposition])
        return person.count >= 2 && person.allSatisfy { $0.isCapitalized && !$0.is(.title) && !$0.is(.honorific) || $0.is(.nameParticle) }
    }

    /// "Sam Dapcevich, Department of Transportation's, or DOT's, Public Information Officer,
    /// said": capitalised words ending on an office, with no given name or honorific, are the
    /// office of the name before them, not a name.
    static func namesOfficeOnly(_ segment: ArraySlice<Token>) -> Bool {
        let words = segment.filter(\.isWord)
        guard let last = words.last, last.is(.title) else { return false }
        return !words.contains { PersonIndex.isFirstName($0) || $0.is(.honorific) }
    }

    /// "master distiller", "head of marketing": an office in lower case with no determiner,
    /// as an appositive after a name writes it.
    static func isLowerCaseOffice(_ segment: ArraySlice<Token>) -> Bool {
        let words = segment.filter(\.isWord)
        guard (1...4).contains(words.count), let first = words.first, !first.is(.article), !settingOpeners.contains(first.lowered),
            !subordinateOpeners.contains(first.lowered), !appositiveStoppers.contains(first.lowered)
        else { return false }
        return words.allSatisfy { !$0.isCapitalized }
    }

    /// What "one of …" points back with.
    static let sharePronouns: Set<Word> = ["them", "those", "these", "us"]

    /// "of Ashton", "from Dayton": a home town set after a name.
    static let townPrepositions: Set<Word> = ["of", "from"]

    /// Lower-case words that open a clause or a list, not an appositive: "including a career
    /// Army officer who", "and a friend who".
    static let appositiveStoppers: Set<Word> = ["including", "and", "or", "but", "such", "like", "especially", "among", "even",
                                                "who", "which", "whose", "whom", "where", "when", "while", "as", "said", "says"]

    /// "a spokeswoman for the Prime Minister", "the widow of the late President": a part
    /// that ends on someone else's title, a few words after a lower-case role and "for",
    /// "to" or "of". "the Minister for Finance, Michael McGrath" is his own title.
    static func endsOnRoleOfSomeoneElse(_ segment: ArraySlice<Token>) -> Bool {
        let words = segment.filter(\.isWord)
        // "the Enyimba assistant coach who is standing in for Super Eagles interim coach,
        // Finidi George": in lower case too.
        guard let last = words.last, last.is(.title),
            let preposition = words.lastIndex(where: { ["for", "to", "of"].contains($0.lowered) }), preposition > words.startIndex
        else { return false }
        return !words[preposition - 1].isCapitalized && words.count - preposition - 1 <= 4
    }

    /// A part that is only a name, titles included: "Bolton", "Sen. Marco Rubio".
    static func isBareName(_ whole: ArraySlice<Token>) -> Bool {
        // "Sen. Claire McCaskill (D-Mo.)": a party tag in brackets follows the name.
        var segment = whole
        if segment.last?.isMark(")") == true, let open = segment.lastIndex(where: { $0.isMark("(") }) { segment = segment[..<open] }
        let words = segment.filter(\.isWord)
        guard (1...5).contains(words.count), let first = words.first, !Lexicon.capitalisedFunctionWords.contains(first.lowered) || first.is(.honorific)
        else { return false }
        return segment.indices.allSatisfy { index in
            segment[index].isWord ? segment[index].isCapitalized || segment[index].is(.nameParticle) : isAbbreviationPeriod(segment, at: index)
        }
    }

    /// "the HSE interim chief executive Stephen Mulvany": an article, a lower-case role and
    /// a name of two or more capitalised words right after it.
    /// "A spokesman for Mrs. Clinton", "the president of Judicial Watch": a name after a
    /// preposition is where the role is held, and the phrase is an appositive.
    static func isTitledName(_ segment: ArraySlice<Token>) -> Bool {
        let words = segment.filter(\.isWord)
        guard words.count >= 4, words.count <= 10, words[0].is(.article),
            !words.contains(where: { $0.is(.headPreposition) || relativePronouns.contains($0.lowered) })
        else { return false }
        let name = words.reversed().prefix { $0.isCapitalized }
        guard name.count >= 2, name.count < words.count - 1 else { return false }
        let role = words[words.count - name.count - 1]
        return !role.isCapitalized && (Lexicon.personHeads.contains(role.lowered) || Lexicon.titles.contains(role.lowered))
    }

    /// A head noun that describes rather than names: lower-case, or a party's member,
    /// capitalised ("one senior Democrat").
    static func isCommonHead(_ token: Token) -> Bool {
        !token.isCapitalized || Lexicon.partyMembers.contains(token.lowered)
    }

    /// Plurals that speak without a determiner: "officials", "police", "U.S. officials".
    static func barePlural(_ words: ArraySlice<Token>, maximumWords: Int = 3) -> String? {
        let content = words.filter(\.isWord)
        guard (1...maximumWords).contains(content.count), let head = content.last, !head.isCapitalized,
            pluralSources.contains(head.lowered) || head.lowered == "police" || head.lowered == "officers" || head.lowered == "prosecutors"
                // "Anchorage Police Department dispatchers": the plural of any role.
                || head.lowered.count > 4 && head.lowered.lastByte == UInt8(ascii: "s") && Lexicon.personHeads.contains(head.lowered.droppingLast(1))
                    && content.dropLast().allSatisfy(\.isCapitalized)
        else { return nil }
        return Word.joinedWithSpaces(content.lazy.map(\.text))
    }

    /// The organisation "it" stands for: the subject of the last sentence before `offset`
    /// that opens on one ("Haverfordwest Town Council has now said it …"), looking back
    /// no further than the previous paragraph. A sentence opening on a person or on "he",
    /// "she" or "they" ends the search: "it" could then be anything that sentence named.
    private func organisationActing(before offset: Int, paragraph: Int) -> String? {
        guard let current = sentenceIndex(containing: offset) else { return nil }
        for index in stride(from: current, through: max(0, current - 3), by: -1) {
            let sentence = sentences[index]
            guard sentence.paragraph >= paragraph - 1 else { return nil }
            guard sentence.range.lowerBound < offset, let first = sentence.tokens.firstIndex(where: \.isWord) else { continue }
            let tokens = sentence.tokens
            // A sentence that opens on a quote or on "it" itself names no one new.
            if Self.opensOnQuote(tokens) || tokens[first].lowered == "it" { continue }
            if tokens[first].is(.pronoun) || people.openingSubject(ofSentence: index) != nil { return nil }
            // The subject: capitalised words (and the "of", "and", "for" inside a name) up to
            // the first lower-case word of the sentence.
            var end = first
            while end < tokens.endIndex, tokens[end].isWord,
                tokens[end].isCapitalized || Self.insideNameWords.contains(tokens[end].lowered) && end + 1 < tokens.endIndex && tokens[end + 1].isCapitalized
            {
                end += 1
            }
            // The subject must speak ("has now said", "announced"): after "UK inflation fell" or
            // "The Justice Department sued Apple", "it" may be whoever answers.
            guard end > first, end < tokens.endIndex, tokens[end].isWord, !tokens[end].isCapitalized,
                tokens[end...].prefix(3).contains(where: Lexicon.isSpeechVerb)
            else { return nil }
            let subject = tokens[first..<end].drop { $0.lowered == "the" }
            guard subject.contains(where: { Lexicon.organisationWords.contains($0.bare) }) else { return nil }
            return Word.joinedWithSpaces(subject.lazy.map(\.bareText))
        }
        return nil
    }

    static let insideNameWords: Set<Word> = ["of", "and", "for", "the", "on"]

    /// A capitalised word, or a small word inside a name ("Game and Fish", "Ministry of Health").
    static func belongsToName(_ token: Token) -> Bool {
        token.isCapitalized || insideNameWords.contains(token.lowered)
    }

    /// A sentence whose first word comes after a quote mark: a quote sentence.
    static func opensOnQuote(_ tokens: [Token]) -> Bool {
        tokens.prefix { !$0.isWord }.contains { $0.kind == .punctuation && ClaimSource.quoteMarks.contains($0.first) }
    }

    static let indefiniteOpeners: Set<Word> = ["a", "an", "another", "one", "some"]

    /// The description a sentence opens on when it brings a new person ("Another resident
    /// in Mukaya County", "A woman who lives nearby"), up to its first comma or verb.
    private func indefiniteSubject(before offset: Int) -> String? {
        guard let current = sentenceIndex(containing: offset) else { return nil }
        // A quote sentence ("“…,” he said.") goes on from the sentence before it in its paragraph.
        let index = Self.opensOnQuote(sentences[current].tokens) && current > 0 && sentences[current - 1].paragraph == sentences[current].paragraph ? current - 1 : current
        let tokens = sentences[index].tokens
        guard let first = tokens.firstIndex(where: \.isWord), Self.indefiniteOpeners.contains(tokens[first].lowered), tokens[first].range.lowerBound < offset,
            let end = tokens[first...].firstIndex(where: { $0.isMark(",") || Lexicon.isSpeechVerb($0) || PersonIndex.isFiniteVerb($0) }),
            tokens[end].range.lowerBound < offset,
            let (text, words) = description(tokens[first..<end], sentenceOffset: offset), let words,
            Lexicon.personHeads.contains(Self.head(of: words))
        else { return nil }
        return text
    }

    /// Whose words "his statement" and "her response" are.
    static let possessiveOwners: [Word: Word] = ["his": "he", "her": "she"]

    private func organisationName(_ segment: ArraySlice<Token>) -> String? {
        var runs = Array(PersonIndex.capitalisedRuns(segment))
        for index in runs.indices {
            let run = runs[index]
            // "the Putatan Member of Parliament said": a body named last, after an office's "of",
            // is where the person speaking holds it; the body does not speak. ("Member of the
            // Legislative Assembly Barry Elsby" goes on to the person's name.)
            if index == runs.count - 1, run.lowerBound >= segment.startIndex + 2, segment[run.lowerBound - 1].lowered == "of",
                case let office = segment[run.lowerBound - 2], office.isCapitalized,
                Lexicon.personHeads.contains(office.lowered) || office.is(.title),
                Lexicon.organisationWords.contains(segment[run.upperBound - 1].bare)
            {
                return nil
            }
            let words = segment[run].drop { Lexicon.capitalisedFunctionWords.contains($0.lowered) }
            // "the Ulster Farmers’ Union", "the Research Scholars’ Forum": a plural possessive
            // inside the name joins its two runs.
            if index + 1 < runs.count, Self.joinsByPluralPossessive(segment, run, runs[index + 1]) {
                let rest = segment[runs[index + 1]]
                if rest.contains(where: { Lexicon.organisationWords.contains($0.bare) }) {
                    return Word.joinedWithSpaces(words.lazy.map(\.bareText)) + segment[run.upperBound].text.string + " "
                        + Word.joinedWithSpaces(rest.lazy.map(\.bareText))
                }
                runs[index + 1] = run.lowerBound..<runs[index + 1].upperBound
                continue
            }
            if words.contains(where: { Lexicon.organisationWords.contains($0.bare) }) {
                // "the Royal College of Nursing", "the University of Oxford": the name goes on
                // through its own "of" or "for" and the capitalised words after it.
                var end = run.upperBound
                while end + 1 < segment.endIndex, ["of", "for"].contains(segment[end].lowered), segment[end + 1].isCapitalized,
                    let next = runs.first(where: { $0.lowerBound == end + 1 })
                {
                    end = next.upperBound
                }
                let name = segment[words.startIndex..<end].filter { $0.isWord }
                return Word.joinedWithSpaces(name.lazy.map(\.bareText))
            }
            // "Japan branded North Korea …": a country speaks for its government, as an
            // organisation does, never as a person "he" could be.
            if PersonIndex.namesPlace(words) { return Word.joinedWithSpaces(words.lazy.map(\.bareText)) }
            // "The CDC said": an acronym that speaks is an organisation; "said the CM" is an
            // office, the person who holds it (`officeAbbreviations`), not a body.
            if words.count == 1, let only = words.first, PersonIndex.characterCount(only.bareText) >= 2, PersonIndex.isAllCapitals(only.bareText),
                Self.officeAbbreviations[only.lowered] == nil, !isShoutedWord(only)
            {
                return only.bareText.string
            }
        }
        return nil
    }

    /// "MERSEYSIDE council leaders have condemned …", "RESIDENTS say …": a regional paper's
    /// lede shouts an ordinary word; one of six letters or more that the article writes in
    /// lower case elsewhere (or a name of eight or more it writes capitalised, "Merseyside") is
    /// no acronym that speaks. Shorter ones stay acronyms: "NICE said", "Nasa … NASA said".
    private func isShoutedWord(_ word: Token) -> Bool {
        let length = PersonIndex.characterCount(word.bareText)
        return length >= 6 && memo.writesInLowerCase(word.lowered) || length >= 8 && memo.writesCapitalised(word.lowered)
    }

    /// Words that open an aside describing the subject before it: "— which …", "— led by …".
    static let asideOpeners: Set<Word> = ["which", "whose", "who", "whom", "where", "led", "headed", "founded", "chaired", "run"]

    /// Offices South Asian and British papers write as capitals ("the CM said", "the SP told
    /// reporters"), with the words the article names their holder by.
    static let officeAbbreviations: [Word: [Word]] = [
        "cm": ["chief", "minister"], "pm": ["prime", "minister"], "dc": ["deputy", "commissioner"], "sp": ["superintendent"],
        "ssp": ["superintendent"], "dgp": ["director", "general"], "igp": ["inspector", "general"], "mla": ["mla"], "mp": ["mp"],
        "dcp": ["deputy", "commissioner"], "sho": ["officer"], "cji": ["chief", "justice"], "cj": ["chief", "justice"], "cjp": ["chief", "justice"],
        "td": ["td"], "msp": ["msp"], "mna": ["mna"], "mpp": ["mpp"], "mha": ["mha"], "mhk": ["mhk"],
    ]

    /// "said the CM": the person the article named with the office, or the office as a
    /// description when it named no one.
    private func abbreviatedOffice(_ segment: ArraySlice<Token>, at offset: Int) -> (name: String, mention: SpeakerMention)? {
        // "an irked CJ told the advocate": an adjective may stand between.
        let words = segment.filter(\.isWord)
        guard (2...3).contains(words.count), ["the", "an", "a"].contains(words[0].lowered), let office = words.last,
            let role = Self.officeAbbreviations[office.lowered], PersonIndex.isAllCapitals(office.bareText),
            words.dropFirst().dropLast().allSatisfy({ !$0.isCapitalized })
        else { return nil }
        if let person = people.person(withRole: role, before: offset) { return (person, .role) }
        return ("the " + office.bareText.string, .description)
    }

    /// "a Pentagon official", "the official", "one over-60 woman who took part in the research",
    /// with its words lower-cased for role matching (nil when it is not the segment's own).
    private func description(_ segment: ArraySlice<Token>, sentenceOffset: Int) -> (text: String, words: [Word]?)? {
        // Most segments open with no determiner: ruled out before any array is built.
        let isContent = { (token: Token) in token.isWord || token.kind == .number }
        // "Russia's foreign ministry", "Donald Trump's spokesman": a possessive name determines
        // like "the".
        guard let opening = segment.firstIndex(where: { isContent($0) && !Self.descriptionLeaders.contains($0.lowered) }),
            segment[opening].is(.determiner) || Self.opensWithPossessiveName(segment[opening...])
        else { return nil }
        var words = segment[opening...].filterReserving(isContent)
        let first = words[0]
        // A description ends before any verb or adverb that follows its noun:
        // "the Arsenal boss is quoted as", "the chancellor also".
        // So does it before a verb of saying: "Thailand's prime minister said a foreigner …"
        // is the minister, not all of it.
        // So does it before the past tense of a verb right after a role: "A UK Government
        // minister attacked the site, saying …" ("a newly elected councillor" keeps its participle).
        if let stop = words.indices.first(where: {
            words[$0].is(.descriptionStop) || $0 > 0 && words[$0].is(.reportingVerb)
                || $0 >= 2 && PersonIndex.isFiniteVerb(words[$0]) && Lexicon.personHeads.contains(words[$0 - 1].lowered)
        }) {
            words = Array(words[..<stop])
        }
        // "the Florida senator and Republican presidential candidate": two roles of one
        // person, the first of which names them ("a spokesman for Smith and Jones" is one).
        if let and = words.firstIndex(where: { $0.lowered == "and" }), and >= 2, Self.isCommonHead(words[and - 1]),
            !words[..<and].contains(where: { $0.is(.headPreposition) })
        {
            words = Array(words[..<and])
        }
        // "said the 69-year-old Belgian after the match": a phrase of time after the head is
        // when it was said, no part of who said it.
        if let time = words.indices.first(where: { $0 >= 2 && Self.eventTimePrepositions.contains(words[$0].lowered) }) {
            words = Array(words[..<time])
        }
        // Drop trailing time words: "a Pentagon official Thursday".
        while let last = words.last, last.is(.weekday) || Self.timePrepositions.contains(last.lowered) {
            words.removeLast()
        }
        guard words.count >= 2 || first.lowered == "one" else { return nil }
        // "the UK Film Council": a proper name with an article is an organisation, not a
        // description; "a spokesman for the Trafford Centre" is a description (head: spokesman).
        // "the 69-year-old Belgian": a nationality heads a description of a person; so does an
        // office after "the" ("The Senior Director for Human Resources at Knox County Schools").
        let headIndex = (words.indices.first { words[$0].is(.headPreposition) && !Self.insideName(words, $0) } ?? words.count) - 1
        // So does an office alone ("said the Premier", "the Premier added"): its holder speaks.
        let office = headIndex >= 1 && words[headIndex].is(.title) && first.lowered == "the"
            && (headIndex + 1 < words.count || Self.isOfficeAlone(words.map(\.lowered), written: Word.joinedWithSpaces(words.lazy.map(\.text))))
        if headIndex >= 1, !Self.isCommonHead(words[headIndex]), !PersonIndex.isNationality(words[headIndex].text.string), !office { return nil }
        if first.lowered == "one" && words.count == 1 {
            return pluralAntecedent(before: sentenceOffset).map { ($0, nil) }
        }
        var text = Word.joinedWithSpaces(words.lazy.map(\.text))
        if let firstCharacter = text.first, firstCharacter.isUppercase, first.is(.determiner) {
            text = firstCharacter.lowercased() + text.dropFirst()
        }
        // The words the head is read from leave out a name's own "of".
        return (text, words.indices.filter { !Self.insideName(words, $0) }.map { words[$0].lowered })
    }

    /// `first` ends on a plural ("Farmers") and one apostrophe joins it to `second`.
    static func joinsByPluralPossessive(_ segment: ArraySlice<Token>, _ first: Range<Int>, _ second: Range<Int>) -> Bool {
        guard second.lowerBound == first.upperBound + 1, segment[first.upperBound - 1].lowered.lastByte == UInt8(ascii: "s") else { return false }
        let mark = segment[first.upperBound]
        return (mark.isMark("'") || mark.isMark("\u{2019}")) && mark.range.lowerBound == segment[first.upperBound - 1].range.upperBound
    }

    /// "the Premier", "the Prime Minister": "the" and capitalised titles only.
    static func isOfficeAlone(_ words: [Word], written text: String) -> Bool {
        words.count >= 2 && words[0] == "the" && words.dropFirst().allSatisfy { Lexicon.titles.contains($0) }
            && ScalarText.spaceSeparated(text).dropFirst().allSatisfy { $0.first?.isUppercase == true }
    }

    /// "U.S. officials tell Fox News …, with one saying …" → "a U.S. official".
    private func pluralAntecedent(before offset: Int) -> String? {
        guard let sentenceIndex = sentenceIndex(containing: offset) else { return nil }
        let tokens = Array(OffsetSearch.tokens(sentences[sentenceIndex].tokens, from: 0, to: offset))
        let plurals = Self.pluralSources
        guard let index = tokens.firstIndex(where: { plurals.contains($0.lowered) }) else { return nil }
        var modifiers: [String] = []
        var cursor = index - 1
        while cursor >= 0, tokens[cursor].isWord, tokens[cursor].isCapitalized || tokens[cursor].text.hasSuffix(".") {
            modifiers.insert(tokens[cursor].text.string, at: 0)
            cursor -= 1
        }
        let noun = String(tokens[index].text.string.dropLast())
        let phrase = (modifiers + [noun]).joined(separator: " ")
        let article = ["a", "e", "i", "o", "u"].contains(phrase.prefix(1).lowercased()) && !phrase.hasPrefix("U.") ? "an" : "a"
        return "\(article) \(phrase)"
    }

    /// "D-Santa Fe", "R-River Hills", "I-Vt.": a party letter joined to a place.
    static func isPartyTag(_ segment: ArraySlice<Token>) -> Bool {
        guard let first = segment.first(where: \.isWord), first.text.count > 2 else { return false }
        return first.text.hasPrefix("D-") || first.text.hasPrefix("R-") || first.text.hasPrefix("I-")
    }
}
