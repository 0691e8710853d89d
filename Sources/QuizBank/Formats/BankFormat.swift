/// The file formats a bank can be stored in, chosen by file extension.
public enum BankFormat: String, Sendable, CaseIterable {
    case json
    case yaml

    public init?(path: String) {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".json") {
            self = .json
        } else if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") {
            self = .yaml
        } else {
            return nil
        }
    }
}
