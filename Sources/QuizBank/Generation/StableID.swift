/// Item ids derived from what an item is about, never from its position: the same
/// article and the same fact give the same id, so regenerating a bank keeps progress.
enum StableID {
    /// FNV-1a, 64 bits: stable across runs and platforms (Swift's `Hasher` is seeded per process).
    static func hash(_ parts: [String]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for var part in parts {
            part.withUTF8 { bytes in
                for byte in bytes {
                    hash ^= UInt64(byte)
                    hash = hash &* 0x0000_0100_0000_01B3
                }
            }
            hash ^= 0x1F
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// "<article stem>-<kind>-<10 hex digits>".
    static func make(article: String, kind: String, parts: [String]) -> Item.ID {
        let stem = article.drop { $0 == "." }.prefix { $0 != "." }.prefix(12)
        let name = stem.isEmpty ? "article" : String(stem)
        let hex = String(hash([article] + parts), radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        return Item.ID("\(name)-\(kind)-\(padded.prefix(10))")
    }
}
