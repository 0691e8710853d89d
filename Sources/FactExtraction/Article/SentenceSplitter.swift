import TextMachinery
/// Splits a paragraph into sentences the way news copy punctuates: a sentence ends at
/// `.`, `!`, `?` or `…` (plus closing quote marks) followed by a space and a capital, a
/// digit or an opening quote — unless the period belongs to an abbreviation (Col., U.S.,
/// a.m.) or an initial.
enum SentenceSplitter {
    static let abbreviations: Set<Word> = [
        "mr", "mrs", "ms", "dr", "prof", "col", "gen", "brig", "lt", "sgt", "capt", "maj", "adm", "cmdr", "cdr",
        "rev", "sen", "rep", "gov", "jr", "sr", "st", "mt", "ft", "inc", "corp", "ltd", "co", "no", "vs", "v",
        "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "a.m",
        "p.m", "e.g", "i.e", "etc", "approx", "dept", "est", "fig", "gov", "pres", "supt", "insp", "det", "cpl",
        "pvt", "messrs", "hon", "st", "ave", "blvd", "const", "cst", "coun", "couns", "cllr", "cllrs", "colr", "ald",
        // Police ranks of American copy: "Ofc. Christopher Wilburn", "Tpr.", "Dep.".
        "ofc", "tpr", "dep", "lieut",
        // Titles of Philippine copy: "City Administrator Atty. Jamaal Calipayan", "Engr.", "Usec.".
        "atty", "engr", "usec", "asec",
        // "Sault Ste. Marie", "Ste. Anne": Sainte, as "St." is Saint.
        "ste",
        // Plural titles of American copy: "Sens. Marco Rubio and Ted Cruz", "Reps.", "Govs.".
        "sens", "reps", "govs", "gens", "drs", "profs",
    ]

    /// AP's abbreviations of US states and Canadian provinces ("RUSTON, La. —", "4241 La.
    /// 563"). A sentence may end on one ("… in Portland, Ore. The city …"), so they end
    /// none only before what cannot open a sentence after a place: a dateline's dash or
    /// "(AP)", or a route number.
    static let regionAbbreviations: Set<Word> = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass",
        "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "vt", "va", "wash", "wis", "wyo",
        "ont", "que", "alta", "sask",
    ]

    /// A switch, not a `Set<Unicode.Scalar>`: asked of every scalar before a period, and
    /// hashing a scalar costs more than the comparisons.
    @inline(__always) static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "\u{201C}", "\u{2018}", "'", "(": true
        default: false
        }
    }

    @inline(__always) static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "\u{201D}", "\u{2019}", "'", ")": true
        default: false
        }
    }

    static func sentences(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
        scalars.withUnsafeBufferPointer { sentences(in: $0, range: range) }
    }

    /// Over the article's storage: no bounds check or reference count per scalar.
    static func sentences(in scalars: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>) -> [Range<Int>] {
        sentences(in: scalars, range: range, marks: ArticleMarks.scan(scalars, range)[...])
    }

    /// With the offsets of the range's marks (`ArticleMarks`) known: only they are read.
    static func sentences(in scalars: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>, marks: ArraySlice<Int>) -> [Range<Int>] {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count)
        var result: [Range<Int>] = []
        // Room for a typical paragraph's sentences at once: growing from one cost two
        // more allocations a paragraph.
        result.reserveCapacity(4)
        var start = range.lowerBound
        var index = range.lowerBound
        for candidate in marks where candidate >= index {
            let scalar = scalars[candidate]
            guard ArticleMarks.isSentenceEnd(scalar.value) else { continue }
            index = candidate
            var end = index + 1
            while end < range.upperBound, scalars[end] == "." || scalars[end] == "!" || scalars[end] == "?" { end += 1 }
            while end < range.upperBound, isClosingQuote(scalars[end]) { end += 1 }
            var next = end
            while next < range.upperBound, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
            guard next > end, next < range.upperBound else {
                index = end
                continue
            }
            let following = scalars[next]
            let startsSentence = ScalarText.isUppercase(following) || ("0"..."9").contains(following)
                || isOpeningQuote(following) || following == "\u{2014}"
            let continuesPlace = scalar == "." && end == index + 1 && continuesAfterRegion(following)
                && lowercasedWord(scalars, wordBefore(scalars, periodAt: index, lowerBound: start)).map(regionAbbreviations.contains) == true
            if startsSentence && !continuesPlace && !(scalar == "." && isAbbreviation(scalars, periodAt: index, lowerBound: start)) {
                result.append(start..<end)
                start = next
            }
            index = end
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
        return result
    }

    /// A dateline's dash, "(AP)" or a route number: what follows a place's name, not a new sentence.
    @inline(__always) private static func continuesAfterRegion(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\u{2014}", "\u{2013}", "-", "(", "0"..."9": true
        default: false
        }
    }

    /// Where the word ending at the period starts. Abbreviations are short: never look back
    /// further than a long word; "then-Sen.", "ex-Gov.": the abbreviation is the part after
    /// the hyphen.
    private static func wordBefore(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, periodAt index: Int, lowerBound: Int) -> Range<Int> {
        var wordStart = index
        while wordStart > lowerBound, index - wordStart < 12, !ScalarText.isWhitespace(scalars[wordStart - 1]), !isOpeningQuote(scalars[wordStart - 1]) {
            wordStart -= 1
        }
        // "mid-Jan.", and a comma or bracket a page lost its space after ("Saturday,Aug. 26"):
        // the abbreviation is the word after the glue.
        if let glue = scalars[wordStart..<index].lastIndex(where: { $0 == "-" || $0 == "," || $0 == "(" }), glue + 1 < index { wordStart = glue + 1 }
        return wordStart..<index
    }

    /// The word, lower-cased, packed straight from ASCII scalars; nil when it is longer than
    /// any abbreviation or not ASCII.
    private static func lowercasedWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Word? {
        guard range.count <= 7, scalars[range].allSatisfy({ $0.value < 0x80 }) else { return nil }
        let start = scalars.baseAddress! + range.lowerBound
        return Word(count: range.count) { offset in
            let byte = UInt8(truncatingIfNeeded: start[offset].value)
            return byte >= 65 && byte <= 90 ? byte + 32 : byte
        }
    }

    /// The word before the period is an abbreviation or a single initial ("J.").
    private static func isAbbreviation(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, periodAt index: Int, lowerBound: Int) -> Bool {
        let range = wordBefore(scalars, periodAt: index, lowerBound: lowerBound)
        let wordStart = range.lowerBound
        let word = scalars[range]
        guard word.allSatisfy({ $0.value < 0x80 }) else {
            let text = ScalarText.string(scalars, wordStart..<index)
            if text.count == 1, text.first?.isUppercase == true { return true }
            if text.utf8.contains(UInt8(ascii: ".")) && text.count <= 5 { return true }
            return abbreviations.contains(Word(text.lowercased()))
        }
        // Plain ASCII (nearly always): one scalar is one character.
        if word.count == 1, ScalarText.isUppercase(word.first!) { return true }
        // Acronyms with inner periods: U.S., U.N., a.m.
        if word.contains(".") && word.count <= 5 { return true }
        // No abbreviation is longer than six letters; skip building the string for longer words.
        guard word.count <= 7 else { return false }
        return lowercasedWord(scalars, range).map(abbreviations.contains) == true
    }
}
