/// English number words, shared by the extractor (reading "two columns") and the
/// answer matcher (accepting "one thousand" for 1000).
public enum NumberWords {
    public static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19,
    ]
    public static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    public static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000,
    ]
    /// Short magnitude suffixes written straight after digits: "1.2bn", "450k", "£5m".
    public static let suffixes: [String: Double] = [
        "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
        "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
    ]

    /// What a number word is, in one lookup (units before tens before scales, as
    /// `value(of:)` reads them): a run of number words used to cost three hashes a word.
    enum Reading {
        case unit(Int)
        case ten(Int)
        case scale(Double)
    }

    static let readings: [String: Reading] = {
        var table: [String: Reading] = [:]
        for (word, scale) in scales { table[word] = .scale(scale) }
        for (word, ten) in tens { table[word] = .ten(ten) }
        for (word, unit) in units { table[word] = .unit(unit) }
        return table
    }()

    /// The value of a run of number words ("two hundred and fifty thousand", "a thousand",
    /// "twenty-five"), or nil when the words are not all part of one number.
    public static func value(of words: [String]) -> Double? {
        var total = 0.0
        var current = 0.0
        var sawNumber = false
        for raw in words {
            let word = ByteText.lowercased(raw)
            if word == "and" && sawNumber { continue }
            if (word == "a" || word == "an") && !sawNumber {
                current = 1
                continue
            }
            if word.utf8.contains(UInt8(ascii: "-")) {
                let parts = word.split(separator: "-").map(String.init)
                guard parts.count == 2, let ten = tens[parts[0]], let unit = units[parts[1]], unit < 10 else { return nil }
                current += Double(ten + unit)
                sawNumber = true
                continue
            }
            switch readings[word] {
            case .unit(let unit):
                current += Double(unit)
                sawNumber = true
            case .ten(let ten):
                current += Double(ten)
                sawNumber = true
            case .scale(let scale):
                if current == 0 { current = 1 }
                if scale == 100 {
                    current *= scale
                } else {
                    total += current * scale
                    current = 0
                }
                sawNumber = true
            case nil:
                return nil
            }
        }
        return sawNumber ? total + current : nil
    }
}
