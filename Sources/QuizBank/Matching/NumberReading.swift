import Foundation
import FactExtraction

/// Reads a number the many ways people type one: "1,000", "1 000", "1000", "1k",
/// "one thousand", "a thousand", "450 thousand", "$1.2bn", "40%".
enum NumberReading {
    static func value(of text: String) -> Double? {
        var cleaned = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        for symbol in ["$", "£", "€", "%", "percent", "per cent"] {
            cleaned = cleaned.replacingOccurrences(of: symbol, with: " ")
        }
        let words = cleaned.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { return nil }

        // Digits first, possibly grouped by commas or spaces, possibly with a suffix or scale word.
        if let digits = digitValue(words: words) { return digits }
        return NumberWords.value(of: words)
    }

    private static func digitValue(words: [String]) -> Double? {
        // Join digit groups split by spaces ("1 000"), then read an optional scale after them.
        var numberText = ""
        var index = 0
        while index < words.count, words[index].allSatisfy({ $0.isNumber || $0 == "," || $0 == "." || $0 == "-" }) {
            numberText += words[index]
            index += 1
        }
        var suffixScale = 1.0
        if numberText.isEmpty, let first = words.first {
            // "1.2bn", "450k": digits glued to a suffix.
            let digitPart = first.prefix { $0.isNumber || $0 == "," || $0 == "." || $0 == "-" }
            let rest = String(first.dropFirst(digitPart.count))
            guard !digitPart.isEmpty, let scale = NumberWords.suffixes[rest] ?? NumberWords.scales[rest] else { return nil }
            numberText = String(digitPart)
            suffixScale = scale
            index = 1
        }
        guard !numberText.isEmpty else { return nil }
        let plain = numberText.replacingOccurrences(of: ",", with: "")
        guard var value = Double(plain) else { return nil }
        value *= suffixScale
        let rest = words[index...]
        if rest.isEmpty { return value }
        if rest.count == 1, let scale = NumberWords.scales[rest.first!] ?? NumberWords.suffixes[rest.first!] {
            return value * scale
        }
        return nil
    }
}
