import TextMachinery
import Foundation

/// Who puts a claim forward, and the claim without its attribution: news sentences name
/// their claimant in a few fixed shapes ("X said (that) …", "…, X said.", "…, said X.",
/// "According to X, …", "…, according to X."). A sentence with two attributions ("Z told
/// TV that he estimated …, the BBC reported") has two claimants and makes no item.
enum Claimants {
    enum Sort { case person, organisation, description }

    static let verbs: Set<String> = ["said", "says", "told", "estimated", "estimates", "reported", "claimed", "claims", "stated",
                                     "announced", "added", "warned", "insisted", "believes", "estimate", "according"]

    /// "A top NATO official" at the start of a sentence is "a top NATO official" elsewhere.
    static func display(_ claimant: String) -> String {
        if sort(of: claimant) == .person, let name = personName(trailingName(claimant) ?? claimant) { return name }
        let words = claimant.spaceSeparated
        guard let first = words.first.map(String.init) else { return claimant }
        // "A Met spokesman", "The Labour leader": a description whatever its middle words,
        // when it ends on a lower-case head noun; written mid-sentence, its article is lower case.
        let endsOnNoun = words.count > 1 && words.last?.first?.isLowercase == true
        let opensDescription = (["A", "An", "The"].contains(first) && words.count > 1 && (words[1].first?.isLowercase == true || endsOnNoun))
            || commonNouns.contains(first)
        guard opensDescription else { return claimant }
        return first.lowercased() + claimant.dropFirst(first.count)
    }

    /// Words of a job title before a name ("Communications Director Jennifer Palmieri"): a
    /// choice that alone carries a title stands out from the others.
    static let titleWords: Set<String> = [
        "Director", "Communications", "Speaker", "President", "Vice", "Prime", "Minister", "Secretary", "Sen.", "Sen", "Rep.", "Rep", "Gov.",
        "Gov", "Chancellor", "Spokesman", "Spokeswoman", "Chief", "Executive", "General", "Gen.", "Ambassador", "Mayor", "Senator", "Governor",
        "Judge", "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Foreign", "Defence", "Defense", "Home", "Interior", "State", "Deputy",
        "Former", "Leader", "Col.", "Colonel", "Manager", "Campaign", "Chairman", "Chairwoman", "Chairperson", "MEC", "MLA", "MPP", "MSP", "TD", "MP", "CEO", "CJ", "CJI", "CJP", "LTGEN", "MAJGEN", "LTCOL", "VADM", "RADM", "Coach", "Captain", "Professor", "Prof.",
        "US", "U.S.", "UK", "Democratic", "Republican", "Labour", "Conservative", "Ukrainian", "Russian", "American", "British",
        "Administrator", "Commissioner", "Attorney", "Adm.", "Admiral", "Lt.", "Sgt.", "Rev.", "Officer", "Director-General",
        "Secretary-General", "Inspector", "Detective", "Superintendent", "Sheriff", "Councilman", "Councilwoman", "Councillor",
        // "Democrats Hillary Clinton, Bernie Sanders …": a party before a list of names.
        "Democrat", "Democrats", "Republicans", "GOP", "Sens.", "Reps.", "Govs.", "Senators", "Representatives", "Governors", "Congressman",
        "Congresswoman", "Rabbi", "Father", "Bishop", "Cardinal", "Pope", "Imam", "Pastor", "Magistrate", "Constable", "Sergeant",
        // School years written as titles ("Sophomore Ann Lee"); "Junior" and "Senior" are
        // given names too ("Junior Firpo").
        "Freshman", "Sophomore",
        // Occupations written as titles: "Oceanographer Charitha Pattiaratchi said".
        "Oceanographer", "Economist", "Scientist", "Analyst", "Strategist", "Pollster", "Researcher", "Historian", "Lawyer", "Columnist",
        "Physicist", "Chemist", "Biologist", "Epidemiologist", "Virologist", "Geologist", "Psychologist", "Sociologist", "Astronomer",
        "Meteorologist", "Engineer", "Spokesperson", "Commentator", "Activist", "Consultant", "Adviser", "Advisor", "Producer", "Curator",
        // Local roles written as titles: "Neighbor Leanna Olsen", "Resident Ann Lee".
        "Neighbor", "Neighbour", "Resident", "Homeowner",
    ]

    /// A speaker as choices show it: a person by their bare name ("Jen Psaki" for "State
    /// Department spokeswoman Jen Psaki"), nil when that is no clean name; anyone else as written.
    static func castName(of speaker: String) -> String? {
        sort(of: speaker) == .person ? personName(trailingName(speaker) ?? speaker) : speaker
    }

    /// The name without its title, or nil when it is not a clean person's name (a
    /// lowercase word or "Los Angeles-area Sanders" in it).
    static func personName(_ speaker: String) -> String? {
        var words = speaker.spaceSeparated.map(String.init)
        // "Wisconsin Gov Scott Walker": the name follows the last title word.
        if let lastTitle = words.lastIndex(where: { titleWords.contains($0) && $0.first?.isUppercase == true }), words.count - lastTitle - 1 >= 2 {
            words = Array(words[(lastTitle + 1)...])
        }
        while words.count > 1, titleWords.contains(words[0]) { words.removeFirst() }
        guard !words.isEmpty, words.allSatisfy({ $0.first?.isUppercase == true || PromptText.surnameParticles.contains($0) }),
            !words.contains(where: { CanonicalSearch.contains($0, "-area") || CanonicalSearch.contains($0, "-based") || $0.hasSuffix("-born") })
        else { return nil }
        // "Mark S Liberman": extraction's names drop the period of an initial; the article writes it.
        return words.map { $0.count == 1 && $0.first?.isUppercase == true ? $0 + "." : $0 }.joined(separator: " ")
    }

    /// Plural and collective nouns that open a description, capitalised only at a sentence's start.
    static let commonNouns: Set<String> = ["Officials", "Police", "Authorities", "Witnesses", "Residents", "Analysts", "Experts", "Doctors",
                                           "Prosecutors", "Investigators", "Researchers", "Sources", "Critics", "Observers", "Aides",
                                           "Diplomats", "Economists", "Scientists", "Officers", "Rebels", "Troops", "Soldiers", "Activists"]
    /// Lower-case words a name may hold: a surname's particles, and the small words of a
    /// body's name ("Bank of England").
    static let particles: Set<String> = PromptText.surnameParticles.union(["of", "for", "the", "and", "in"])

    /// The capitalised run that ends the name: "State Department spokeswoman Jen Psaki" → "Jen Psaki".
    static func trailingName(_ name: String) -> String? {
        let words = name.spaceSeparated.map(String.init)
        let run = words.reversed().prefix { $0.first?.isUppercase == true }.reversed()
        // "the Committee for a Responsible Federal Budget": a run after "for a" or "of" ends a
        // longer name, and is no name of its own.
        if run.count < words.count, ["for", "a", "an", "of", "the", "and", "on", "to"].contains(words[words.count - run.count - 1]) { return nil }
        return run.count >= 2 && run.count < words.count ? run.joined(separator: " ") : nil
    }

    static let organisationWords: Set<String> = [
        "Ministry", "Department", "Council", "Party", "Committee", "Agency", "Office", "Government", "Police", "Army", "Commission",
        "Association", "Union", "Bank", "Company", "Corporation", "Group", "Institute", "University", "Club", "Court", "Service",
        "Foundation", "League", "News", "Times", "Post", "Reuters", "Kremlin", "Pentagon", "Administration", "Board", "Authority",
        "Federation", "Organisation", "Organization", "Inc", "Ltd", "plc", "Trust", "Society", "Network", "Centre", "Center",
        // Financial and research firms: "Kotak Institutional Equities", "Capital Economics".
        "Equities", "Securities", "Capital", "Partners", "Holdings", "Associates", "Research", "Consulting", "Analytics",
        // Campaign groups named with a common word: "America Rising", "Citizens United".
        "United", "Rising", "Watch", "Action", "Forward", "Matters", "Future", "Alliance", "Coalition", "Project", "Fund", "PAC",
        "Enterprise", "Enterprises", "Corp", "Media", "Systems", "Technologies", "Labs", "Industries", "Airlines", "Motors", "Studios",
        "Entertainment", "Communications", "Solutions", "Energy", "Pharmaceuticals", "Institution",
        "Investments", "Markets", "Ventures", "Advisors", "Advisers", "Economics", "Insights", "Strategies",
        // Camps, collectives and sites that speak: "Gidimt’en Camp", "the Unist’ot’en Camp".
        "Camp", "Collective", "Caucus", "Blog", "Magazine", "Journal", "Review", "Report", "Daily", "Weekly",
    ]


    static func sort(of name: String) -> Sort {
        let words = name.spaceSeparated.map(String.init)
        guard let first = words.first else { return .description }
        if first.first?.isLowercase == true || ["A", "An"].contains(first) || commonNouns.contains(first) { return .description }
        // A job description before a name: "State Department spokeswoman Jen Psaki" is a person.
        if words.contains(where: { $0.first?.isLowercase == true && !particles.contains($0) }) {
            return trailingName(name).map { sort(of: $0) } ?? .description
        }
        if first == "The" || CanonicalSearch.contains(name, "&") || words.contains(where: Self.organisationWords.contains) { return .organisation }
        // No one is called "Zero" or "Seven": a name opening on a number word is a site's, a
        // band's or a firm's ("Zero Hedge", "Seven Network"), and its last word no surname.
        if words.count >= 2, PromptText.spelled.contains(first.lowercased()) { return .organisation }
        if words.count == 1, first.count >= 2, first.allSatisfy({ $0.isUppercase || $0.isNumber }) { return .organisation }
        return .person
    }

    static let auxiliaries: Set<String> = ["have", "has", "are", "is", "were", "was"]

    /// "Many of the estimated 50 million batteries …, researchers say": a quantifier opens
    /// the claim's subject, not a claimant.
    static let quantifiers: Set<String> = ["many", "some", "most", "all", "few", "several", "each", "both", "much", "more", "none", "any", "half"]

    /// A claimant worth naming: a capitalised name or a description of two words or more,
    /// standing outside the quote marks of its sentence, with one attribution in it.
    static func isUsable(_ claimant: String, in sentence: String) -> Bool {
        let words = claimant.spaceSeparated
        guard let first = words.first, claimant.count >= 2, !PromptText.pronouns.contains(first.lowercased()), !quantifiers.contains(first.lowercased()),
            !(words.count == 1 && titleWords.contains(String(first)))
        else { return false }
        let isDescription = ["a", "an", "the"].contains(first.lowercased()) && words.count >= 2
        guard first.first?.isUppercase == true || isDescription || trailingName(claimant) != nil else { return false }
        guard !words.contains(where: { verbs.contains(String($0).lowercased()) || Self.auxiliaries.contains(String($0).lowercased()) }) else { return false }
        let reporter = PromptText.outsideQuotes(sentence)
        guard let range = reporter.byteRange(of: claimant) else { return false }
        // "50 Cent" is no claimant called "Cent": the name starts where the claimant does.
        let before = reporter[..<range.lowerBound].spaceSeparated.last.map(PromptText.bareWord) ?? ""
        if !before.isEmpty, before.first?.isNumber == true || before.first?.isUppercase == true { return false }
        let attributions = reporter.lowercased().spaceSeparated.filter { verbs.contains(PromptText.bareWord($0)) }.count
        return attributions == 1
    }

    /// The sentence's claim without its attribution, or nil when its shape is not one of the
    /// usual ones.
    static func claim(of sentence: String, by claimant: String) -> String? {
        var text = sentence.trimmingCharacters(in: .whitespaces)
        while let last = text.last, ".!".contains(last) { text.removeLast() }
        var claim: String?
        if let range = text.byteRange(of: "According to \(claimant), "), range.lowerBound == text.startIndex {
            claim = String(text[range.upperBound...])
        } else if let range = text.byteRange(of: ", according to \(claimant)"), range.upperBound == text.endIndex {
            claim = String(text[..<range.lowerBound])
        } else if let range = text.byteRange(of: claimant + " ") {
            let prefix = text[..<range.lowerBound]
            let rest = text[range.upperBound...]
            let restWords = rest.split(separator: " ", maxSplits: 1)
            if prefix.isEmpty || (prefix.hasSuffix(", ") && prefix.spaceSeparated.count <= 3), let verb = restWords.first,
                ["said", "says", "estimated", "estimates", "claimed", "claims", "believes", "reported", "announced", "warned", "insisted", "stated"].contains(String(verb)),
                restWords.count == 2,
                // "Bloomberg estimated his fortune at …" takes an object, not a clause.
                !verb.hasPrefix("estimate") || restWords[1].hasPrefix("that ")
            {
                var clause = String(restWords[1])
                for time in ["on Monday ", "on Tuesday ", "on Wednesday ", "on Thursday ", "on Friday ", "on Saturday ", "on Sunday ", "Monday ", "Tuesday ",
                             "Wednesday ", "Thursday ", "Friday ", "Saturday ", "Sunday ", "on ", "today ", "yesterday "] where clause.hasPrefix(time) {
                    clause.removeFirst(time.count)
                    break
                }
                if clause.hasPrefix("that ") { clause.removeFirst(5) }
                // "… said last month that …": a time before the clause.
                let opening = clause.spaceSeparated.prefix(4)
                if let that = opening.firstIndex(of: "that"), that > 0 {
                    clause = clause.spaceSeparated.dropFirst(that + 1).joined(separator: " ")
                }
                claim = clause
            } else if let comma = text.byteRange(of: ", " + claimant + " ", backwards: true) {
                // "…, X said in a statement."
                let tail = text[comma.upperBound...].spaceSeparated
                if let verb = tail.first, ["said", "says", "estimated", "claimed", "reported", "announced", "stated", "added", "warned"].contains(String(verb)), tail.count <= 6 {
                    claim = String(text[..<comma.lowerBound])
                }
            }
        }
        if claim == nil {
            // "…, said Foreign Minister X."
            for verb in ["said", "says", "added"] {
                if let range = text.byteRange(of: ", \(verb) \(claimant)"), range.upperBound == text.endIndex { claim = String(text[..<range.lowerBound]) }
            }
        }
        guard var result = claim?.trimmingCharacters(in: .whitespaces), ByteText.wordCount(result) >= 5,
            !result.contains(where: { PromptText.doubleOpen.contains($0) || PromptText.doubleClose.contains($0) })
        else { return nil }
        // Discourse openers belong to the report, not to the claim.
        for opener in ["Meanwhile, ", "In other developments, ", "However, ", "But ", "And ", "Also, "] where result.hasPrefix(opener) {
            result.removeFirst(opener.count)
        }
        return lowerFirst(result)
    }

    /// The first word lowercased when it is a common word, so the clause reads inside "Who said that …?".
    static func lowerFirst(_ text: String) -> String {
        guard let first = text.spaceSeparated.first else { return text }
        let common: Set<String> = ["The", "A", "An", "At", "Up", "More", "About", "Some", "There", "Around", "Nearly", "Almost", "Over", "In", "On",
                                   "Only", "Fewer", "Less", "Most", "Many", "All", "No", "Its", "Their", "Roughly", "An", "Between"]
        let lowered = first.lowercased()
        if common.contains(String(first)) || PromptText.spelled.contains(lowered) { return lowered + text.dropFirst(first.count) }
        return text
    }
}
