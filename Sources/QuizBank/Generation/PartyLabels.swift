import TextMachinery

/// The US party a story gives a speaker ("Jim Jordan (R-Ohio)", "Republican Sen. Ann Lee",
/// "Elijah Cummings, the top Democrat on the committee"), and the parties a quote speaks of.
/// A quote that says "Republicans are trying to make political hay" rules out every
/// Republican among its choices: both blind readers struck such an item twice.
enum PartyLabels {
    enum Party: Hashable { case republican, democrat }

    /// The party the sentence gives the speaker, read beside the speaker's surname outside
    /// the quote marks, or nil.
    static func party(of speaker: String, in sentence: String) -> Party? {
        // Read for every quote of every story: most sentences name no party, and a byte search
        // says so before any word is split.
        guard ["R-", "D-", "Republican", "Democrat"].contains(where: { ByteText.contains(sentence, $0) }) else { return nil }
        guard let surname = speaker.spaceSeparated.last.map(String.init), surname.count >= 2 else { return nil }
        let reporter = PromptText.outsideQuotes(sentence)
        guard let range = reporter.byteRange(of: surname) else { return nil }
        let after = reporter[range.upperBound...].prefix(40)
        // "Jordan (R-Ohio)", "Cummings, D-Md.,": the party tag after the name.
        for (tag, party) in [("R-", Party.republican), ("D-", Party.democrat)] {
            if after.hasPrefix(" (\(tag)") || after.hasPrefix(", \(tag)") { return party }
        }
        // "…, the top Democrat on the Oversight Committee", "…, a Republican from Utah".
        let apposition = after.hasPrefix(", ") ? after.dropFirst(2).spaceSeparated.prefix(4).map(PromptText.bareWord) : []
        let described = ["the", "a", "an"].contains(apposition.first ?? "") ? apposition : []
        if let party = described.lazy.compactMap(Self.party(named:)).first { return party }
        // "Republican Sen. Jim Jordan", "Democratic Rep. Ann Lee": the party word just before.
        let before = reporter[..<range.lowerBound].spaceSeparated.suffix(speaker.spaceSeparated.count + 2).map(PromptText.bareWord)
        return before.lazy.compactMap(Self.party(named:)).first
    }

    /// The parties a quote speaks of by name: "Republicans", "the GOP", "the Democratic Party",
    /// "Republican lawmakers" (not "the Democratic Republic of Congo" or "the Republican Guard").
    static func parties(spokenOfIn quote: String) -> Set<Party> {
        let words = quote.spaceSeparated.map(PromptText.bareWord)
        var parties = Set<Party>()
        for (index, word) in words.enumerated() {
            switch word {
            case "Republicans", "GOP": parties.insert(.republican)
            case "Democrats": parties.insert(.democrat)
            case "Republican", "Democratic", "Democrat":
                let next = index + 1 < words.count ? words[index + 1].lowercased() : ""
                if partyMembers.contains(next) { parties.insert(word == "Republican" ? .republican : .democrat) }
            default: break
            }
        }
        return parties
    }

    /// What follows a party's adjective when it names the party or its people.
    static let partyMembers: Set<String> = ["party", "lawmakers", "senators", "leaders", "colleagues", "members", "candidates", "voters",
                                            "establishment", "leadership", "majority", "caucus", "base", "nominee"]

    static func party(named word: String) -> Party? {
        switch word {
        case "Republican", "Republicans", "GOP": .republican
        case "Democrat", "Democrats", "Democratic": .democrat
        default: nil
        }
    }
}
