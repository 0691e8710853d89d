import Foundation

/// A number rewritten in the same way of writing ("£1bn" → "£2bn", "1,000" → "2,000",
/// "three days" → "five days"); `FigureSense` decides which numbers are plausible.
enum NumericDistractors {
    static func ordinalSuffix(_ number: Int) -> String {
        if (11...13).contains(number % 100) { return "th" }
        switch number % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    /// Replaces the number in `text` by `new`, keeping currency, scale, unit and style.
    static func rewrite(_ text: String, from old: Double, to new: Double) -> String? {
        guard new > 0, new != old else { return nil }
        // Spelled small numbers: "three days" → "six days".
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        let startsWithLetter = text.utf8.first.map { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 } ?? false
        let lowered = startsWithLetter ? text.lowercased() : ""
        if startsWithLetter, let index = words.firstIndex(where: { lowered.hasPrefix($0 + " ") || lowered == $0 || lowered.hasPrefix($0 + "-") }),
            Double(index) == old
        {
            let target = Int(new.rounded())
            // Never "one" for a plural count: "One columns" is no sentence.
            guard target >= 2 || index <= 1, target >= 1, target < words.count, Double(target) == new.rounded(), target != index else { return nil }
            var replacement = words[target]
            if text.first?.isUppercase == true { replacement = replacement.prefix(1).uppercased() + replacement.dropFirst() }
            return replacement + text.dropFirst(words[index].count)
        }
        // Digits: find the digit run and replace it in the same style.
        guard let start = text.firstIndex(where: \.isNumber) else { return nil }
        var end = start
        while end < text.endIndex, text[end].isNumber || ((text[end] == "," || text[end] == ".") && text.index(after: end) < text.endIndex && text[text.index(after: end)].isNumber) {
            end = text.index(after: end)
        }
        let digits = String(text[start..<end])
        guard let shown = Double(String(digits.filter { $0 != "," })), shown > 0 else { return nil }
        let scaled = shown * new / old
        let decimals = digits.split(separator: ".").dropFirst().first?.count ?? 0
        var formatted: String
        if decimals > 0 {
            formatted = String(format: "%.\(decimals)f", scaled)
            // "$98.0" beside "$75.5": a whole number written with a zero decimal reads as made up.
            if formatted.split(separator: ".").last?.allSatisfy({ $0 == "0" }) == true { return nil }
        } else {
            let rounded = scaled.rounded()
            guard rounded >= 1, rounded >= 2 || shown < 2 else { return nil }
            formatted = digits.utf8.contains(UInt8(ascii: ",")) || rounded >= 10_000 ? NumberFormatting.display(rounded) : String(Int(rounded))
        }
        var rest = String(text[end...])
        // Ordinals take the new number's suffix: 72nd, not 72th.
        for suffix in ["st", "nd", "rd", "th"] where rest.hasPrefix(suffix) {
            rest = ordinalSuffix(Int(String(formatted.filter { $0 != "," })) ?? 0) + rest.dropFirst(2)
            break
        }
        return String(text[..<start]) + formatted + rest
    }
}
