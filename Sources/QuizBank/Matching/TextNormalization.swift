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

    /// Levenshtein distance over characters; small inputs only (answers, names).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
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
