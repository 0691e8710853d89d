/// The design's JSON for extracted facts, written directly. `JSONEncoder` spent more
/// time encoding an article's facts than extraction spent finding them; this writes
/// the same bytes (`.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`) in a pass.
extension ArticleFacts {
    /// The facts as one pretty-printed JSON object, keys sorted, starting at `indent`.
    public func prettyJSON(indent: Int = 0) -> String {
        var writer = PrettyJSONWriter()
        writer.object(indent: indent) {
            $0.field("article") { $0.string(article) }
            $0.field("dates") { $0.array(dates) { $0.dateFact($1) } }
            $0.field("figures") { $0.array(figures) { $0.figureFact($1) } }
            $0.field("published") { $0.optional(published) }
            $0.field("quotes") { $0.array(quotes) { $0.quoteFact($1) } }
            $0.field("source") { $0.optional(source) }
            $0.field("title") { $0.optional(title) }
        }
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

/// A minimal pretty JSON writer with Foundation's layout: two-space indents, `" : "`,
/// empty arrays as `[`, blank line, `]`.
struct PrettyJSONWriter {
    /// UTF-8 out: appending bytes costs a fraction of appending to a `String`.
    var bytes: [UInt8] = []
    /// The indent of the container being written.
    private var depth = 0
    /// Fields written so far in each open object, innermost last.
    private var fieldCounts: [Int] = []

    mutating func object(indent: Int? = nil, _ fields: (inout PrettyJSONWriter) -> Void) {
        if let indent { depth = indent }
        if bytes.isEmpty { bytes.reserveCapacity(1 << 14) }
        raw("{")
        fieldCounts.append(0)
        fields(&self)
        fieldCounts.removeLast()
        raw("\n")
        pad(depth)
        raw("}")
    }

    mutating func field(_ key: String, _ value: (inout PrettyJSONWriter) -> Void) {
        raw(fieldCounts[fieldCounts.count - 1] == 0 ? "\n" : ",\n")
        fieldCounts[fieldCounts.count - 1] += 1
        pad(depth + 2)
        string(key)
        raw(" : ")
        depth += 2
        value(&self)
        depth -= 2
    }

    mutating func array<T>(_ items: [T], _ element: (inout PrettyJSONWriter, T) -> Void) {
        raw("[\n")
        for (index, item) in items.enumerated() {
            if index > 0 { raw(",\n") }
            pad(depth + 2)
            depth += 2
            element(&self, item)
            depth -= 2
        }
        raw("\n")
        pad(depth)
        raw("]")
    }

    mutating func optional(_ value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    mutating func number(_ value: Double) {
        // JSONEncoder writes `description` without a trailing ".0".
        var written = value.description
        if written.hasSuffix(".0") { written.removeLast(2) }
        raw(written)
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                start = index + 1
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                case 0x08: raw("\\b")
                case 0x0C: raw("\\f")
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    raw("\\u00")
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0xF)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    fileprivate mutating func pad(_ count: Int) {
        for _ in 0..<count { bytes.append(UInt8(ascii: " ")) }
    }

    mutating func quoteFact(_ quote: QuoteFact) {
        object {
            if let attribution = quote.attribution { $0.field("attribution") { $0.string(attribution) } }
            $0.field("sentence") { $0.string(quote.sentence) }
            $0.field("short") { $0.raw(quote.short ? "true" : "false") }
            $0.field("speaker") { $0.optional(quote.speaker) }
            $0.field("start") { $0.raw(String(quote.start)) }
            $0.field("text") { $0.string(quote.text) }
        }
    }

    mutating func figureFact(_ figure: FigureFact) {
        object {
            if let qualifier = figure.qualifier { $0.field("qualifier") { $0.string(qualifier) } }
            $0.field("sentence") { $0.string(figure.sentence) }
            if let source = figure.source { $0.field("source") { $0.string(source) } }
            $0.field("start") { $0.raw(String(figure.start)) }
            $0.field("text") { $0.string(figure.text) }
            $0.field("unit") { $0.optional(figure.unit) }
            $0.field("value") { writer in
                switch figure.value {
                case nil: writer.raw("null")
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
            $0.field("start") { $0.raw(String(date.start)) }
            $0.field("text") { $0.string(date.text) }
        }
    }
}
