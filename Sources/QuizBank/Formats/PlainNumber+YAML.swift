import Yams

/// Yams asks its own protocol first: Swift's shortest round-trip digits when they are a
/// plain decimal, Yams's own notation for values Swift writes with an exponent.
extension PlainNumber: YAMLEncodable {
    func box() -> Node {
        let text = "\(value)"
        guard value.isFinite, !text.contains("e") else { return value.box() }
        return Node(text, Tag(.float))
    }
}
