/// A fast reader for banks in the canonical JSON shape, over bytes. `JSONDecoder` took
/// most of a quiz's start-up on a 20,000-item bank; this reads the same bank in a
/// fraction of it. Anything it does not fully recognise (an unknown key, a kind it does
/// not know, a wrong type) returns nil, and the caller decodes with `JSONDecoder`,
/// which gives the same result or the precise error with its line and column.
enum BankJSONScanner {
    static func bank(from text: String) -> Bank? {
        var text = text
        return text.withUTF8 { bytes in
            var cursor = JSONCursor(bytes: bytes)
            let bank = cursor.bank()
            cursor.skipSpace()
            return cursor.atEnd ? bank : nil
        }
    }
}

/// A position in JSON bytes with the moves a bank needs; every method returns nil (and
/// the whole read gives up) at anything unexpected.
private struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }

    mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
    }

    mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func peek() -> UInt8? {
        skipSpace()
        return index < bytes.count ? bytes[index] : nil
    }

    /// Calls `field` for each key of an object; false if the object is malformed or a
    /// field was not understood.
    mutating func object(_ field: (inout JSONCursor, String) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            guard let key = string(), take(UInt8(ascii: ":")), field(&self, key) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    mutating func array<T>(_ element: (inout JSONCursor) -> T?) -> [T]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var values: [T] = []
        if take(UInt8(ascii: "]")) { return values }
        repeat {
            guard let value = element(&self) else { return nil }
            values.append(value)
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) ? values : nil
    }

    mutating func null() -> Bool {
        literal("null")
    }

    mutating func literal(_ word: StaticString) -> Bool {
        skipSpace()
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
        index += count
        return true
    }

    mutating func bool() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    mutating func number() -> Double? {
        skipSpace()
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                index += 1
            default:
                return index > start ? Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) : nil
            }
        }
        return nil
    }

    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20 { index += 1 }
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "\"") {
            defer { index += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }
        guard bytes[index] == UInt8(ascii: "\\") else { return nil }  // a raw control character
        var decoded = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: decoded, as: UTF8.self)
            }
            guard byte >= 0x20 else { return nil }
            guard byte == UInt8(ascii: "\\") else {
                decoded.append(byte)
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { return nil }
            index += 2
            switch bytes[index - 1] {
            case UInt8(ascii: "\""): decoded.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): decoded.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): decoded.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex4() else { return nil }
                if (0xD800..<0xDC00).contains(scalar) {  // a surrogate pair
                    guard literal("\\u"), let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let value = Unicode.Scalar(scalar) else { return nil }
                decoded.append(contentsOf: String(Character(value)).utf8)
            default:
                return nil
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    mutating func strings() -> [String]? {
        array { $0.string() }
    }

    // MARK: - The bank's shape

    mutating func bank() -> Bank? {
        var format: String?, version: Int?, title: String?, items: [Item]?
        let understood = object { cursor, key in
            switch key {
            case "format": format = cursor.string(); return format != nil
            case "version":
                guard let number = cursor.number(), number == number.rounded(), abs(number) < 1e9 else { return false }
                version = Int(number)
                return true
            case "title": title = cursor.string(); return title != nil
            case "items": items = cursor.array { $0.item() }; return items != nil
            default: return false
            }
        }
        guard understood, let items else { return nil }
        var bank = Bank(title: title ?? "", items: items)
        bank.format = format ?? Bank.formatName
        bank.version = version ?? Bank.currentVersion
        return bank
    }

    mutating func item() -> Item? {
        var id: String?, kind: Item.Kind?, prompt: String?, answer: Answer?
        var accept: [String]?, choices: [String]?, tolerance: Double?, explanation: String?, evidence: Evidence?, tags: [String]?
        let understood = object { cursor, key in
            if key != "id", key != "prompt", key != "answer", cursor.null() { return true }  // null: absent
            switch key {
            case "id": id = cursor.string(); return id != nil
            case "kind": kind = cursor.string().flatMap(Item.Kind.init(rawValue:)); return kind != nil
            case "prompt": prompt = cursor.string(); return prompt != nil
            case "answer":
                switch cursor.peek() {
                case UInt8(ascii: "\"")?: answer = cursor.string().map(Answer.text)
                case UInt8(ascii: "t")?, UInt8(ascii: "f")?: answer = cursor.bool().map(Answer.truth)
                default: answer = cursor.number().map(Answer.number)
                }
                return answer != nil
            case "accept": accept = cursor.strings(); return accept != nil
            case "choices": choices = cursor.strings(); return choices != nil
            case "tolerance": tolerance = cursor.number(); return tolerance != nil
            case "explanation": explanation = cursor.string(); return explanation != nil
            case "tags": tags = cursor.strings(); return tags != nil
            case "evidence":
                var source: String?, sentence: String?
                let read = cursor.object { cursor, key in
                    switch key {
                    case "source": source = cursor.string(); return source != nil
                    case "sentence": sentence = cursor.string(); return sentence != nil
                    default: return false
                    }
                }
                guard read, let source, let sentence else { return false }
                evidence = Evidence(source: source, sentence: sentence)
                return true
            default: return false
            }
        }
        guard understood, let id, let prompt, let answer else { return nil }
        return Item(id: Item.ID(id), kind: kind ?? .custom, prompt: prompt, answer: answer, accept: accept ?? [],
                    choices: choices, tolerance: tolerance, explanation: explanation, evidence: evidence, tags: tags ?? [])
    }
}
