import Foundation

/// Finds an object key given twice in JSON that `JSONDecoder` has already accepted.
/// JSON readers disagree on which of the two wins (Foundation takes the first, most
/// others the last), so a bank that says two things is refused rather than read one way.
enum JSONDuplicateKeys {
    /// The first repeated key and the byte offset of its second use.
    /// - Precondition: `bytes` are valid JSON.
    static func first(in bytes: UnsafeBufferPointer<UInt8>) -> (key: String, offset: Int)? {
        var walker = Walker(bytes: bytes)
        return walker.value()
    }

    static func first(in text: String) -> (key: String, offset: Int)? {
        var text = text
        return text.withUTF8 { first(in: $0) }
    }

    /// One pass over the bytes; every object keeps the set of its keys.
    private struct Walker {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
        }

        mutating func value() -> (key: String, offset: Int)? {
            skipSpace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var keys = Set<String>()
                while true {
                    skipSpace()
                    guard index < bytes.count, bytes[index] != UInt8(ascii: "}") else { index += 1; return nil }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    let start = index
                    let key = string()
                    if !keys.insert(key).inserted { return (key, start) }
                    skipSpace()
                    index += 1  // the colon
                    if let found = value() { return found }
                }
            case UInt8(ascii: "["):
                index += 1
                while true {
                    skipSpace()
                    guard index < bytes.count, bytes[index] != UInt8(ascii: "]") else { index += 1; return nil }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if let found = value() { return found }
                }
            case UInt8(ascii: "\""):
                _ = string()
                return nil
            default:  // a number, true, false or null
                while index < bytes.count, ![0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(bytes[index]) { index += 1 }
                return nil
            }
        }

        /// The string at `index`, escapes decoded so `"id"` and `"\u0069d"` are one key.
        mutating func string() -> String {
            let start = index
            index += 1
            var escaped = false
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    break
                }
            }
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
            guard escaped else { return String(decoding: raw.dropFirst().dropLast(), as: UTF8.self) }
            return (try? JSONDecoder().decode(String.self, from: Data(raw))) ?? String(decoding: raw, as: UTF8.self)
        }
    }
}
