import Foundation

/// Finds the outlet an article names for itself when the front matter does not:
/// a credit line ("Al Jazeera and wire services", "… contributed to this report") or a
/// footer ("… by following Sky News").
enum SourceCredit {
    static func find(in article: Article) -> String? {
        // Credits and footers are short lines near the end.
        for paragraph in article.paragraphs.suffix(12).reversed() where paragraph.range.count < 160 {
            let line = article.text(paragraph.range)
            if let range = line.range(of: " and wire services"), range.lowerBound > line.startIndex {
                return String(line[..<range.lowerBound])
            }
            if let range = line.range(of: "by following "), range.upperBound < line.endIndex {
                return String(line[range.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            }
            if let range = line.range(of: "follow ", options: .caseInsensitive), line.split(separator: " ").count < 12,
                range.upperBound < line.endIndex
            {
                let rest = String(line[range.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
                if rest.first?.isUppercase == true { return rest.replacingOccurrences(of: " on Twitter", with: "") }
            }
        }
        return nil
    }
}
