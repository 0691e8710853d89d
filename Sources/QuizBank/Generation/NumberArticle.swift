/// "a" or "an" before a number as it is read aloud: "an 8% rise", "an $11.4-billion
/// terminal", "a $13.7-billion terminal". A false twin that changes the number must change
/// the article with it, or the sentence both reads wrong and gives the change away.
enum NumberArticle {
    /// The article a number written in digits takes, nil when it does not open with digits.
    static func article(for number: some StringProtocol) -> String? {
        let digits = String(number.drop { !$0.isNumber }.prefix { $0.isNumber || $0 == "," }.filter(\.isNumber))
        guard !digits.isEmpty else { return nil }
        // The first group of three is what is said first: "11,400" is "eleven thousand …".
        let leadLength = digits.count % 3 == 0 ? 3 : digits.count % 3
        let lead = String(digits.prefix(leadLength))
        return lead.first == "8" || lead == "11" || lead == "18" ? "an" : "a"
    }

    /// The sentence with the article right before `number` (past a currency sign) made to
    /// agree with it.
    static func agreeing(_ sentence: String, before number: String) -> String {
        guard let range = sentence.range(of: number), let wanted = article(for: number) else { return sentence }
        var head = sentence[..<range.lowerBound]
        while let last = head.last, currencySigns.contains(last) { head = head.dropLast() }
        guard head.last == " " else { return sentence }
        let words = head.dropLast()
        let written = String(words.reversed().prefix { $0.isLetter }.reversed())
        guard ["a", "an"].contains(written.lowercased()), written.lowercased() != wanted else { return sentence }
        let start = words.index(words.endIndex, offsetBy: -written.count)
        guard start == sentence.startIndex || !sentence[sentence.index(before: start)].isLetter else { return sentence }
        let replacement = written.first?.isUppercase == true ? wanted.prefix(1).uppercased() + wanted.dropFirst() : wanted
        return String(sentence[..<start]) + replacement + String(sentence[words.endIndex...])
    }

    static let currencySigns: Set<Character> = ["$", "£", "€", "¥", "₹"]
}
