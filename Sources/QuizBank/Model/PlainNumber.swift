/// A fractional number in a bank, written as people write it: YAML would otherwise get
/// Yams's scientific notation (`6.73e+1` for 67.3), which a hand-written bank's author
/// should not have to read (see `PlainNumber+YAML`). Everywhere else, the Double it is.
struct PlainNumber: Encodable {
    var value: Double

    init(_ value: Double) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
