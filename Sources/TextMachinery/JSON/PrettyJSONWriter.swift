/// A minimal pretty JSON writer with Foundation's layout (so files written by either
/// read the same): two-space indents, `" : "`,
/// empty arrays as `[`, blank line, `]`.
public struct PrettyJSONWriter: Sendable {
    public init() {}

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// UTF-8 out: appending bytes costs a fraction of appending to a `String`.
    public private(set) var bytes: [UInt8] = []
    /// The indent of the container being written.
    private var depth = 0
    /// Fields written so far in each open object, innermost last.
    private var fieldCounts: [Int] = []

    public mutating func object(indent: Int? = nil, _ fields: (inout PrettyJSONWriter) -> Void) {
        if let indent { depth = indent }
        if bytes.isEmpty { bytes.reserveCapacity(1 << 14) }
        literal("{")
        fieldCounts.append(0)
        fields(&self)
        fieldCounts.removeLast()
        literal("\n")
        pad(depth)
        literal("}")
    }

    public mutating func field(_ key: String, _ value: (inout PrettyJSONWriter) -> Void) {
        literal(fieldCounts[fieldCounts.count - 1] == 0 ? "\n" : ",\n")
        fieldCounts[fieldCounts.count - 1] += 1
        pad(depth + 2)
        string(key)
        literal(" : ")
        depth += 2
        value(&self)
        depth -= 2
    }

    public mutating func array<T>(_ items: [T], _ element: (inout PrettyJSONWriter, T) -> Void) {
        literal("[\n")
        for (index, item) in items.enumerated() {
            if index > 0 { literal(",\n") }
            pad(depth + 2)
            depth += 2
            element(&self, item)
            depth -= 2
        }
        literal("\n")
        pad(depth)
        literal("]")
    }

    public mutating func optional(_ value: String?) {
        if let value { string(value) } else { literal("null") }
    }

    public mutating func number(_ value: Double) {
        // JSONEncoder writes `description` without a trailing ".0".
        var written = value.description
        if written.hasSuffix(".0") { written.removeLast(2) }
        raw(written)
    }

    public mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            var index = 0
            while index < utf8.count {
                // Eight bytes with nothing to escape (nearly all text) pass in one test.
                if index + 8 <= utf8.count {
                    let eight = EightBytes.load(utf8.baseAddress! + index)
                    if !EightBytes.hasByteBelow(eight, 0x20), !EightBytes.contains(eight, UInt8(ascii: "\"")),
                        !EightBytes.contains(eight, UInt8(ascii: "\\"))
                    {
                        index += 8
                        continue
                    }
                }
                let byte = utf8[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                let index = index - 1
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                start = index + 1
                switch byte {
                case UInt8(ascii: "\""): literal("\\\"")
                case UInt8(ascii: "\\"): literal("\\\\")
                case 0x0A: literal("\\n")
                case 0x0D: literal("\\r")
                case 0x09: literal("\\t")
                case 0x08: literal("\\b")
                case 0x0C: literal("\\f")
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    literal("\\u00")
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0xF)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Punctuation and keywords: a `StaticString` is already UTF-8 in the binary.
    public mutating func literal(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func pad(_ count: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    public mutating func bool(_ value: Bool) {
        literal(value ? "true" : "false")
    }

    public mutating func integer(_ value: Int) {
        raw(String(value))
    }
}
