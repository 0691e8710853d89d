import Foundation

/// Forgiving-on-form text comparison: case, diacritics, punctuation and spacing do
/// not change what an answer says.
enum TextNormalization {
    static func normalized(_ text: String) -> String {
        // ASCII fast path: most answers are plain ASCII and Foundation's folding is slow.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            var pendingSpace = false
            for byte in text.utf8 {
                let isDigit = byte >= 48 && byte <= 57
                let isUpper = byte >= 65 && byte <= 90
                let isLower = byte >= 97 && byte <= 122
                if isDigit || isUpper || isLower {
                    if pendingSpace, !bytes.isEmpty { bytes.append(32) }
                    pendingSpace = false
                    bytes.append(isUpper ? byte + 32 : byte)
                } else if byte == 39 {
                    continue  // "Putin's" and "Putins" say the same
                } else {
                    pendingSpace = true
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue  // "Putin's" and "Putins" say the same
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// Levenshtein distance over characters, computed only as far as `limit`: any
    /// distance above it is returned as `limit + 1`. Only the cells within `limit` of the
    /// diagonal can stay within it, so the cost is O(limit × length), not O(n × m): a
    /// 40,000-character answer took 6 s against a long key.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let beyond = limit + 1
        let a = Array(a), b = Array(b)
        guard abs(a.count - b.count) <= limit else { return beyond }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = [Int](repeating: beyond, count: b.count + 1)
        var current = previous
        for j in 0...min(b.count, limit) { previous[j] = j }
        for i in 1...a.count {
            let low = max(1, i - limit), high = min(b.count, i + limit)
            current[low - 1] = low == 1 ? min(i, beyond) : beyond
            var rowBest = current[low - 1]
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, beyond)
                rowBest = min(rowBest, current[j])
            }
            if high < b.count { current[high + 1] = beyond }
            guard rowBest <= limit else { return beyond }
            swap(&previous, &current)
        }
        return min(previous[b.count], beyond)
    }

    /// How many typos an answer of this length may carry and still count:
    /// none for very short answers, where one letter changes the word.
    static func typoAllowance(forLength length: Int) -> Int {
        switch length {
        case ..<5: 0
        case 5..<9: 1
        default: 2
        }
    }
}
