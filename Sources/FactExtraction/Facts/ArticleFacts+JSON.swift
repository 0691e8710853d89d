import TextMachinery
/// The design's JSON for extracted facts, written directly. `JSONEncoder` spent more
/// time encoding an article's facts than extraction spent finding them; this writes
/// the same bytes (`.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`) in a pass.
extension ArticleFacts {
    /// The facts as one pretty-printed JSON object, keys sorted, starting at `indent`.
    public func prettyJSON(indent: Int = 0) -> String {
        String(decoding: prettyJSONBytes(indent: indent), as: UTF8.self)
    }

    /// `prettyJSON` as UTF-8 bytes, for writing out without validating them again.
    public func prettyJSONBytes(indent: Int = 0) -> [UInt8] {
        var writer = PrettyJSONWriter()
        writer.object(indent: indent) {
            $0.field("article") { $0.string(article) }
            $0.field("dates") { $0.array(dates) { $0.dateFact($1) } }
            $0.field("figures") { $0.array(figures) { $0.figureFact($1) } }
            $0.field("published") { $0.optional(published) }
            $0.field("quotes") { $0.array(quotes) { $0.quoteFact($1) } }
            $0.field("source") { $0.optional(source) }
            $0.field("title") { $0.optional(title) }
            // Only when known: text articles without an address keep their output byte for byte.
            if let url { $0.field("url") { $0.string(url) } }
        }
        return writer.bytes
    }
}

extension PrettyJSONWriter {
    mutating func quoteFact(_ quote: QuoteFact) {
        object {
            if let attribution = quote.attribution { $0.field("attribution") { $0.string(attribution) } }
            if let candidate = quote.candidate { $0.field("candidate") { $0.string(candidate) } }
            if let confidence = quote.confidence { $0.field("confidence") { $0.number(confidence) } }
            if let mention = quote.mention { $0.field("mention") { $0.string(mention) } }
            $0.field("sentence") { $0.string(quote.sentence) }
            $0.field("short") { $0.bool(quote.short) }
            if let signals = quote.signals {
                $0.field("signals") { writer in
                    writer.object {
                        $0.field("carries_pronoun") { $0.bool(signals.carriesPronoun) }
                        $0.field("embedded") { $0.bool(signals.embedded) }
                        $0.field("named_in_quote") { $0.bool(signals.namedInQuote) }
                        $0.field("paragraphs_back") { $0.integer(signals.paragraphsBack) }
                        $0.field("rivals") { $0.integer(signals.rivals) }
                    }
                }
            }
            $0.field("speaker") { $0.optional(quote.speaker) }
            $0.field("start") { $0.integer(quote.start) }
            $0.field("text") { $0.string(quote.text) }
        }
    }

    mutating func figureFact(_ figure: FigureFact) {
        object {
            if let qualifier = figure.qualifier { $0.field("qualifier") { $0.string(qualifier) } }
            $0.field("sentence") { $0.string(figure.sentence) }
            if let source = figure.source { $0.field("source") { $0.string(source) } }
            $0.field("start") { $0.integer(figure.start) }
            $0.field("text") { $0.string(figure.text) }
            $0.field("unit") { $0.optional(figure.unit) }
            $0.field("value") { writer in
                switch figure.value {
                case nil: writer.literal("null")
                case .number(let value)?: writer.number(value)
                case .range(let low, let high)?: writer.array([low, high]) { $0.number($1) }
                }
            }
        }
    }

    mutating func dateFact(_ date: DateFact) {
        object {
            $0.field("resolved") { $0.optional(date.resolved) }
            $0.field("sentence") { $0.string(date.sentence) }
            if let source = date.source { $0.field("source") { $0.string(source) } }
            $0.field("start") { $0.integer(date.start) }
            $0.field("text") { $0.string(date.text) }
        }
    }
}
