import TextMachinery

/// The canonical JSON of a bank, written directly in a fixed key order: an item reads
/// top-down as a teacher would write it (id, kind, prompt, answer…), regenerating a
/// bank gives a clean diff, and a 35,000-item bank takes a fraction of `JSONEncoder`'s
/// time (which also shuffled keys between runs).
enum BankJSON {
    static func encode(_ bank: Bank) -> String {
        var writer = PrettyJSONWriter()
        writer.object(indent: 0) {
            $0.field("format") { $0.string(bank.format) }
            $0.field("version") { $0.integer(bank.version) }
            $0.field("title") { $0.string(bank.title) }
            $0.field("items") { $0.array(bank.items) { writer, item in item.write(to: &writer) } }
        }
        return writer.text + "\n"
    }
}

extension Item {
    /// The keys and omissions of `encode(to:)`, in its order.
    fileprivate func write(to writer: inout PrettyJSONWriter) {
        writer.object {
            $0.field("id") { $0.string(id.rawValue) }
            $0.field("kind") { $0.string(kind.rawValue) }
            $0.field("prompt") { $0.string(prompt) }
            $0.field("answer") { writer in
                switch answer {
                case .text(let value): writer.string(value)
                case .number(let value): BankJSON.number(value, to: &writer)
                case .truth(let value): writer.bool(value)
                }
            }
            if !accept.isEmpty { $0.field("accept") { $0.array(accept) { $0.string($1) } } }
            if let choices { $0.field("choices") { $0.array(choices) { $0.string($1) } } }
            if let tolerance { $0.field("tolerance") { BankJSON.number(tolerance, to: &$0) } }
            if let explanation { $0.field("explanation") { $0.string(explanation) } }
            if let evidence {
                $0.field("evidence") { writer in
                    writer.object {
                        $0.field("source") { $0.string(evidence.source) }
                        $0.field("sentence") { $0.string(evidence.sentence) }
                        if let url = evidence.url { $0.field("url") { $0.string(url) } }
                    }
                }
            }
            if !tags.isEmpty { $0.field("tags") { $0.array(tags) { $0.string($1) } } }
            if let score { $0.field("score") { BankJSON.number(score, to: &$0) } }
        }
    }
}

extension BankJSON {
    /// Whole numbers as integers ("1000", not "1000.0"), as `Answer` encodes them.
    static func number(_ value: Double, to writer: inout PrettyJSONWriter) {
        if let whole = Answer.wholeNumber(value) { writer.integer(Int(whole)) } else { writer.number(value) }
    }
}
