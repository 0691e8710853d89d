/// `"PENCE: Well, look, …"`: in a transcript the speaker's name, in capitals and followed
/// by a colon, opens what they say.
struct TranscriptLabelRule: QuoteAttributionRule {
    var rule: AttributionRule { .transcriptLabel }
    var readsOwnSentence: Bool { true }

    /// Capitalised words that open transcripts but name no speaker.
    static let notSpeakers: Set<String> = ["VIDEO", "UPDATE", "BYLINE", "AUDIO", "NOTE", "EDITOR'S NOTE", "WATCH", "READ", "CORRECTION", "LOOK", "PHOTO", "Q", "A"]

    func outcome(for quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) -> RuleOutcome {
        // A label is a few capitals: look for its colon in the first bytes only.
        guard let colonByte = quote.text.utf8.prefix(40).firstIndex(of: UInt8(ascii: ":")),
            let colon = colonByte.samePosition(in: quote.text)
        else { return .notApplicable }
        let label = quote.text[..<colon]
        let words = label.split(separator: " ")
        guard (1...3).contains(words.count), label.contains(where: \.isLetter),
            label.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "." || $0 == "'" || $0 == "-" }),
            !Self.notSpeakers.contains(String(label))
        else { return .notApplicable }
        // "PENCE" → "Pence" → the fullest name the article gives ("Mike Pence").
        let name = words.map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
        return .speaker(extractor.people.fullest(name), .name)
    }
}
