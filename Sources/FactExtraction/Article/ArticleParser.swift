import TextMachinery
import Foundation

/// Turns article text into an `Article`: front matter, headline, paragraphs (one per
/// line), sentences, and which lines are site furniture rather than reporting.
public enum ArticleParser {
    /// Reads and parses an article file.
    /// - Throws: `FactExtractionError` for a missing file, a folder, or non-text bytes.
    public static func read(path: String, published override: CalendarDay? = nil) throws -> Article {
        let bytes = try ArticleFile.bytes(atPath: path)
        let decoded = bytes.withUnsafeBufferPointer { ArticleDecoding($0, maximumLineBytes: maximumLineBytes) }
        guard let decoded, !decoded.hasNUL else { throw FactExtractionError.notText(path: path) }
        // An empty file is a failed download or a wrong path far more often than an article.
        if decoded.isBlank { throw FactExtractionError.unreadable(path: path, reason: "empty: there is no article in it") }
        if let (line, length) = decoded.overlongLine {
            throw FactExtractionError.notAnArticle(
                path: path, line: line,
                reason: "a line of \(length) bytes; a news paragraph is under \(maximumLineBytes) (is this an article?)")
        }
        return parse(decoded, fileName: lastPathComponent(path), published: override)
    }

    /// News paragraphs run to a few thousand characters; a line far longer is a dump,
    /// not an article, and is refused before any work is spent on it.
    public static let maximumLineBytes = 200_000

    /// What follows the last slash, bytewise (`NSString.lastPathComponent` cost more than
    /// reading the file).
    static func lastPathComponent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.utf8.count > 1, trimmed.utf8.last == UInt8(ascii: "/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")), trimmed.utf8.count > 1 else { return String(trimmed) }
        return String(trimmed[trimmed.utf8.index(after: slash)...])
    }

    public static func parse(_ text: String, fileName: String, published override: CalendarDay? = nil) -> Article {
        var text = text
        let decoded = text.withUTF8 { ArticleDecoding($0, maximumLineBytes: .max) }
        // A String is well-formed UTF-8 by construction.
        return parse(decoded!, fileName: fileName, published: override)
    }

    static func parse(_ decoded: ArticleDecoding, fileName: String, published override: CalendarDay?) -> Article {
        let scalars = decoded.scalars
        var lines = decoded.lines
        var frontMatter: [String: String] = [:]
        if let first = lines.first, isFence(scalars, first), let close = lines.dropFirst().firstIndex(where: { isFence(scalars, $0) }) {
            for line in lines[1..<close] {
                let entry = string(scalars, trim(scalars, line))
                guard let colon = entry.firstIndex(of: ":") else { continue }
                let key = entry[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                let value = entry[entry.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                frontMatter[key] = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            }
            lines.removeSubrange(0...close)
        }

        var paragraphs: [Paragraph] = []
        var title: String?
        var readFirstLine = false
        var inLinkList = false
        scalars.withUnsafeBufferPointer { buffer in decoded.ascii.withUnsafeBufferPointer { ascii in
            for line in lines {
                let trimmed = trim(scalars, line)
                guard !trimmed.isEmpty else { continue }
                // Most paragraphs are reporting: their text is made only when a test needs it.
                lazy var content = string(scalars, trimmed)
                var boilerplate = Boilerplate.isFurniture(buffer, trimmed, ascii: ascii)
                // Headlines listed under "Read more:" are links to other stories.
                if Boilerplate.opensLinkList(buffer, trimmed) {
                    inLinkList = true
                    boilerplate = true
                } else if inLinkList {
                    if Boilerplate.looksLikeLinkHeadline(content) { boilerplate = true } else { inLinkList = false }
                }
                var isHeadline = false
                let isPhotoCredit = Boilerplate.isPhotoCredit(buffer, trimmed)
                if !readFirstLine, !boilerplate, !isPhotoCredit {
                    readFirstLine = true
                    // Text pasted without its headline opens on the lede, whose quotes and names
                    // are reporting like any other paragraph's.
                    // The rest of the article, made only for a line that opens on capitals.
                    let rest = { lines.last.map { string(scalars, trimmed.upperBound..<$0.upperBound) } ?? "" }
                    if !readsAsLede(content, rest: rest) {
                        title = content
                        isHeadline = true
                    }
                }
                if isPhotoCredit { boilerplate = true }
                let sentences = SentenceSplitter.sentences(in: buffer, range: trimmed, marks: ArticleMarks.slice(decoded.marks, in: trimmed))
                paragraphs.append(Paragraph(range: trimmed, sentences: sentences, isBoilerplate: boilerplate, isHeadline: isHeadline))
            }
        } }

        let published = override ?? frontMatter["published"].flatMap { CalendarDay(iso: String($0.prefix(10))) }
        var article = Article(
            fileName: fileName, title: title, source: frontMatter["source"].flatMap(Self.namedSource), published: published,
            paragraphs: paragraphs, scalars: scalars, marks: decoded.marks, ascii: decoded.ascii)
        if article.source == nil { article.source = SourceCredit.find(in: article) }
        article.url = frontMatter["url"].flatMap { $0.isEmpty ? nil : $0 }
        article.authors = (frontMatter["authors"] ?? frontMatter["author"] ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return article
    }

    /// A front-matter source that names an outlet: "unknown", "n/a" or an empty value says
    /// there is none, and an item must not print "unknown reported: …".
    static func namedSource(_ value: String) -> String? {
        let lowered = value.trimmingCharacters(in: .whitespaces).lowercased()
        return lowered.isEmpty || placeholderSources.contains(lowered) ? nil : value
    }

    static let placeholderSources: Set<String> = ["unknown", "n/a", "na", "none", "-", "?", "unknown source", "tbd", "null", "nil"]

    /// A first line that is a lede, not a headline: headlines are short and end on no full
    /// stop; a lede runs past sixteen words to one (a closing quote mark may follow it). A
    /// shorter line ending on a full stop is a lede too when it opens as only ledes do: on
    /// a dateline ("JOPLIN, MO – The council …", "GALESHWOR, Oct 18: Farmers …") or on
    /// words in capitals that run on in lower case ("RESIDENTS of Matero have hailed …",
    /// "A COUNTY councillor has …"), as regional papers set a lede's first words. Those are
    /// words the article writes again in lower case ("residents", "county"); an acronym
    /// ("UNICEF warns …", "BJP MLA booked …") is not.
    static func readsAsLede(_ line: String, rest: () -> String = { "" }) -> Bool {
        let end = line.unicodeScalars.reversed().first { !closingQuoteMarks.contains($0) }
        guard end == "." else { return false }
        if ByteText.wordCount(line) > 16 { return true }
        let words = line.split(separator: " ")
        if opensOnDateline(words) { return true }
        guard let shouted = wordsInCapitalsRunningOn(words) else { return false }
        let written = Set(rest().split(whereSeparator: \.isWhitespace).map { $0.trimmingCharacters(in: .punctuationCharacters) })
        // "A MAN has been jailed …", "THE FAMILY of …": an article, then a word of three letters
        // or more; otherwise a word of five or more.
        let shortest = shouted.count >= 2 && ["A", "AN", "THE"].contains(String(shouted[shouted.startIndex])) ? 3 : 5
        return shouted.contains { word in
            let letters = String(word.filter(\.isLetter))
            guard letters.count >= shortest, !written.contains(letters) else { return false }
            // "residents" in lower case is a common word; "Merseyside" a name, and a long one,
            // since "Unicef" is how British papers write an acronym.
            let lower = letters.lowercased()
            return written.contains(lower) || letters.count >= 8 && written.contains(lower.prefix(1).uppercased() + lower.dropFirst())
        }
    }

    /// "DENVER, Colo. -- An entire neighborhood …", "GALESHWOR, Oct 18: …": a place in capitals,
    /// then within a few words the dash or colon that ends a dateline, then a sentence in lower
    /// case ("EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines." is a headline's label).
    static func opensOnDateline(_ words: [Substring]) -> Bool {
        guard let first = words.first, isCapitalsWord(first.dropLast(first.hasSuffix(",") ? 1 : 0)), letterCount(first) >= 3 else { return false }
        let head = words.prefix(5)
        let end = head.dropFirst().firstIndex { ["-", "--", "\u{2013}", "\u{2014}"].contains($0) }
            ?? (first.hasSuffix(",") ? head.dropFirst().firstIndex { $0.hasSuffix(":") } : nil)
        guard let end else { return false }
        return isMostlyLowerCase(words[(end + 1)...].dropFirst())
    }

    /// "RESIDENTS have hailed …", "A COUNTY councillor has …": the words in capitals that
    /// open a line running on in lower case, or nil.
    static func wordsInCapitalsRunningOn(_ words: [Substring]) -> ArraySlice<Substring>? {
        let capitals = words.prefix(while: isCapitalsWord)
        guard capitals.count < words.count, let next = words[capitals.count].first, next.isLowercase, isMostlyLowerCase(words[capitals.count...])
        else { return nil }
        return capitals
    }

    /// A word written wholly in capital letters: "RESIDENTS", "A", "JOPLIN".
    static func isCapitalsWord(_ word: Substring) -> Bool {
        letterCount(word) > 0 && word.allSatisfy { $0.isLetter && $0.isUppercase || $0 == "\u{2019}" || $0 == "'" }
    }

    static func letterCount(_ word: Substring) -> Int { word.count { $0.isLetter } }

    /// Fewer than half the words capitalised: a sentence, not a headline in title case.
    static func isMostlyLowerCase(_ words: ArraySlice<Substring>) -> Bool {
        let lettered = words.filter { $0.first?.isLetter == true }
        return !lettered.isEmpty && lettered.count { $0.first!.isUppercase } * 2 < lettered.count
    }

    static let closingQuoteMarks: Set<Unicode.Scalar> = ["\u{201D}", "\"", "\u{2019}", "'"]

    // MARK: - Lines

    /// A front-matter fence: "---" alone on its line (spaces and a carriage return aside).
    static func isFence(_ scalars: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        let trimmed = trim(scalars, line)
        return trimmed.count == 3 && scalars[trimmed].allSatisfy { $0 == "-" }
    }

    static func trim(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, ScalarText.isWhitespace(scalars[lower]) { lower += 1 }
        while upper > lower, ScalarText.isWhitespace(scalars[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        ScalarText.string(scalars, range)
    }
}
