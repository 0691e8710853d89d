/// The signals of one attribution read off the text around its quote: where they hold, the
/// rule's measured precision drops, and the confidence with it (`AttributionConfidence`).
extension AttributionSignals {
    /// None: nothing read yet.
    static let none = AttributionSignals(rivals: 0, namedInQuote: false, embedded: false, paragraphsBack: 0, carriesPronoun: false)

    init(_ attribution: Attribution, quote: QuoteInContext, in extractor: QuoteExtractor, history: AttributionHistory) {
        self = .none
        embedded = quote.embedded
        // "But I saw the other side of Jim Callaghan" is about Callaghan, seldom by him.
        if let surname = attribution.speaker.split(separator: " ").last, surname.first?.isUppercase == true {
            namedInQuote = Self.containsWord(quote.text, surname)
        }
        let sentences = extractor.sentences
        let sentence = sentences[quote.sentenceIndex]
        switch attribution.mention {
        case .pronoun:
            let from = sentences[max(0, quote.sentenceIndex - 1)].range.lowerBound
            rivals = extractor.people.rivals(of: attribution.speaker, in: from..<sentence.range.upperBound,
                                                 pronoun: extractor.people.gender(of: attribution.speaker) == "f" ? "she" : "he")
        case .carried:
            let from: Int
            if attribution.rule == .continued, quote.index > 0 {
                from = extractor.spans[quote.index - 1].open
            } else {
                from = extractor.article.paragraphs[max(0, quote.span.paragraph - 1)].range.lowerBound
            }
            rivals = extractor.people.rivals(of: attribution.speaker, in: from..<quote.span.open)
            if attribution.rule == .continued {
                carriesPronoun = history.throughPronoun[quote.index - 1]
            } else if let last = history.lastSpeaker, last.name == attribution.speaker {
                carriesPronoun = last.throughPronoun
                if attribution.rule == .quoteParagraph { paragraphsBack = quote.span.paragraph - last.paragraph }
            }
        default:
            rivals = extractor.people.rivals(of: attribution.speaker, in: sentence.range)
        }
    }

    /// `word` stands in `text` as a whole word (not inside a longer one). Compared as
    /// UTF-8 bytes: most quotes do not contain the name at all, and a character-wise
    /// search cost more than the rest of attribution.
    static func containsWord(_ text: String, _ word: Substring) -> Bool {
        let needle = Array(word.utf8)
        guard let first = needle.first else { return false }
        let haystack = Array(text.utf8)
        guard haystack.count >= needle.count else { return false }
        func isLetterByte(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x80 }
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle),
                index == 0 || !isLetterByte(haystack[index - 1]),
                index + needle.count == haystack.count || !isLetterByte(haystack[index + needle.count])
            {
                return true
            }
            index += 1
        }
        return false
    }
}
