import Foundation

extension SavedPage {
    /// `host_path-slug_hash.html`: readable in a folder listing, the same every time the same
    /// address is saved (so saving again finds the earlier copy), and distinct for addresses
    /// that differ only in their query (the hash covers the whole address but the fragment).
    public var fileName: String { Self.fileName(for: url) }

    public static func fileName(for url: URL) -> String {
        let host = slug(url.host ?? "page", keeping: ".", limit: 60)
        var path = url.path
        for ending in [".html", ".htm", ".shtml", ".php", ".asp", ".aspx", ".jsp"] where path.lowercased().hasSuffix(ending) {
            path.removeLast(ending.count)
            break
        }
        let name = slug(path, keeping: "", limit: 80)
        return [host.isEmpty ? "page" : host, name, hash(of: url)].filter { !$0.isEmpty }.joined(separator: "_") + ".html"
    }

    /// Lower-case ASCII letters and digits (and `kept`), every other run of characters one `-`.
    private static func slug(_ text: String, keeping kept: String, limit: Int) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if slug.count >= limit { break }
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || kept.unicodeScalars.contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    /// FNV-1a over the address: stable across runs and platforms (Swift's `Hasher` is seeded
    /// per process), and 32 bits are plenty beside a host and path slug.
    private static func hash(of url: URL) -> String {
        var address = url.absoluteString
        if let fragment = address.firstIndex(of: "#") { address = String(address[..<fragment]) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in address.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let hex = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
