import Foundation

/// Turns article text into an `Article`: front matter, headline, paragraphs (one per
/// line), sentences, and which lines are site furniture rather than reporting.
public enum ArticleParser {
    /// Reads and parses an article file.
    /// - Throws: `FactExtractionError` for a missing file, a folder, or non-text bytes.
    public static func read(path: String, published override: CalendarDay? = nil) throws -> Article {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FactExtractionError.unreadable(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw FactExtractionError.unreadable(path: path, reason: "is a directory, not an article") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FactExtractionError.unreadable(path: path, reason: "cannot be read (permissions?)")
        }
        let hasNUL = data.withUnsafeBytes { $0.baseAddress.map { memchr($0, 0, data.count) != nil } ?? false }
        guard !hasNUL, let text = String(data: data, encoding: .utf8) else {
            throw FactExtractionError.notText(path: path)
        }
        // An empty file is a failed download or a wrong path far more often than an article.
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw FactExtractionError.unreadable(path: path, reason: "empty: there is no article in it")
        }
        if let (line, length) = overlongLine(in: data) {
            throw FactExtractionError.notAnArticle(
                path: path, line: line,
                reason: "a line of \(length) bytes; a news paragraph is under \(maximumLineBytes) (is this an article?)")
        }
        return parse(text, fileName: (path as NSString).lastPathComponent, published: override)
    }

    /// News paragraphs run to a few thousand characters; a line far longer is a dump,
    /// not an article, and is refused before any work is spent on it.
    public static let maximumLineBytes = 200_000

    private static func overlongLine(in data: Data) -> (line: Int, length: Int)? {
        var line = 1
        var start = 0
        var result: (Int, Int)?
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for index in 0..<bytes.count where bytes[index] == 10 {
                if index - start > maximumLineBytes { result = (line, index - start); return }
                line += 1
                start = index + 1
            }
            if bytes.count - start > maximumLineBytes { result = (line, bytes.count - start) }
        }
        return result
    }

    public static func parse(_ text: String, fileName: String, published override: CalendarDay? = nil) -> Article {
        let scalars = ScalarText.scalars(of: text)
        var lines = lineRanges(scalars)
        var frontMatter: [String: String] = [:]
        if let first = lines.first, string(scalars, first).trimmingCharacters(in: .whitespaces) == "---",
            let close = lines.dropFirst().firstIndex(where: { string(scalars, $0).trimmingCharacters(in: .whitespaces) == "---" })
        {
            for line in lines[1..<close] {
                let entry = string(scalars, line)
                guard let colon = entry.firstIndex(of: ":") else { continue }
                let key = entry[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                let value = entry[entry.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                frontMatter[key] = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            }
            lines.removeSubrange(0...close)
        }

        var paragraphs: [Paragraph] = []
        var title: String?
        var inLinkList = false
        for line in lines {
            let trimmed = trim(scalars, line)
            guard !trimmed.isEmpty else { continue }
            let content = string(scalars, trimmed)
            var boilerplate = Boilerplate.isFurniture(content)
            // Headlines listed under "Read more:" are links to other stories.
            if Boilerplate.opensLinkList(content) {
                inLinkList = true
                boilerplate = true
            } else if inLinkList {
                if Boilerplate.looksLikeLinkHeadline(content) { boilerplate = true } else { inLinkList = false }
            }
            var isHeadline = false
            let isPhotoCredit = Boilerplate.isPhotoCredit(content)
            if title == nil, !boilerplate, !isPhotoCredit {
                title = content
                isHeadline = true
            }
            if isPhotoCredit { boilerplate = true }
            let sentences = SentenceSplitter.sentences(in: scalars, range: trimmed)
            paragraphs.append(Paragraph(range: trimmed, sentences: sentences, isBoilerplate: boilerplate, isHeadline: isHeadline))
        }

        let published = override ?? frontMatter["published"].flatMap { CalendarDay(iso: String($0.prefix(10))) }
        var article = Article(
            fileName: fileName, title: title, source: frontMatter["source"], published: published,
            paragraphs: paragraphs, scalars: scalars)
        if article.source == nil { article.source = SourceCredit.find(in: article) }
        return article
    }

    // MARK: - Lines

    static func lineRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() where scalar == "\n" || scalar == "\u{2029}" {
            ranges.append(start..<index)
            start = index + 1
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        return ranges
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
