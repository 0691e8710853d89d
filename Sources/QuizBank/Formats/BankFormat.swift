/// The file formats a bank can be stored in, chosen by file extension.
public enum BankFormat: String, Sendable, CaseIterable {
    case json
    case yaml
    /// Moodle's GIFT: imported and exported; what it cannot hold travels in comments.
    case gift

    public init?(path: String) {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".json") {
            self = .json
        } else if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") {
            self = .yaml
        } else if lowered.hasSuffix(".gift") || lowered.hasSuffix(".gift.txt") {
            self = .gift
        } else {
            return nil
        }
    }
}
