import TextMachinery
import Foundation

/// Reads numbers the many ways people type them: "1,000", "1 000", "1000", "1k",
/// "one thousand", "a thousand", "450 thousand", "$1.2bn", "40%", "3.5 million",
/// "1,000 troops" (a trailing unit or noun is allowed).
enum NumberReading {
    static func value(of text: String) -> Double? {
        let words = wordsOf(text)
        guard !words.isEmpty else { return nil }
        // The longest leading run of words that reads as one number, then only words.
        for length in stride(from: words.count, through: 1, by: -1) {
            if let value = read(Array(words[..<length])), words[length...].allSatisfy({ $0.first?.isLetter == true }) {
                return value
            }
        }
        return nil
    }

    /// Every number in a text, in order: "between 3,000 and 4,000" → [3000, 4000].
    static func numbers(in text: String) -> [Double] {
        var numbers: [Double] = []
        let words = wordsOf(text).flatMap { word -> [String] in
            // "3,000-4,000" is two numbers.
            word.first?.isNumber == true && word.contains(where: { $0 == "-" || $0 == "–" || $0 == "—" })
                ? word.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" }).map(String.init) : [word]
        }
        var index = 0
        while index < words.count {
            var matched = false
            for length in stride(from: min(5, words.count - index), through: 1, by: -1) {
                if let value = read(Array(words[index..<(index + length)])) {
                    numbers.append(value)
                    index += length
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
        return numbers
    }

    /// Lower-cased words, with currency and percent signs dropped, in one pass (this runs
    /// for every answer graded, so it avoids Foundation's string searching).
    static func wordsOf(_ text: String) -> [String] {
        joiningDigitGroups(ByteText.isPlainASCII(text) ? asciiWords(text) : words(text)).map(cardinal)
    }

    private static let ordinals: [String: String] = [
        "first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five", "sixth": "six",
        "seventh": "seven", "eighth": "eight", "ninth": "nine", "tenth": "ten", "eleventh": "eleven", "twelfth": "twelve",
        "thirteenth": "thirteen", "fourteenth": "fourteen", "fifteenth": "fifteen", "sixteenth": "sixteen",
        "seventeenth": "seventeen", "eighteenth": "eighteen", "nineteenth": "nineteen", "twentieth": "twenty",
        "thirtieth": "thirty", "fortieth": "forty", "fiftieth": "fifty", "sixtieth": "sixty", "seventieth": "seventy",
        "eightieth": "eighty", "ninetieth": "ninety", "hundredth": "hundred", "thousandth": "thousand", "millionth": "million",
    ]

    /// An ordinal read as its number: "93rd" and "ninety-third" are 93, as people answer
    /// "93" to "which place?".
    private static func cardinal(_ word: String) -> String {
        // Runs for every word of every answer graded: bytes first, strings only for a hit.
        guard let first = word.utf8.first else { return word }
        if first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") {
            let bytes = Array(word.utf8)
            guard bytes.count > 2 else { return word }
            let suffix = (bytes[bytes.count - 2], bytes[bytes.count - 1])
            let isOrdinal = suffix == (UInt8(ascii: "s"), UInt8(ascii: "t")) || suffix == (UInt8(ascii: "n"), UInt8(ascii: "d"))
                || suffix == (UInt8(ascii: "r"), UInt8(ascii: "d")) || suffix == (UInt8(ascii: "t"), UInt8(ascii: "h"))
            guard isOrdinal, bytes.dropLast(2).allSatisfy({ ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ",") })
            else { return word }
            return String(decoding: bytes.dropLast(2), as: UTF8.self)
        }
        guard first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z"), word.utf8.count >= 5 else { return word }
        if let plain = ordinals[word] { return plain }
        if let dash = word.firstIndex(of: "-"), let unit = ordinals[String(word[word.index(after: dash)...])] {
            return word[...dash] + unit
        }
        return word
    }

    /// "third", "ninety-third": words only (digits with a suffix are read as numbers).
    static func isOrdinalWord(_ word: String) -> Bool {
        ordinals[word] != nil || word.split(separator: "-").last.map { ordinals[String($0)] != nil } == true
    }

    /// The same split over bytes for plain ASCII answers (nearly all): walking `Character`s
    /// and lower-casing each one as a `String` was a sixth of grading.
    static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var bytes = Array(text.utf8)
        var start = 0
        for index in 0...bytes.count {
            let isBreak = index == bytes.count || bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A
                || bytes[index] == UInt8(ascii: "$") || bytes[index] == UInt8(ascii: "%")
            if isBreak {
                if index > start { words.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
                start = index + 1
            } else if bytes[index] >= 65 && bytes[index] <= 90 {
                bytes[index] += 32
            }
        }
        return removingPercentWords(words)
    }

    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text {
            if character == " " || character == "\t" || character == "\n" || "$£€%".contains(character) {
                if !current.isEmpty { words.append(current); current = "" }
            } else {
                current.append(contentsOf: character.lowercased())
            }
        }
        if !current.isEmpty { words.append(current) }
        return removingPercentWords(words)
    }

    private static func removingPercentWords(_ words: [String]) -> [String] {
        var words = words
        words.removeAll { $0 == "percent" }
        if let index = words.firstIndex(of: "per"), index + 1 < words.count, words[index + 1] == "cent" {
            words.removeSubrange(index...(index + 1))
        }
        return words
    }

    /// Digit groups split by spaces ("1 000", "450 000") are one number.
    private static func joiningDigitGroups(_ words: [String]) -> [String] {
        var joined: [String] = []
        for word in words {
            if let last = joined.last, last.allSatisfy({ $0.isNumber || $0 == "," }), word.count == 3, word.allSatisfy(\.isNumber),
                last.count <= 3 || last.contains(",")
            {
                joined[joined.count - 1] = last + word
            } else {
                joined.append(word)
            }
        }
        return joined
    }

    private static func read(_ words: [String]) -> Double? {
        guard let first = words.first else { return nil }
        let digitPart = first.prefix { $0.isNumber || $0 == "," || $0 == "." }
        if !digitPart.isEmpty {
            let glued = String(first.dropFirst(digitPart.count))
            guard var value = Double(String(digitPart.filter { $0 != "," })) else { return nil }
            if !glued.isEmpty {
                guard let scale = NumberWords.suffixes[glued] ?? NumberWords.scales[glued] else { return nil }
                value *= scale
            }
            let rest = words.dropFirst()
            if rest.isEmpty { return value }
            if rest.count == 1, glued.isEmpty, let scale = NumberWords.scales[rest.first!] ?? NumberWords.suffixes[rest.first!] {
                return value * scale
            }
            return nil
        }
        return NumberWords.value(of: words)
    }
}
