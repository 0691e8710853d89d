/// Decimal numerals read from their bytes, as `Double(text)` reads them but without
/// making the string: every number token of an article is read.
public enum DecimalDigits {
    /// What `Double(text)` says of ASCII `bytes`. Digits with at most one point, up to 15
    /// of them, are read here: their integer over a power of ten up to 10^22 is one
    /// correctly rounded division, exactly `Double`'s answer (Clinger's fast path). Any
    /// other text is handed to `Double`.
    @inlinable
    public static func value(_ bytes: some Collection<UInt8>) -> Double? {
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var points = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                points += 1
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"), digits < 15 {
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if points > 0 { fractionDigits += 1 }
            } else {
                return Double(String(decoding: bytes, as: UTF8.self))  // another byte, or a sixteenth digit
            }
        }
        guard digits > 0, points <= 1 else { return Double(String(decoding: bytes, as: UTF8.self)) }
        return Double(mantissa) / powersOfTen[fractionDigits]
    }

    @usableFromInline static let powersOfTen: [Double] = (0...22).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }
}
