import Testing
@testable import FactExtraction
import TextMachinery

/// One test per way attribution was seen to fail on outlets it was not tuned on (issue 18),
/// in sentences written for the test.
@Suite struct AttributionRuleTests {
    struct Case: Sendable, CustomStringConvertible {
        var failure: String
        var body: String
        var quote: String
        var speaker: String?
        var rule: String?
        var description: String { failure }
    }

    static let cases: [Case] = [
        Case(failure: "an outlet that reported a named speaker's words in its sentence is not their speaker",
             body: "Varnia Foods chief executive Lena Varga said in an internal memo that the “price gap between the two chains has become less relevant” as prices fell, the Ostland Ledger reported earlier this year.",
             quote: "price gap between the two chains has become less relevant", speaker: "Lena Varga", rule: "verb-before"),
        Case(failure: "a speech verb in an opening subordinate clause is not the main clause's",
             body: "After Governor Aron Kask criticized Ivo Lind during a debate in Varna, Lena Varga shot back, “I could have stayed at home, but I chose to fulfil my profession.”",
             quote: "I could have stayed at home, but I chose to fulfil my profession.", speaker: nil, rule: nil),
        Case(failure: "twin apostrophes are quote marks",
             body: "Senator Maria Lopez spoke on Tuesday.\n\n''We will not back down,'' Ms. Lopez said.",
             quote: "We will not back down,", speaker: "Maria Lopez", rule: "verb-after"),
        Case(failure: "the period of Mr. or of an initial does not end the speaker's clause",
             body: "''They were rivals, but also friends,'' William M. Daley, a former chief of staff, said of the pair.",
             quote: "They were rivals, but also friends,", speaker: "William M Daley", rule: "verb-after"),
        Case(failure: "a transcript label names its speaker",
             body: "Governor Mike Pence was interviewed on Sunday.\n\n\"PENCE: Well, look, the debate is on Monday.\"",
             quote: "PENCE: Well, look, the debate is on Monday.", speaker: "Mike Pence", rule: "transcript-label"),
        Case(failure: "a headline name is no speaker",
             body: "The former minister died at home on Saturday.\n\n\"He was a kind man,\" said his daughter.",
             quote: "He was a kind man,", speaker: "his daughter", rule: "verb-after"),
        Case(failure: "a party before a possessive name is not the speaker",
             body: "\"Schools need more teachers,\" the Liberal Democrats' Kirsty Williams said.",
             quote: "Schools need more teachers,", speaker: "Kirsty Williams", rule: "verb-after"),
        Case(failure: "an analyst is not replaced by his bank",
             body: "\"Rates will rise before the summer,\" said John Okafor, an analyst at Barclays.",
             quote: "Rates will rise before the summer,", speaker: "John Okafor", rule: "verb-after"),
        Case(failure: "a person named with the firm's role is the speaker, not the firm",
             body: "\"We will appeal the ruling,\" Acme Corp chief executive Jane Doyle said.",
             quote: "We will appeal the ruling,", speaker: "Jane Doyle", rule: "verb-after"),
        Case(failure: "a programme is not the person speaking on it",
             body: "\"The economy is strong,\" Treasury Secretary Paul Brand told CNBC's Squawk Box.",
             quote: "The economy is strong,", speaker: "Paul Brand", rule: "verb-after"),
        Case(failure: "a polling firm is not the pollster speaking for it",
             body: "\"Voters are split down the middle,\" said Kyle Dorn of Morning Consult.",
             quote: "Voters are split down the middle,", speaker: "Kyle Dorn", rule: "verb-after"),
        Case(failure: "an attribution the extractor cannot name is not replaced by the previous speaker",
             body: "Mayor Anna Kowalski opened the bridge.\n\n\"It will carry ten thousand cars a day,\" the state's private school voucher program says.",
             quote: "It will carry ten thousand cars a day,", speaker: nil, rule: nil),
        Case(failure: "a threat quoted by prosecutors is not given to the group named inside it",
             body: "Prosecutors said the defendant had vowed to \"punish the Muslim Brotherhood's enemies.\"",
             quote: "punish the Muslim Brotherhood's enemies.", speaker: "Prosecutors", rule: "verb-before"),
        Case(failure: "a quote paragraph goes to the person introduced and quoted in between",
             body: "Coach Tom Reyes praised his team on Sunday.\n\n\"They never gave up,\" Reyes said.\n\nCaptain Lisa Marsh disagreed. \"We were lucky,\" Marsh said.\n\n\"The referee helped us more than once.\"",
             quote: "The referee helped us more than once.", speaker: "Lisa Marsh", rule: "quote-paragraph"),
        Case(failure: "a participle with its own subject: with X saying",
             body: "Two neighbours condemned the move, with Foreign Minister Omar Haddad warning of \"dangerous consequences\".",
             quote: "dangerous consequences", speaker: "Omar Haddad", rule: "verb-before"),
        Case(failure: "a second verb of the sentence's subject: … and said",
             body: "The foreign ministry said it saw the move as \"a step backwards\" for the talks and said it would respond.",
             quote: "a step backwards", speaker: "The foreign ministry", rule: "verb-before"),
        Case(failure: "a determiner and a common head make a description, whatever names it holds",
             body: "\"Don't hide things like this,\" one Weibo commenter said.",
             quote: "Don't hide things like this,", speaker: "one Weibo commenter", rule: "verb-after"),
        Case(failure: "an adverb between pronoun and verb",
             body: "President Ashraf Ghani welcomed the swap. He also said he hoped it would \"pave the way\" for talks.",
             quote: "pave the way", speaker: "Ashraf Ghani", rule: "verb-before"),
        Case(failure: "a sentence-opening name with its appositive",
             body: "Ian Holt, an expert in drug policy who did not work on the study, told reporters: \"The rise is small but real.\"",
             quote: "The rise is small but real.", speaker: "Ian Holt", rule: "verb-before"),
        Case(failure: "a bare plural speaks",
             body: "\"We got him, we got him!\" officers shouted on their radios.",
             quote: "We got him, we got him!", speaker: "officers", rule: "verb-after"),
        Case(failure: "a participle after a quote belongs to another clause: the singer is not the one sung to",
             body: "Mary Blige performed for Hillary Clinton on Monday.\n\n\"Promise me you will keep your hands in sight,\" Blige sings to Clinton before asking her a question.",
             quote: "Promise me you will keep your hands in sight,", speaker: nil, rule: nil),
        Case(failure: "two people share a surname: a bare one is not given either first name",
             body: "Michelle Obama and Barack Obama visited the school on Friday.\n\n\"Education is the way forward,\" Mr. Obama said.",
             quote: "Education is the way forward,", speaker: "Obama", rule: "verb-after"),
        Case(failure: "a party tag in brackets is not part of the name",
             body: "\"We will hold the hearing in March,\" said Rep. Jason Chaffetz (R-Utah).",
             quote: "We will hold the hearing in March,", speaker: "Jason Chaffetz", rule: "verb-after"),
        Case(failure: "an envoy's place is not part of the name",
             body: "\"We discussed the call at length,\" said U.S. special envoy for Ukraine Kurt Volker.",
             quote: "We discussed the call at length,", speaker: "Kurt Volker", rule: "verb-after"),
        Case(failure: "a setting before the subject is not the speaker: the show is not the person on it",
             body: "During a May interview on CNBC's Squawk Box, Donald Trump said he won \"every single debate\" he took part in.",
             quote: "every single debate", speaker: "Donald Trump", rule: "verb-before"),
        Case(failure: "a firm's report is not a person cut out of the firm's name",
             body: "\"The market is largely factoring in a recovery,\" said a report from Kotak Institutional Equities.",
             quote: "The market is largely factoring in a recovery,", speaker: "a report from Kotak Institutional Equities", rule: "verb-after"),
        Case(failure: "an acronym that speaks is an organisation",
             body: "The CDC told the public that the risk was \"extremely low.\"",
             quote: "extremely low.", speaker: "CDC", rule: "verb-before"),
        // Session 8: conventions read off PolNeAR train's misses, in sentences of my own.
        Case(failure: "a named subject's short clause ending on a colon introduces the quote",
             body: "Governor Dana Whitfield was asked to cancel the vote.\n\nWhitfield refused: \"The law gives me no such power.\"",
             quote: "The law gives me no such power.", speaker: "Dana Whitfield", rule: "colon-introduction"),
        Case(failure: "a setting before the colon is no speaker",
             body: "Governor Dana Whitfield spoke first.\n\nFrom the committee's report: \"Turnout fell in every district.\"",
             quote: "Turnout fell in every district.", speaker: nil, rule: nil),
        Case(failure: "a fragment's inverted attribution after the reporter's clause: …, said X",
             body: "The mayor would do well to start \"mending fences\" with the unions, said Paul Okoro, a former adviser to the council.",
             quote: "mending fences", speaker: "Paul Okoro", rule: "verb-after"),
        Case(failure: "a relative clause after an inverted name is not part of the name",
             body: "\"The port has been neglected for years,\" said Sen. Laura Beck who represents the harbour district and chaired its board for a decade.",
             quote: "The port has been neglected for years,", speaker: "Laura Beck", rule: "verb-after"),
        Case(failure: "a party's member heads a description",
             body: "\"The leadership is nervous about the budget,\" one senior Republican said.",
             quote: "The leadership is nervous about the budget,", speaker: "one senior Republican", rule: "verb-after"),
        Case(failure: "a name set right before the verb is its subject, not a name in the clause before it",
             body: "Sen. Tom Hale and Ruth Adler met voters. As for critics who prefer Hale to the governor, Adler said, \"They have not read his record.\"",
             quote: "They have not read his record.", speaker: "Ruth Adler", rule: "verb-before"),
        Case(failure: "a relative clause aside is not the subject: X, who …, said",
             body: "Nina Patel and Victor Gray spoke. Of the plan, Patel, who once worked for Victor Gray, said, \"It is a good start.\"",
             quote: "It is a good start.", speaker: "Nina Patel", rule: "verb-before"),
        Case(failure: "a place before a lower-case role is not a person he can point to",
             body: "Former Ostland governor Ed Marlow was even more resolute.\n\n\"Absolutely not,\" he said of the plan.",
             quote: "Absolutely not,", speaker: "Ed Marlow", rule: "verb-after"),
        Case(failure: "a country that speaks is never the person 'he' points back to",
             body: "Kazakhstan's foreign minister, Erlan Idrissov, plays down concerns. China may outnumber the country, but its growth is good news, he says.\n\n\"We should get on board that train,\" he said.",
             quote: "We should get on board that train,", speaker: "Erlan Idrissov", rule: "verb-after"),
        Case(failure: "a country speaks for its government, as an organisation",
             body: "Japan branded its neighbour an \"outlaw nation in the region.\"",
             quote: "outlaw nation in the region.", speaker: "Japan", rule: "verb-before"),
        Case(failure: "'she' never goes to a man's first name, even when the article gives no Mr. or his",
             body: "Donald Parkes greeted Hillary Dunmore at the rally on Monday.\n\n\"We agreed on almost nothing,\" she said.",
             quote: "We agreed on almost nothing,", speaker: nil, rule: nil),
        Case(failure: "a two-word surname two people share keeps no first name",
             body: "Teresa Nielsen Hayden and Patrick Nielsen Hayden edit the imprint.\n\n\"We still read every manuscript,\" Nielsen Hayden said.",
             quote: "We still read every manuscript,", speaker: "Nielsen Hayden", rule: "verb-after"),
        Case(failure: "a comparison opening the sentence is not its subject: Like X, Y …",
             body: "Omar Field and Jana Ruiz voted no. Like Field, Ruiz also opposed the bill, arguing that it was \"far too costly for rural towns.\"",
             quote: "far too costly for rural towns.", speaker: "Jana Ruiz", rule: "verb-before"),
        Case(failure: "a quote ending on a question mark keeps the attribution after it",
             body: "Mayor Anna Kowalski opened the bridge.\n\n\"Who would have believed it?\" Pedro Alvarez told the local radio station.",
             quote: "Who would have believed it?", speaker: "Pedro Alvarez", rule: "verb-after"),
        Case(failure: "an exclamation ending the quote keeps the attribution after it",
             body: "Mayor Anna Kowalski opened the bridge.\n\n\"What a day for this town!\" Pedro Alvarez said.",
             quote: "What a day for this town!", speaker: "Pedro Alvarez", rule: "verb-after"),
        Case(failure: "after an introduced question, the next sentence is the reporter's, not its attribution",
             body: "Pedro Alvarez spoke first.\n\nJana Ruiz asked: \"Who would pay for the repairs?\" Omar Field said the city would.",
             quote: "Who would pay for the repairs?", speaker: "Jana Ruiz", rule: "verb-before"),
        Case(failure: "the second half of a quote split by its attribution keeps that speaker",
             body: "Prices rose again in May.\n\n\"The risk,\" said Edward Lamont, an economist at the bank, \"is that we attract workers and repel jobs.\"",
             quote: "is that we attract workers and repel jobs.", speaker: "Edward Lamont", rule: "continued"),
        Case(failure: "a quote after someone else is reported speaking is not carried over",
             body: "Prices rose again in May.\n\n\"The risk is real,\" said Edward Lamont, but Jana Ruiz said otherwise: \"Jobs will follow the workers.\"",
             quote: "Jobs will follow the workers.", speaker: "Jana Ruiz", rule: "verb-before"),
        Case(failure: "a name inside what a speaker reported is not the next 'he'",
             body: "Omar Field told reporters that he and Pedro Alvarez had been frustrated by the delays.\n\n\"They kept us waiting for months,\" he said.",
             quote: "They kept us waiting for months,", speaker: "Omar Field", rule: "verb-after"),
        Case(failure: "a name after a verb of the named subject is that verb's object",
             body: "Omar Field and Jana Ruiz debated on Monday. Field attacked Jana Ruiz on trade and called her \"a fair-weather friend of farmers.\"",
             quote: "a fair-weather friend of farmers.", speaker: "Omar Field", rule: "verb-before"),
        Case(failure: "the names inside a clause opened by he or she are its objects, not its subject",
             body: "Senator Al Marsh spoke in Ohio on Monday. Eight years ago, he backed Tom Reyes over Dan Webb and said, \"Nobody in this town ever listened to us.\"",
             quote: "Nobody in this town ever listened to us.", speaker: "Al Marsh", rule: "verb-before"),
        Case(failure: "a description right before the verb is its subject, whatever names come before it",
             body: "As Mayor Anna Kowalski thanked Dan Webb, the crowd chanted, \"Open the bridge!\"",
             quote: "Open the bridge!", speaker: "the crowd", rule: "verb-before"),
        Case(failure: "a description that is a name's appositive leaves the name the subject",
             body: "Dan Webb, a spokesman for the council said: \"We are ready.\"",
             quote: "We are ready.", speaker: "Dan Webb", rule: "verb-before"),
        Case(failure: "a name set off before an aside that holds another name is the subject",
             body: "The bridge opened on Friday.\n\nMayor Anna Kowalski, recalling long talks with Dan Webb, described the bridge as \"a promise kept at last.\"",
             quote: "a promise kept at last.", speaker: "Anna Kowalski", rule: "verb-before"),
        Case(failure: "a relative clause with a clause of its own is an aside before the verb",
             body: "The bridge opened on Friday.\n\nPedro Alvarez, who worked with Omar Field when the bridge was planned, said: \"It was his idea from the start.\"",
             quote: "It was his idea from the start.", speaker: "Pedro Alvarez", rule: "verb-before"),
        Case(failure: "an unnamed source before a relative clause is the subject",
             body: "Although the talks with Dan Webb stalled, a council official who asked not to be named said on Monday, \"The bridge will open in May.\"",
             quote: "The bridge will open in May.", speaker: "a council official", rule: "verb-before"),
        Case(failure: "a firm named after the speaker's 'of the firm' is where they work, not who speaks",
             body: "\"Rates will stay low all year,\" said a leading bond trader, Maria Ortiz of the investment firm Crane Baxter.",
             quote: "Rates will stay low all year,", speaker: "Maria Ortiz", rule: "verb-after"),
        Case(failure: "two roles joined by 'and' describe one speaker by the first",
             body: "\"We will fix the roads first,\" the Ohio senator and Republican candidate for governor said on Monday.",
             quote: "We will fix the roads first,", speaker: "the Ohio senator", rule: "verb-after"),
        Case(failure: "a participle after the quote is the reporter's clause, not an inverted attribution",
             body: "Mayor Anna Kowalski said the report was \"a distortion,\" describing the council as badly advised.",
             quote: "a distortion,", speaker: "Anna Kowalski", rule: "verb-before"),
        Case(failure: "a second verb joined by 'and' keeps the subject of the quote before it",
             body: "Mayor Anna Kowalski called the plan a \"disgrace,\" and said the council was \"asleep at the wheel for years.\"",
             quote: "asleep at the wheel for years.", speaker: "Anna Kowalski", rule: "continued"),
        Case(failure: "a participle after a quote nobody was given has the sentence's subject",
             body: "Mayor Anna Kowalski waved away the council's \"plan,\" saying, \"Nobody on that council has read it.\"",
             quote: "Nobody on that council has read it.", speaker: "Anna Kowalski", rule: "verb-before"),
        Case(failure: "when the reported clause's verb names nobody, the reporter of it speaks",
             body: "Mayor Anna Kowalski spoke on Monday. Kowalski said that after legal advice Westport had concluded the bridge was \"safe for traffic again\".",
             quote: "safe for traffic again", speaker: "Anna Kowalski", rule: "verb-before"),
        Case(failure: "the subject of a passive speech verb is not its speaker",
             body: "Singer Paul Okafor has been praised by police for \"very bravely\" chasing a burglar from his house.",
             quote: "very bravely", speaker: nil, rule: nil),
        Case(failure: "the person a speaker said would act is not the 'he' who goes on speaking",
             body: "Dan Webb said Tom Reyes would lead the new team. \"It is the right choice,\" he said.",
             quote: "It is the right choice,", speaker: "Dan Webb", rule: "verb-after"),
        Case(failure: "the one asked about a quote is not its speaker, nor is the interviewer",
             body: "Senator Tom Reyes spoke in Dayton on Monday.\n\nIn a radio interview with KXYZ's Maria Lopez, Senator Tom Reyes was asked about his \"not ready yet\" remark.",
             quote: "not ready yet", speaker: nil, rule: nil),
        Case(failure: "a person named inside a thing that cannot speak is not its speaker",
             body: "Senator Tom Reyes spoke in Dayton on Monday.\n\n\"Vote for the whole team on Saturday,\" said the printed Reyes campaign flyer.",
             quote: "Vote for the whole team on Saturday,", speaker: nil, rule: nil),
        Case(failure: "an organisation named inside a description still speaks",
             body: "The Westport Herald tabloid backed Senator Tom Reyes on Monday.\n\n\"He is the only choice,\" said the local Westport Herald tabloid.",
             quote: "He is the only choice,", speaker: "Westport Herald", rule: "verb-after"),
        Case(failure: "the state after a setting's town is part of the setting, not the subject",
             body: "At a town meeting in Dayton, Ohio, on Friday, Mayor Anna Kowalski defended the bridge plan, saying it was \"built to last for a century.\"",
             quote: "built to last for a century.", speaker: "Anna Kowalski", rule: "verb-before"),
        Case(failure: "a capitalised sentence adverb is no name",
             body: "Mayor Anna Kowalski backed the bridge plan on Monday.\n\nLikewise, a report from the Westport Institute had this to say about the bridge: \"It will pay for itself within a decade.\"",
             quote: "It will pay for itself within a decade.", speaker: "a report from the Westport Institute", rule: "verb-before"),
        Case(failure: "'charged' after a quote is its speech verb",
             body: "Mayor Anna Kowalski backed the bridge plan on Monday.\n\n\"You have ignored the river for years,\" Kowalski charged in her speech.",
             quote: "You have ignored the river for years,", speaker: "Anna Kowalski", rule: "verb-after"),
        Case(failure: "'concludes' after a quote is its speech verb",
             body: "Mayor Anna Kowalski backed the bridge plan on Monday.\n\n\"The bridge will pay for itself,\" Kowalski concludes.",
             quote: "The bridge will pay for itself,", speaker: "Anna Kowalski", rule: "verb-after"),
        Case(failure: "a verb of blame quotes the words it blames with",
             body: "Mayor Anna Kowalski spoke on Monday.\n\nKowalski blamed the collapse on \"years of neglect by the council.\"",
             quote: "years of neglect by the council.", speaker: "Anna Kowalski", rule: "verb-before"),
        Case(failure: "a time set off before the subject is not the subject of the participle",
             body: "Mayor Anna Kowalski spoke on Monday.\n\nHours later, Kowalski returned to the council chamber, telling reporters, \"The bridge stays where it is.\"",
             quote: "The bridge stays where it is.", speaker: "Anna Kowalski", rule: "verb-before"),
        Case(failure: "a described subject of a participle speaks",
             body: "Anna Kowalski, a retired engineer, spoke on Monday.\n\nThe retired engineer began by thanking the crowd, saying the bridge was \"finally finished after ten years.\"",
             quote: "finally finished after ten years.", speaker: "the retired engineer", rule: "verb-before"),
        Case(failure: "a relative clause after a name's role leaves the name as the subject",
             body: "Maria Gonzalez, president of the Springfield Education Association, which represents Springfield County teachers, said she hopes the rally sends a message that \"parents are standing with us.\"",
             quote: "parents are standing with us.", speaker: "Maria Gonzalez", rule: "verb-before"),
        Case(failure: "a relative clause after a name's age and home town leaves the name as the subject",
             body: "Tom Baker, 61, of Dayton, Ohio, who watched the march from a bench on the Common, said the day reminded him of \"all the people who fought for these schools.\"",
             quote: "all the people who fought for these schools.", speaker: "Tom Baker", rule: "verb-before"),
        Case(failure: "a relative clause with a subject of its own is not an aside",
             body: "Senator Ann Mercer criticized the governor's spending, which a state report said was \"reckless and unlawful\" last year.",
             quote: "reckless and unlawful", speaker: "a state report", rule: "verb-before"),
        Case(failure: "a possessive name before a participle's subject only says whose it is",
             body: "Governor Helen Price faces a recall vote. Price's campaign dismissed the audit on Monday, telling reporters, \"This is a partisan stunt.\"",
             quote: "This is a partisan stunt.", speaker: "Price's campaign", rule: "verb-before"),
        Case(failure: "the one told after a closed appositive is the listener, not the speaker",
             body: "\"There was no reason it could not have survived,\" Rob Lord, the first general manager of the company, told Ars in 2012.",
             quote: "There was no reason it could not have survived,", speaker: "Rob Lord", rule: "verb-after"),
        Case(failure: "a setting after a subjectless speech verb names no speaker",
             body: "The storm reached the coast on Monday.\n\n\"We were very concerned about the beaches,\" said in an interview with CNN.",
             quote: "We were very concerned about the beaches,", speaker: nil, rule: nil),
        Case(failure: "a place after a word that is no first name is a group, not a person",
             body: "Croatia joined the union on Monday. But protest movement Occupy Croatia argued in a statement that \"the union is not a solution to our problems.\"",
             quote: "the union is not a solution to our problems.", speaker: nil, rule: nil),
        Case(failure: "an organisation before a first name is where the person works",
             body: "President of the European Parliament Martin Schulz called the accession a \"historic day.\"",
             quote: "historic day.", speaker: "Martin Schulz", rule: "verb-before"),
        Case(failure: "a generational suffix is no surname",
             body: "\"You never told the police your father hurt you,\" defense attorney Thomas Mesereau Jr. said.",
             quote: "You never told the police your father hurt you,", speaker: "Thomas Mesereau", rule: "verb-after"),
        Case(failure: "an Arabic surname's lower-case article stays in the name",
             body: "\"The date of the vote is a landmark,\" Sunni cleric Ali al-Zand told a congregation in Baghdad.",
             quote: "The date of the vote is a landmark,", speaker: "Ali al-Zand", rule: "verb-after"),
        Case(failure: "a plural's possessive apostrophe says whose the role is, not who speaks",
             body: "\"He never came to us and asked for a divorce,\" said another of Ronald Cummings' attorneys, Brandon Beardsley.",
             quote: "He never came to us and asked for a divorce,", speaker: "Brandon Beardsley", rule: "verb-after"),
        Case(failure: "a day after 'said' is when, not who: the subject before the comma speaks",
             body: "\"Nobody knows how much money they have spent,\" Sen. Mitch McConnell, the leading Republican in the Senate, said Sunday on CBS.",
             quote: "Nobody knows how much money they have spent,", speaker: "Mitch McConnell", rule: "verb-after"),
        Case(failure: "the subject follows an opening subordinate clause",
             body: "Judge John Roberts faced the Senate committee on Tuesday.\n\nBefore the committee vote on Roberts, Sen. Herb Kohl, D-Wis., said, \"I will vote my hopes and not my fears.\"",
             quote: "I will vote my hopes and not my fears.", speaker: "Herb Kohl", rule: "verb-before"),
        Case(failure: "a role before a name that a relative clause follows leaves the name as the subject",
             body: "Varna attorney Dennis Kask, who represented the couples, said \"this is a great day for civil rights in Ostland.\"",
             quote: "this is a great day for civil rights in Ostland.", speaker: "Dennis Kask", rule: "verb-before"),
        Case(failure: "an occupation written as a title is no part of the name",
             body: "\"You should worry about measles if you have a high fever,\" said Epidemiologist Dr. Marina Keller.",
             quote: "You should worry about measles if you have a high fever,", speaker: "Marina Keller", rule: "verb-after"),
        Case(failure: "a capitalised sentence adverb names no one a pronoun could point to",
             body: "Already Democratic donors have given $2 million to the new committee in Varna.\n\n\"I am not retired in any way, shape or form,\" she said.",
             quote: "I am not retired in any way, shape or form,", speaker: nil, rule: nil),
        Case(failure: "a name signed after a dash closes the quote's paragraph",
             body: "Readers wrote in after the debate in Varna.\n\n\u{201C}He is someone no sane person would want as president.\u{201D} \u{2014} Luis Olidem, Tucson",
             quote: "He is someone no sane person would want as president.", speaker: "Luis Olidem", rule: "dash-signature"),
        Case(failure: "a quote paragraph after signed ones is not the last signer's",
             body: "Readers wrote in after the debate in Varna.\n\n\u{201C}He scares me.\u{201D} \u{2015} Krystal Correa\n\n\u{201C}Maybe we can build a wall around him.\u{201D}",
             quote: "Maybe we can build a wall around him.", speaker: nil, rule: nil),
        // Session 12's unseen set (30 articles, 24 outlets), read after it was measured.
        Case(failure: "an opening participle phrase is no subject, and a name after its role right before the verb is",
             body: "Answering questions on the plan from People Before Profit TD Gino Kask, the health service interim chief executive Stephen Marsh said: \u{201C}It\u{2019}s behind target.\u{201D}",
             quote: "It\u{2019}s behind target.", speaker: "Stephen Marsh", rule: "verb-before"),
        Case(failure: "a party tag after a lawmaker's name does not end the sentence",
             body: "\"We're going to fight this with every effort that we have,\" caucus Chairwoman Barbara Lind, D-Calif., told reporters Thursday.",
             quote: "We're going to fight this with every effort that we have,", speaker: "Barbara Lind", rule: "verb-after"),
        Case(failure: "a progressive verb of saying has its own subject, not the first clause's",
             body: "The Varnian Premier has declared a seven-day state of emergency, and the fire chief is predicting \"the most dangerous bushfire week this nation has ever seen\".",
             quote: "the most dangerous bushfire week this nation has ever seen", speaker: "the fire chief", rule: "verb-before"),
        Case(failure: "a storm named like a person is no one a pronoun can point to",
             body: "Hurricane Sandy battered the coast of Varna in October.\n\n\"This is an epic summer for a collection of beach glass,\" she said.",
             quote: "This is an epic summer for a collection of beach glass,", speaker: nil, rule: nil),
        Case(failure: "a plural of people after where they work speaks as a group, not as the firm",
             body: "\"Rising house prices are supporting broader economic growth,\" wrote Varnia Financial economists Tuesday.",
             quote: "Rising house prices are supporting broader economic growth,", speaker: "Varnia Financial economists", rule: "verb-after"),
        Case(failure: "a surname written with a capitalised particle is the full name's",
             body: "Mayor Bill de Blasio named three aides on Tuesday.\n\n\"When it is a strategic decision, the buck stops right here,\" De Blasio said.",
             quote: "When it is a strategic decision, the buck stops right here,", speaker: "Bill de Blasio", rule: "verb-after"),
        // Session 12's third unseen set (30 articles, 22 outlets), read after it was measured.
        Case(failure: "a document's description ends before the participle that says where it went",
             body: "\"You must inform him that the insects will not sting,\" said a 2002 memo sent to the Varnian agency's acting general counsel.",
             quote: "You must inform him that the insects will not sting,", speaker: "a 2002 memo", rule: "verb-after"),
        Case(failure: "the one lawyers quoted as saying something is its speaker",
             body: "\"At that moment, I saw nothing but the minister,\" defense lawyers quoted Ali Hassan as saying.",
             quote: "At that moment, I saw nothing but the minister,", speaker: "Ali Hassan", rule: "verb-after"),
        Case(failure: "a street named like a person is no one a pronoun can point to",
             body: "Fifth Avenue was closed to traffic in Varna on Sunday.\n\n\"I love it obviously,\" she said.",
             quote: "I love it obviously,", speaker: nil, rule: nil),
        Case(failure: "the source an 'according to' cites is who the next 'he said' means",
             body: "\"The cattle are still wandering around the estate,\" Mr Lind said.\n\nAccording to estate manager Ross Kask, all the stock have now been returned.\n\n\"I had calls from a couple of residents, but that is about it,\" he said.",
             quote: "I had calls from a couple of residents, but that is about it,", speaker: "Ross Kask", rule: "verb-after"),
        // Session 12's fourth unseen set (30 articles, 30 outlets), read after it was measured.
        Case(failure: "a department named after a role's 'of' is no part of the person's name",
             body: "\"We will keep schools open,\" said Chief of Human Resources Paul Kask.",
             quote: "We will keep schools open,", speaker: "Paul Kask", rule: "verb-after"),
        // Session 12's fifth unseen set (30 articles, 30 outlets), read after it was measured.
        Case(failure: "a name between 'the' and a lower-case noun names a kind of thing, not a person",
             body: "The team lost home and away and were ousted at the group stage of the ICC Champions trophy last year.\n\n\"This is all about working hard, and credit goes to everyone who played,\" he responded.",
             quote: "This is all about working hard, and credit goes to everyone who played,", speaker: nil, rule: nil),
        // Session 12's last unseen set (30 articles, 21 outlets), read after it was measured.
        Case(failure: "a participle phrase after a dateline is no subject either",
             body: "VARNA – Declaring the future of the region at stake, President Aron Kask on Sunday said all nations had a \"moral responsibility\" to act.",
             quote: "moral responsibility", speaker: "Aron Kask", rule: "verb-before"),
        Case(failure: "a clause joined by 'and' after a quoted phrase has its own subject",
             body: "Rep. Lena Varga (R-Osk) called the proposal an example of a \"heavy-handed, government-knows-best mentality,\" and Lind said the new regulators would rule as kings.",
             quote: "heavy-handed, government-knows-best mentality,", speaker: "Lena Varga", rule: "verb-before"),
        Case(failure: "a ship, which English calls 'she', is no person",
             body: "The USS Roosevelt docked in Varna on Sunday with 5,000 sailors aboard.\n\n\"It just makes what you're doing so much more meaningful,\" she said.",
             quote: "It just makes what you're doing so much more meaningful,", speaker: nil, rule: nil),
    ]

    @Test(arguments: cases)
    func speakerFollowsTheConvention(_ testCase: Case) throws {
        let quotes = extract(testCase.body).quotes
        let quote = try #require(quotes.first { $0.text == testCase.quote }, "quotes found: \(quotes.map(\.text))")
        #expect(quote.speaker?.lowercased() == testCase.speaker?.lowercased(), "candidate \(quote.candidate ?? "-"), rule \(quote.attribution ?? "-")")
        if let rule = testCase.rule { #expect(quote.attribution == rule) }
    }

    @Test func anOrganisationBeforeARelativeClauseIsItsSubject() throws {
        let body = "The Southern Poverty Law Center, which monitors U.S. hate groups, said Spencer is \"a radical separatist.\""
        let quote = try #require(extract(body).quotes.first)
        #expect((quote.speaker ?? quote.candidate) == "Southern Poverty Law Center")
    }

    @Test func aSpeakerNamedInsideTheQuoteLowersConfidence() throws {
        let body = "Former prime minister Jim Callaghan died on Saturday. Lord Heseltine paid tribute.\n\n"
            + "\"But I saw the other side of Jim Callaghan,\" he said."
        let quote = try #require(extract(body).quotes.first)
        #expect(quote.signals?.namedInQuote == (quote.speaker ?? quote.candidate) .map { $0.hasSuffix("Callaghan") })
        if quote.speaker?.hasSuffix("Callaghan") == true || quote.candidate?.hasSuffix("Callaghan") == true {
            #expect((quote.confidence ?? 1) < 0.5, "a speaker named inside their own quote is doubted")
        }
    }

    @Test func aQuoteCarriedFromHeOrSheIsNoSurerThanThePronoun() throws {
        let opening = "Mayor Anna Kowalski opened the bridge on Friday.\n\n"
        let rest = " \"It was worth every one of them.\""
        let fromName = try #require(extract(opening + "\"It took ten years,\" Kowalski said." + rest).quotes.first { $0.text.hasPrefix("It was worth") })
        let fromPronoun = try #require(extract(opening + "\"It took ten years,\" she said." + rest).quotes.first { $0.text.hasPrefix("It was worth") })
        #expect(fromName.attribution == "continued" && fromPronoun.attribution == "continued")
        #expect(fromName.signals?.carriesPronoun == false)
        #expect(fromPronoun.signals?.carriesPronoun == true)
        #expect(try #require(fromPronoun.confidence) < #require(fromName.confidence))
    }

    @Test func aWithheldSpeakerKeepsItsCandidateAndConfidence() throws {
        // A paragraph of quote carried over from a "he" with several people of the same
        // gender in the sentences before it.
        let body = "Coach Tom Reyes met Captain Sam Ortiz, Mayor Dan Webb and Senator Bill Hart on Friday, "
            + "and Dr Paul Green joined them. \"Nobody here wants a strike,\" he said after the meeting.\n\n"
            + "\"We will meet again next week.\""
        let quote = try #require(extract(body).quotes.last)
        #expect(quote.speaker == nil)
        #expect(quote.candidate != nil)
        #expect((quote.confidence ?? 1) < AttributionConfidence.threshold)
        #expect((quote.signals?.rivals ?? 0) >= 2)
    }

    @Test func pointsAddedAreNoClaim() throws {
        let figures = extract("Danilo Gallinari added 25 points in his old arena. Officials said 11 people were hurt in the crush.").figures
        #expect(try #require(figures.first { $0.text.hasPrefix("25") }).source == nil)
        #expect(try #require(figures.first { $0.text == "11" }).source != nil)
        let roundup = extract("Aron Kask added his seventh for the Varna club, and Ivo Lind stopped 27 shots in the win.").figures
        #expect(try #require(roundup.first { $0.text == "27" }).source == nil)
        let deal = extract("Varna Beauty acquired a 51% stake in the brand, a deal announced at the beginning of the week.").figures
        #expect(try #require(deal.first { $0.text == "51%" }).source == nil, "a deal says nothing")
        #expect(extract("A Varna police spokesman said 40 people were hurt.").figures.first?.source == "A Varna police spokesman")
    }

    @Test func confidenceFallsWithEverySignal() {
        let clean = Attribution(speaker: "Anna Kowalski", rule: .verbAfter, mention: .name)
        var doubted = clean
        doubted.features.rivals = 2
        var named = clean
        named.features.namedInQuote = true
        #expect(AttributionConfidence.confidence(of: clean) > 0.9)
        #expect(AttributionConfidence.confidence(of: doubted) < AttributionConfidence.confidence(of: clean))
        #expect(AttributionConfidence.confidence(of: named) < AttributionConfidence.confidence(of: clean))
    }
}
