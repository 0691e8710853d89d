import Testing
@testable import FactExtraction

/// Session 22's attribution fixes. The sentences are invented.
@Suite struct UnseenRoundTwentyTwoTests {
    func speakers(_ body: String) -> [String?] {
        FactExtractor.facts(in: ArticleParser.parse("Headline of a story\n\n" + body, fileName: "a.txt")).quotes.map(\.speaker)
    }

    @Test func aHomeTownsSecondPartIsNoSpeaker() {
        // Set 174: "Thakurdeen Ramassar of Bush Lot, New Housing Scheme, told this newspaper
        // that his “garden duck out”" gave the quote to "New Housing Scheme".
        let quote = " told this newspaper that his \u{201C}garden is gone, all of it\u{201D} after the rain."
        #expect(speakers("Darius Okonjo of Oak Vale, Riverside Estate," + quote) == ["Darius Okonjo"])
        #expect(speakers("Darius Okonjo, of Oak Vale, Riverside Estate," + quote) == ["Darius Okonjo"])
        #expect(speakers("Darius Okonjo from Oak Vale, Riverside Estate," + quote) == ["Darius Okonjo"])
        // A name set right before the verb is still its subject after a setting or an office.
        let said = " said: \u{201C}We are working on it as hard as we can.\u{201D}"
        #expect(speakers("Answering questions from Gino Kenny, Ivo Lind" + said) == ["Ivo Lind"])
        #expect(speakers("Prime Minister of Ostland, Ivo Lind," + said) == ["Ivo Lind"])
    }

    @Test func aSurnameTwoBrothersShareIsNoShe() {
        // Set 177: "He said to 82-year-old pilot Wally Funk that the trip was “incredible,” and
        // she responded “it was!”" gave her reply to "Bezos", kept as written because Jeff and
        // Mark Bezos share it, and so of no known gender.
        let body = "Peter Lind and his fellow passengers celebrated a trip aboard the capsule on Tuesday morning.\n\n"
            + "On board were Lind, his brother Mark Lind and veteran pilot Wally Funk.\n\n"
            + "After landing, Lind could be heard saying that it was the \u{201C}best day ever,\u{201D} CNN Business reported.\n\n"
            + "He said to 82-year-old pilot Wally Funk that the trip was \u{201C}incredible,\u{201D} and she responded \u{201C}it was!\u{201D}\n\n"
            + "\u{201C}You have a very happy crew up here,\u{201D} Lind said as the capsule descended."
        let found = speakers(body)
        #expect(found.count == 4, "\(found)")
        #expect(found.count < 3 || found[2] != "Lind", "\(found)")
        #expect(found.last == "Lind")
    }

    @Test func aDescribedSourceStaysTheSpeakerPastAnAppositiveAboutItsEmployer() {
        // Set 182: "An employee at Kaghaz Pars Haftapeh, a paper mill in southwestern Iran,
        // told Radio Farda" gave the employee's three quotes to the mill.
        let body = "An employee at Oak Vale Pulp, a paper mill in the south of Ostland, told Radio Ostland that workers have not been paid.\n\n"
            + "\u{201C}We have not received our salary for three months,\u{201D} he told Radio Ostland."
        #expect(speakers(body) == ["an employee at Oak Vale Pulp"])
        // A part whose head can speak is the subject, whatever is set before it.
        let lawyer = "Reflecting on his earlier career as a trial lawyer, the Senate Democratic leader said, "
            + "\u{201C}I never knew what was going to happen when I went to trial.\u{201D}"
        #expect(speakers(lawyer) == ["the Senate Democratic leader"])
    }

    @Test func aGivenNameSetAfterADescriptionIsAPerson() {
        // Set 184: "Another protester, Verna, who lives in Meadowlark, told CityNews …" and her
        // quote's "she said" went to a woman named two paragraphs before.
        let body = "Alida Brisha is one of many against the proposal.\n\n"
            + "Another protester, Verna, who lives in Meadowlark, told CityNews she believes the policy will cost residents their say.\n\n"
            + "\u{201C}If blanket rezoning goes through, we lose the right to speak up,\u{201D} she said."
        #expect(speakers(body) == ["Verna"])
    }

    @Test func sheAddedAfterBackgroundThatNamesNoOneIsTheLastSpeaker() {
        // Set 178: two paragraphs of figures between the association president's quote and
        // "“…,” she added." left the second quote with no speaker.
        let body = "\u{201C}Again, the region continues to lead the way,\u{201D} association president Nicola Varga said.\n\n"
            + "The latest figures show that the region is only 1% below 2019 levels.\n\n"
            + "Notably, the most resilient destinations, including Sint Maarten and Guadeloupe, are already exceeding 2019 levels.\n\n"
            + "\u{201C}That is very good news for the region,\u{201D} she added."
        #expect(speakers(body) == ["Nicola Varga", "Nicola Varga"])
        // Not when someone else spoke in between, named or not.
        let other = "\u{201C}Again, the region continues to lead the way,\u{201D} association president Nicola Varga said.\n\n"
            + "The latest figures show that the region is only 1% below 2019 levels.\n\n"
            + "A hotel owner, who gave her name only as Patel, said bookings were slow.\n\n"
            + "\u{201C}That is very good news for the region,\u{201D} she added."
        #expect(speakers(other).last != "Nicola Varga", "\(speakers(other))")
    }

    @Test func aDayOpeningTheSentenceIsNoSubject() {
        // Set 183: "Also Thursday, Sam Smith … resigned from his seat on the commission saying,
        // “…”" left the quote with no speaker: "Also Thursday" was read as the subject.
        let quote = "Ivo Lind resigned from his seat on the commission, saying, \u{201C}My agent has been approached about the parcel.\u{201D}"
        for opener in ["Thursday, ", "Also Thursday, ", "Also on Thursday, ", "Last Thursday, ", "Earlier Thursday, ", "On Nov. 3, "] {
            #expect(speakers(opener + quote) == ["Ivo Lind"], "\(opener)")
        }
    }

    @Test func anOfficeAfterANameIsNotTheSpeaker() {
        // Set 189: "Sam Dapcevich, Department of Transportation's, or DOT's, Public Information
        // Officer, said …" made "Information Officer" the speaker of his quotes.
        let body = "Ivo Lind, Department of Transportation\u{2019}s, or DOT\u{2019}s, Public Information Officer, said the shoulder will serve as a lane.\n\n"
            + "\u{201C}By widening it, we are creating access for two lanes,\u{201D} he said."
        #expect(speakers(body) == ["Ivo Lind"])
    }

    @Test func aPronounOpeningAParagraphInsideAQuoteIsNoName() {
        // Set 191: a quote ran on into a paragraph opening "You called me, and I told you …",
        // and the next "He continued, “…”" was given to "You".
        let body = "Alexander Varga stated, \u{201C}Chairman, do not raise your voice. You suspended the sitting for five minutes.\n\n"
            + "You called me, and I told you I was meeting with my caucus.\u{201D}\n\n"
            + "He continued, \u{201C}This is not what we agreed upon.\u{201D}"
        #expect(speakers(body) == ["Alexander Varga", "Alexander Varga"])
    }

    @Test func aDescribedPersonsPlaceIsNotTheSpeaker() {
        // Set 191: "“Any show?” one of them, a 59-year-old woman at Ekeki Central Motor Park had
        // asked our reporter" was given to the motor park.
        let body = "Two voters approached our correspondent. \u{201C}Any show?\u{201D} one of them, a 59-year-old woman at Oak Vale Motor Park had asked our reporter."
        #expect(speakers(body) == ["a 59-year-old woman at Oak Vale Motor Park"])
    }

    @Test func wordsSomeoneIsAskedToWithdrawAreTheirs() {
        // Set 191, a wrong key both readers struck: "Ahiafor asked Afenyo-Markin to withdraw
        // the statement, “You and your colleagues have rudely intervened …”" was keyed to Ahiafor.
        let body = "The row began when Ivo Lind asked Marek Varga to withdraw the remark, "
            + "\u{201C}You have no idea what you are talking about,\u{201D} and Varga refused."
        #expect(speakers(body) == [nil])
        // Nor to the asker, whose own words may follow the same way (the review's case).
        let asker = "Prime Minister Ivo Lind told Marek Varga to withdraw the comment, \u{201C}We will not be lectured by the opposition.\u{201D}"
        #expect(speakers(asker) == [nil])
        // A quote that only goes on with the sentence is the asker's.
        let goesOn = "Senator Ivo Lind asked Marek Varga to withdraw his comments, \u{201C}which are beneath the office\u{201D}, on Tuesday."
        #expect(speakers(goesOn) == ["Ivo Lind"])
        // Words someone is asked to apologise for being are the speaker's judgement of them.
        let judged = "Councillor Tom Welby said Fine Gael should make him apologise for being \u{201C}downright disrespectful\u{201D} to the mayor."
        #expect(speakers(judged) == ["Tom Welby"])
    }

    @Test func aNameBeforeAParticipleOfSayingIsItsSubject() {
        // Set 194: "Yusuf Abdallah has rarely boxed since …, coach Vince McNally explaining:
        // “Yusuf is a junior doctor …”" gave the coach's words to the boxer they name.
        let body = "Marek Varga has rarely boxed since winning his title in 2018, coach Ivo Lind explaining: "
            + "\u{201C}Marek is a junior doctor and has been working long hours.\u{201D}"
        #expect(speakers(body) == ["Ivo Lind"])
    }

    @Test func theBodyAPresidentHeadsIsNotTheSpeaker() {
        // Set 195: "said the president of the Community, Bill Papastergiadis, to Neos Kosmos"
        // gave the quote to the "Greek Orthodox Community" named before.
        let body = "The Greek Orthodox Community of Varna has finished its new centre.\n\n"
            + "\u{201C}We still have space available for rent,\u{201D} said the president of the Community, Ivo Lind, to the Ostland Herald."
        #expect(speakers(body) == ["Ivo Lind"])
    }

    @Test func heAfterSomeoneUnnamedIsNotTheEarlierSpeaker() {
        // The review: an official's quote, then a farmer introduced without a name, then "he
        // said": the farmer's words went to the minister.
        let body = "\u{201C}The damage is extensive,\u{201D} Agriculture Minister Ivo Lind told reporters.\n\n"
            + "A farmer in Oak Vale lost his entire maize crop. His house was also flooded.\n\n"
            + "The family now sleeps in a church.\n\n"
            + "\u{201C}We have nothing left,\u{201D} he said."
        #expect(speakers(body).last != "Ivo Lind", "\(speakers(body))")
    }

    @Test func theFirmAfterANameAndItsOfficeIsNotTheSpeaker() {
        // Set 185: "Vaibhav Saraf, Director, Aisshpra Gems & Jewels, said, “…”" gave the quote to
        // "Aisshpra Gems Jewels", which then stood among a who-said item's choices (both readers).
        #expect(speakers("Ivo Lind, Director, Oak Vale Gems & Jewels, said, \u{201C}Navratri marks the start of the season.\u{201D}") == ["Ivo Lind"])
        // An office written before the name is the name's title, whatever opens the sentence.
        let before = "Commenting on the strike, Oak Vale Mining CEO, Ivo Lind told reporters that the company could wait \u{201C}for years and years\u{201D}."
        #expect(speakers(before) == ["Ivo Lind"])
    }
}
