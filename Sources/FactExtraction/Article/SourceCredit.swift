import TextMachinery
import Foundation

/// Finds the outlet an article names for itself when the front matter does not:
/// a credit line ("Al Jazeera and wire services", "Fox News' Jane Doe contributed to this
/// report") or a footer ("… by following Sky News", "Follow Example News on X").
enum SourceCredit {
    static func find(in article: Article) -> String? {
        // Credits and footers are short lines; the last one that names an outlet wins.
        for paragraph in article.paragraphs.reversed() where paragraph.range.count < 200 {
            // Foundation's `range(of:)` is slow, and most lines name no outlet: they are
            // ruled out on the narrowed bytes (where no other scalar matches an ASCII
            // cue), before their text is made.
            let hasCue = article.ascii.withUnsafeBufferPointer { bytes in
                Self.cues.contains { cue in cue.withUnsafeBufferPointer { ByteText.contains(UnsafeBufferPointer(rebasing: bytes[paragraph.range]), $0) } }
            }
            guard hasCue else { continue }
            let line = article.text(paragraph.range)
            if let range = line.range(of: " and wire services"), range.lowerBound > line.startIndex {
                return String(line[..<range.lowerBound])
            }
            if line.contains("contributed to this report"), let outlet = possessiveOutlet(in: line) {
                return outlet
            }
            if let range = line.range(of: "by following "), range.upperBound < line.endIndex {
                return String(line[range.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            }
            if line.lowercased().hasPrefix("follow "), ByteText.wordCount(line) < 10 {
                let rest = line.dropFirst("follow ".count).replacingOccurrences(of: " on Twitter", with: "")
                    .replacingOccurrences(of: " on X", with: "").trimmingCharacters(in: CharacterSet(charactersIn: ". "))
                if rest.first?.isUppercase == true { return rest }
            }
        }
        return nil
    }

    /// What a credit line or footer says, one of these at least.
    private static let cues: [[UInt8]] = [" and wire services", "contributed to this report", "by following ", "ollow "].map { Array($0.utf8) }

    /// "Fox News' Jennifer Griffin and …" → "Fox News".
    private static func possessiveOutlet(in line: String) -> String? {
        for marker in ["' ", "'s ", "\u{2019} ", "\u{2019}s "] {
            if let range = line.range(of: marker) {
                let outlet = line[..<range.lowerBound]
                if ByteText.wordCount(String(outlet)) <= 4, outlet.first?.isUppercase == true { return String(outlet) }
            }
        }
        return nil
    }
}
