/// The numbers a word states, for rules that ask "how much?" or "which place?" of a
/// token without reading its bytes themselves.
extension Word {
    /// "1,000" → 1000, "5.7" → 5.7, "1.2bn" → 1.2e9 (scaled): the value of a lower-cased
    /// number word. Commas are dropped; the digits and points before any other byte are
    /// the number and the rest must be a magnitude suffix (`NumberWords.suffixes`). A word
    /// with a byte outside ASCII is never an amount (no suffix or digit `Double` reads is),
    /// so it is nil, as reading its string gave.
    @inlinable
    public var amount: (value: Double, scaled: Bool)? {
        withUTF8 { bytes -> (value: Double, scaled: Bool)? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let isNumberByte = { (byte: UInt8) in
                byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")
            }
            let suffixStart = bytes.firstIndex { !isNumberByte($0) } ?? bytes.endIndex
            var scale = 1.0
            var scaled = false
            if suffixStart < bytes.endIndex {
                let suffix = bytes[suffixStart...].filter { $0 != UInt8(ascii: ",") }
                guard let value = NumberWords.suffixes[String(decoding: suffix, as: UTF8.self)] else { return nil }
                scale = value
                scaled = true
            }
            // "3,9 million" (a decimal comma) and "19,,700" (a slip) are no thousands: the commas
            // must group the digits in threes ("1,000,000") or, as Indian papers write lakhs and
            // crores, in twos before the last three ("1,00,000"); otherwise the word is no amount.
            // A comma that ends the number is punctuation.
            var groups: [Int] = []
            var digits = 0
            var index = bytes.startIndex
            while index < suffixStart, bytes[index] != UInt8(ascii: ".") {
                if bytes[index] == UInt8(ascii: ",") { groups.append(digits); digits = 0 } else { digits += 1 }
                index += 1
            }
            if digits > 0 || groups.isEmpty { groups.append(digits) }
            if groups.count > 1 {
                let inner = groups.dropFirst().dropLast()
                let western = groups.dropFirst().allSatisfy { $0 == 3 } && (1...3).contains(groups[0])
                let indian = groups.last == 3 && inner.allSatisfy { $0 == 2 } && (1...2).contains(groups[0])
                guard western || indian else { return nil }
            }
            guard let value = DecimalDigits.value(bytes[..<suffixStart].lazy.filter { $0 != UInt8(ascii: ",") }) else { return nil }
            return (value * scale, scaled)
        }
    }

    /// The place a lower-cased ordinal names: "24th" → 24, "187th-ranked" → 187 (digits
    /// before an ordinal suffix, up to any hyphen; the suffix is not checked against the
    /// digits, "1th" is 1 as news misprints it), "third" → 3, "twenty-first" → 21.
    public var ordinalValue: Double? {
        guard let first = firstByte else { return nil }
        guard first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") else { return NumberWords.ordinalValue(of: self) }
        let core = prefix(upTo: UInt8(ascii: "-"))
        guard core.count > 2, Self.ordinalSuffixes.contains(where: core.hasSuffix) else { return nil }
        return core.droppingLast(2).withUTF8 { DecimalDigits.value($0) }
    }

    @usableFromInline static let ordinalSuffixes: [Word] = ["st", "nd", "rd", "th"]

    /// Ends in an apostrophe, straight or curly ("Jones'", "players’").
    @inlinable
    public var endsWithApostrophe: Bool { hasSuffix("'") || hasSuffix("\u{2019}") }

    /// Without a final apostrophe, straight or curly: "players’" → "players".
    public var droppingTrailingApostrophe: Word {
        if hasSuffix("'") { return droppingLast(1) }
        if hasSuffix("\u{2019}") { return droppingLast("\u{2019}".utf8.count) }
        return self
    }
}
