/// An item's key. Banks write it as a bare JSON value, so the kind of value says
/// what kind of answer it is: `"Petro Poroshenko"`, `1000` or `true`.
public enum Answer: Codable, Sendable, Equatable, CustomStringConvertible {
    case text(String)
    case number(Double)
    case truth(Bool)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Bool first: some decoders (YAML) would read `true` as a string otherwise.
        if let value = try? container.decode(Bool.self) {
            self = .truth(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "answer must be a string, a number or true/false")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let value): try container.encode(value)
        case .number(let value):
            if let whole = Self.wholeNumber(value) { try container.encode(whole) } else { try container.encode(PlainNumber(value)) }
        case .truth(let value): try container.encode(value)
        }
    }

    /// The value as an integer when it is one that a Double holds exactly: banks write
    /// 1000, not 1000.0 (YAML would otherwise write 1.0e+3).
    static func wholeNumber(_ value: Double) -> Int64? {
        value == value.rounded() && abs(value) < 9_007_199_254_740_992 ? Int64(value) : nil
    }

    /// The key as a learner should read it: "1,000" rather than "1000.0".
    public var description: String {
        switch self {
        case .text(let value): value
        case .number(let value): NumberFormatting.display(value)
        case .truth(let value): value ? "true" : "false"
        }
    }
}
