/// Where JSON text stops being JSON. Foundation's decoder on Linux says only "not valid
/// JSON", and Yams reads JSON-like text (single quotes, `inf`) without complaint, so
/// neither gives the position; this strict reading of RFC 8259 does.
enum JSONSyntax {
    /// The byte offset of the first thing that is not JSON and what is wrong there; nil
    /// for valid JSON.
    static func firstError(in text: String) -> (offset: Int, problem: String)? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            do {
                reader.skipSpace()
                try reader.value(depth: 0)
                reader.skipSpace()
                if reader.index < bytes.count { throw Reader.Failure(offset: reader.index, problem: "text after the end of the JSON") }
                return nil
            } catch let failure as Reader.Failure {
                return (failure.offset, failure.problem)
            } catch {
                return nil
            }
        }
    }

    private struct Reader {
        struct Failure: Error {
            var offset: Int
            var problem: String
        }

        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
        }

        func fail(_ problem: String) -> Failure {
            guard index < bytes.count else { return Failure(offset: index, problem: "the text ends inside the JSON") }
            let word = bytes[index...].prefix { $0 > 0x20 && $0 != UInt8(ascii: ",") && $0 != UInt8(ascii: "]") && $0 != UInt8(ascii: "}") }.prefix(12)
            return Failure(offset: index, problem: "\(problem), found '\(String(decoding: word, as: UTF8.self))'")
        }

        mutating func expect(_ byte: UInt8, _ problem: String) throws {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { throw fail(problem) }
            index += 1
        }

        mutating func value(depth: Int) throws {
            skipSpace()
            guard index < bytes.count else { throw fail("expected a value") }
            guard depth < 512 else { throw fail("nested too deeply") }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return }
                repeat {
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
                    try string()
                    try expect(UInt8(ascii: ":"), "expected ':' after the key")
                    try value(depth: depth + 1)
                    skipSpace()
                } while take(UInt8(ascii: ","))
                try expect(UInt8(ascii: "}"), "expected ',' or '}'")
            case UInt8(ascii: "["):
                index += 1
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return }
                repeat { try value(depth: depth + 1) } while take(UInt8(ascii: ","))
                try expect(UInt8(ascii: "]"), "expected ',' or ']'")
            case UInt8(ascii: "\""):
                try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            default:
                throw fail("expected a value (JSON strings take double quotes; numbers are finite and written out)")
            }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func literal(_ word: String) throws {
            let utf8 = Array(word.utf8)
            guard index + utf8.count <= bytes.count, Array(bytes[index..<index + utf8.count]) == utf8 else {
                throw fail("expected a value (JSON strings take double quotes; numbers are finite and written out)")
            }
            index += utf8.count
        }

        mutating func string() throws {
            let start = index
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { index += 1; return }
                if byte < 0x20 { throw fail("a raw control character in a string (write \\n, \\t…)") }
                index += byte == UInt8(ascii: "\\") ? 2 : 1
            }
            index = start
            throw Failure(offset: start, problem: "a string that is never closed")
        }

        mutating func number() throws {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            func digits() -> Int {
                let from = index
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                return index - from
            }
            let whole = index
            guard digits() > 0, bytes[whole] != UInt8(ascii: "0") || index - whole == 1 else {
                index = start
                throw fail("not a JSON number")
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { index = start; throw fail("not a JSON number") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { index = start; throw fail("not a JSON number") }
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            guard Double(text)?.isFinite ?? false else {
                index = start
                throw fail("a number too large to hold")
            }
        }
    }
}
