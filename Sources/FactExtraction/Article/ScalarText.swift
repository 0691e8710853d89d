/// Fast conversions between text and the scalar arrays extraction works on. Swift's
/// general `UnicodeScalarView` paths cost several times more than these tight loops,
/// and extraction builds a string for every token.
enum ScalarText {
    /// Decodes UTF-8 (already validated) into scalars.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var text = text
        text.withUTF8 { bytes in
            result.reserveCapacity(bytes.count)
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = bytes[index]
                var value: UInt32
                var length: Int
                if lead < 0x80 {
                    value = UInt32(lead); length = 1
                } else if lead < 0xE0 {
                    value = UInt32(lead & 0x1F); length = 2
                } else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F); length = 3
                } else {
                    value = UInt32(lead & 0x07); length = 4
                }
                var next = 1
                while next < length, index + next < count {
                    value = (value << 6) | UInt32(bytes[index + next] & 0x3F)
                    next += 1
                }
                result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                index += length
            }
        }
        return result
    }

    /// The string for a range of scalars, encoded straight to UTF-8.
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        for index in range {
            let value = scalars[index].value
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else if value < 0x800 {
                bytes.append(UInt8(0xC0 | (value >> 6)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            } else if value < 0x10000 {
                bytes.append(UInt8(0xE0 | (value >> 12)))
                bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            } else {
                bytes.append(UInt8(0xF0 | (value >> 18)))
                bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (value & 0x3F)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @inline(__always) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C }
        return scalar.properties.isWhitespace
    }

    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) }
        return scalar.properties.isAlphabetic
    }

    @inline(__always) static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 65 && value <= 90 }
        return scalar.properties.isUppercase
    }
}
