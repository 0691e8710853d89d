/// A question bank: the canonical JSON document, also read from YAML and GIFT.
public struct Bank: Codable, Sendable, Equatable {
    public static let formatName = "factdrill-bank"
    public static let currentVersion = 1

    public var format: String
    public var version: Int
    public var title: String
    public var items: [Item]

    public init(title: String, items: [Item]) {
        self.format = Bank.formatName
        self.version = Bank.currentVersion
        self.title = title
        self.items = items
    }

    private enum CodingKeys: String, CodingKey { case format, version, title, items }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decodeIfPresent(String.self, forKey: .format) ?? Bank.formatName
        version = try container.decodeIfPresent(Int.self, forKey: .version) ?? Bank.currentVersion
        title = try container.decodeIfPresent(String.self, forKey: .title) ?? ""
        items = try container.decode([Item].self, forKey: .items)
    }
}
