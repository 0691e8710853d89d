import TextMachinery
/// Word-wraps prose to the terminal width with a hanging indent.
enum TextWrapping {
    static func wrap(_ text: String, width: Int, indent: String = "") -> String {
        let limit = max(20, width - indent.count)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { indent + $0 }.joined(separator: "\n")
    }
}
