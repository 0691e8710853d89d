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
    /// Ordinal words and the place each names; "twenty-first" is read as a ten and one of these.
    public static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
        "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
        "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
        "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
        "thousandth": 1_000, "millionth": 1_000_000,
    ]
    public static let suffixes: [String: Double] = [
        "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
        "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
        // "a $20-million cut": the scale hyphenated to the digits when the amount is an adjective.
        "-million": 1_000_000, "-billion": 1_000_000_000, "-trillion": 1_000_000_000_000,
    ]

    /// What a number word is, in one lookup (units before tens before scales, as
    /// `value(of:)` reads them): a run of number words used to cost three hashes a word.
    public enum Reading: Sendable {
        case unit(Int)
        case ten(Int)
        case scale(Double)
    }

    /// By `Word`, as tokens carry their words: no string is made or hashed.
    public static let readings: [Word: Reading] = {
        var table: [Word: Reading] = [:]
        for (word, scale) in scales { table[Word(word)] = .scale(scale) }
        for (word, ten) in tens { table[Word(word)] = .ten(ten) }
        for (word, unit) in units { table[Word(word)] = .unit(unit) }
        return table
    }()

    /// The value of a run of number words ("two hundred and fifty thousand", "a thousand",
    /// "twenty-five"), or nil when the words are not all part of one number.
    public static func value(of words: [String]) -> Double? {
        var reading = Reading.Run()
        for raw in words {
            // No number word is longer than 15 bytes ("seventy-seven" is 13): a longer
            // word fails here, before a `Word` for it is pooled.
            guard raw.utf8.count <= 15, reading.read(Word(ByteText.lowercased(raw))) else { return nil }
        }
        return reading.value
    }

    /// `value(of: [word])` for one lower-cased token word.
    public static func value(of word: Word) -> Double? {
        var run = Reading.Run()
        return run.read(word) ? run.value : nil
    }

    /// The place a lower-cased spelled ordinal names: "third" → 3, "twenty-first" → 21;
    /// nil for any other word.
    public static func ordinalValue(of word: Word) -> Double? {
        let text = word.string
        if let place = ordinals[text] { return Double(place) }
        let parts = text.split(separator: "-")
        guard parts.count == 2, let ten = tens[String(parts[0])], let place = ordinals[String(parts[1])], place < 10 else { return nil }
        return Double(ten + place)
    }
}

extension NumberWords.Reading {
    /// `NumberWords.value(of:)` read one lower-cased word at a time: a run of number words
    /// in a sentence grows word by word without reading the earlier words again.
    public struct Run {
        private var total = 0.0
        private var current = 0.0
        private var sawNumber = false

        public init() {}

        /// Reads `word`; false, with the run unchanged, when it cannot be part of the number.
        public mutating func read(_ word: Word) -> Bool {
            if word == "and" && sawNumber { return true }
            if (word == "a" || word == "an") && !sawNumber {
                current = 1
                return true
            }
            if word.contains(UInt8(ascii: "-")) {
                let parts = word.string.split(separator: "-").map(String.init)
                guard parts.count == 2, let ten = NumberWords.tens[parts[0]], let unit = NumberWords.units[parts[1]], unit < 10 else { return false }
                current += Double(ten + unit)
                sawNumber = true
                return true
            }
            switch NumberWords.readings[word] {
            case .unit(let unit):
                current += Double(unit)
            case .ten(let ten):
                current += Double(ten)
            case .scale(let scale):
                if current == 0 { current = 1 }
                if scale == 100 {
                    current *= scale
                } else {
                    total += current * scale
                    current = 0
                }
            case nil:
                return false
            }
            sawNumber = true
            return true
        }

        /// The number read so far; nil until a number word has been read.
        public var value: Double? { sawNumber ? total + current : nil }
    }
}
