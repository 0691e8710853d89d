import Yams

/// A number that YAML writes as people do: Yams writes a fraction in scientific notation
/// (`6.73e+1` for 67.3), which a hand-written bank's author should not have to read.
/// Written as Swift's shortest round-trip digits when that is a plain decimal; in
/// JSON, and for values Swift itself writes with an exponent, as the Double it is.
struct PlainNumber: Encodable, YAMLEncodable {
    var value: Double

    init(_ value: Double) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    func box() -> Node {
        let text = "\(value)"
        guard value.isFinite, !text.contains("e") else { return value.box() }
        return Node(text, Tag(.float))
    }
}
