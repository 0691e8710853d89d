import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fast reader for banks in the canonical JSON shape, over bytes. `JSONDecoder` took
/// most of a quiz's start-up on a 20,000-item bank; this reads the same bank in a
/// fraction of it. Anything it does not fully recognise (an unknown key, a kind it does
/// not know, a wrong type) returns nil, and the caller decodes with `JSONDecoder`,
/// which gives the same result or the precise error with its line and column.
enum BankJSONScanner {
    static func bank(from text: String) -> Bank? {
        var text = text
        return text.withUTF8 { bank(from: $0) }
    }

    /// - Precondition: `bytes` are valid UTF-8 (`UTF8Validation`).
    static func bank(from bytes: UnsafeBufferPointer<UInt8>) -> Bank? {
        var cursor = JSONCursor(bytes: bytes)
        // A large bank's second half is read on another core while this one reads the
        // first: item parsing is most of a quiz's start-up with 20,000 items.
        if bytes.count >= splitThreshold, let start = itemStart(after: bytes.count / 2, in: bytes) {
            cursor.secondHalf = SecondHalf(bytes: bytes, start: start)
        }
        let bank = cursor.bank()
        cursor.secondHalf?.wait()  // it reads `bytes`: never return while it runs
        cursor.skipSpace()
        return cursor.atEnd ? bank : nil
    }

    /// Below this a second thread costs more than it saves.
    static let splitThreshold = 1 << 20

    /// The first line after `offset` that opens an object: in the canonical layout, an
    /// item. A raw line break is never inside a JSON string, so this needs no parsing;
    /// if the layout is another, the first half never arrives here and reads on alone.
    static func itemStart(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = offset
        while index < bytes.count {
            if bytes[index] == 0x0A {
                var next = index + 1
                while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
                if next < bytes.count, bytes[next] == UInt8(ascii: "{") { return next }
                index = next
            } else {
                index += 1
            }
        }
        return nil
    }
}

/// The items from a given item to the end of the items array, read on another thread.
private final class SecondHalf: @unchecked Sendable {
    let start: Int
    private let done = DispatchSemaphore(value: 0)
    /// The items and the offset just past the array's closing bracket; nil when the bytes
    /// there are not a run of items (the first half then reads them itself).
    private var result: (items: [Item], end: Int)?

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int) {
        self.start = start
        let bytes = UncheckedBytes(bytes: bytes)
        DispatchQueue.global(qos: .userInitiated).async {
            var cursor = JSONCursor(bytes: bytes.bytes)
            cursor.index = start
            self.result = cursor.itemsToEnd()
            self.done.signal()
        }
    }

    func wait() {
        done.wait()
        done.signal()  // later calls return at once
    }

    func items() -> (items: [Item], end: Int)? {
        wait()
        return result
    }
}

/// The caller keeps the bytes alive until `SecondHalf.wait()` returns.
private struct UncheckedBytes: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
}

/// A position in JSON bytes with the moves a bank needs; every method returns nil (and
/// the whole read gives up) at anything unexpected.
private struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// Set on a large bank: where another thread reads the rest of the items from.
    var secondHalf: SecondHalf?

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
    mutating func object(_ field: (inout JSONCursor, Key) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            guard let key = key(), take(UInt8(ascii: ":")), field(&self, key) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    /// An object key as the bytes between its quotes: compared in place, never made a
    /// `String` (ten keys an item, 200,000 in a large bank). A key with an escape is
    /// left to `JSONDecoder`.
    mutating func key() -> Key? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20 { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        index += 1
        return Key(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]))
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
                // 1e400 is no JSON number to JSONDecoder: left to it, so both refuse it.
                guard index > start, let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)),
                    value.isFinite
                else { return nil }
                return value
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
        var seen = SeenKeys()
        let understood = object { cursor, key in
            let position: Int
            if key == "format" {
                position = 0
            } else if key == "version" {
                position = 1
            } else if key == "title" {
                position = 2
            } else if key == "items" {
                position = 3
            } else {
                return false
            }
            guard seen.first(position) else { return false }
            switch position {
            case 0: format = cursor.string(); return format != nil
            case 1:
                guard let number = cursor.number(), number == number.rounded(), abs(number) < 1e9 else { return false }
                version = Int(number)
                return true
            case 2: title = cursor.string(); return title != nil
            default: items = cursor.items(); return items != nil
            }
        }
        guard understood, let items else { return nil }
        var bank = Bank(title: title ?? "", items: items)
        bank.format = format ?? Bank.formatName
        bank.version = version ?? Bank.currentVersion
        return bank
    }

    mutating func items() -> [Item]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        if take(UInt8(ascii: "]")) { return [] }
        return itemsToEnd()?.items
    }

    /// Items from here to the end of their array, and the offset past its bracket; on a
    /// large bank, taking over the second half's items when it reaches them.
    mutating func itemsToEnd() -> (items: [Item], end: Int)? {
        var values: [Item] = []
        repeat {
            if let secondHalf {
                skipSpace()
                if index == secondHalf.start, let rest = secondHalf.items() {
                    values += rest.items
                    index = rest.end
                    return (values, index)
                }
            }
            guard let value = item() else { return nil }
            values.append(value)
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) ? (values, index) : nil
    }

    mutating func item() -> Item? {
        var id: String?, kind: Item.Kind?, prompt: String?, answer: Answer?
        var accept: [String]?, choices: [String]?, tolerance: Double?, explanation: String?, evidence: Evidence?, tags: [String]?, score: Double?
        var seen = SeenKeys()
        let understood = object { cursor, key in
            let position: Int
            if key == "id" {
                position = 0
            } else if key == "prompt" {
                position = 1
            } else if key == "answer" {
                position = 2
            } else if key == "kind" {
                position = 3
            } else if key == "accept" {
                position = 4
            } else if key == "choices" {
                position = 5
            } else if key == "tolerance" {
                position = 6
            } else if key == "explanation" {
                position = 7
            } else if key == "tags" {
                position = 8
            } else if key == "evidence" {
                position = 9
            } else if key == "score" {
                position = 10
            } else {
                return false
            }
            guard seen.first(position) else { return false }
            if position > 2, cursor.null() { return true }  // null: absent (id, prompt and answer are required)
            switch position {
            case 0: id = cursor.string(); return id != nil
            case 1: prompt = cursor.string(); return prompt != nil
            case 2:
                switch cursor.peek() {
                case UInt8(ascii: "\"")?: answer = cursor.string().map(Answer.text)
                case UInt8(ascii: "t")?, UInt8(ascii: "f")?: answer = cursor.bool().map(Answer.truth)
                default: answer = cursor.number().map(Answer.number)
                }
                return answer != nil
            case 3: kind = cursor.string().flatMap(Item.Kind.init(rawValue:)); return kind != nil
            case 4: accept = cursor.strings(); return accept != nil
            case 5: choices = cursor.strings(); return choices != nil
            case 6: tolerance = cursor.number(); return tolerance != nil
            case 7: explanation = cursor.string(); return explanation != nil
            case 8: tags = cursor.strings(); return tags != nil
            case 10: score = cursor.number(); return score != nil
            default:
                evidence = cursor.evidence()
                return evidence != nil
            }
        }
        guard understood, let id, let prompt, let answer else { return nil }
        return Item(id: Item.ID(id), kind: kind ?? .custom, prompt: prompt, answer: answer, accept: accept ?? [],
                    choices: choices, tolerance: tolerance, explanation: explanation, evidence: evidence, tags: tags ?? [], score: score)
    }

    mutating func evidence() -> Evidence? {
        var source: String?, sentence: String?
        var seen = SeenKeys()
        let read = object { cursor, key in
            if key == "source" {
                guard seen.first(0) else { return false }
                source = cursor.string()
                return source != nil
            } else if key == "sentence" {
                guard seen.first(1) else { return false }
                sentence = cursor.string()
                return sentence != nil
            }
            return false
        }
        guard read, let source, let sentence else { return nil }
        return Evidence(source: source, sentence: sentence)
    }
}

/// The raw bytes of an object key.
private struct Key {
    let bytes: UnsafeBufferPointer<UInt8>

    static func == (key: Key, name: StaticString) -> Bool {
        guard key.bytes.count == name.utf8CodeUnitCount else { return false }
        return memcmp(key.bytes.baseAddress!, name.utf8Start, key.bytes.count) == 0
    }
}

/// The keys an object has had so far, by position in its switch. A key given twice is
/// read differently by different JSON readers (first or last wins): the scanner gives up
/// and lets `JSONDecoder` decide.
private struct SeenKeys {
    private var bits: UInt16 = 0

    /// False when the key at `position` was seen before.
    mutating func first(_ position: Int) -> Bool {
        let bit = UInt16(1) << position
        defer { bits |= bit }
        return bits & bit == 0
    }
}
