/// Reads plain decimals ("76.4213431632205", "-3", "1806998400.0") without `strtod`,
/// when the result is sure to be the same: a snapshot holds four numbers a card, and
/// `strtod` was half of loading 20,000 cards.
///
/// Clinger's fast path: when the digits form an integer of at most 2^53 and there are at
/// most 22 decimal places, both the integer and the power of ten are exact doubles, so
/// one division rounds once — to the same double `strtod` gives. Anything else (more
/// digits, exponents, signs other than a leading minus) returns nil for `strtod` to read.
enum ExactDecimal {
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }  // exact up to 10^22
        return value
    }

    static func value(_ bytes: UnsafePointer<UInt8>, count: Int) -> Double? {
        var index = 0
        let negative = count > 0 && bytes[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var decimals = 0
        var seenPoint = false
        guard index < count else { return nil }
        while index < count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                guard digits < 19 else { return nil }  // past UInt64's sure range
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                if mantissa > 0 || seenPoint { digits += 1 }
                if seenPoint { decimals += 1 }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
            index += 1
        }
        // "5." and "." are left to strtod, which decides what they mean.
        guard bytes[count - 1] != UInt8(ascii: "."), mantissa <= 1 << 53, decimals <= 22 else { return nil }
        let magnitude = Double(mantissa) / powersOfTen[decimals]
        return negative ? -magnitude : magnitude
    }
}
