import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parsed page flattened into arrays (built by `PageTreeBuilder` from the parser's
/// events): the main-text search runs over plain Swift values (indices, not pointers),
/// with the parser's memory already freed.
struct PageTree {
    struct Node {
        /// Lower-case tag name; empty for a text node.
        var tag: String
        var parent: Int
        var children: [Int] = []
        /// Where a text node's text (UTF-8, whitespace as in the page) sits in `textBytes`.
        var textRange: Range<Int> = 0..<0
        /// `class` and `id`, lower-cased ASCII bytes, space-separated (searched as bytes).
        var classAndID: [UInt8] = []
        var attributes: [String: String] = [:]
        var isText: Bool { tag.isEmpty }
    }

    var nodes: [Node] = []
    /// All text nodes' bytes end to end: one buffer instead of a String per text node,
    /// which was most of the cost of flattening the tree.
    var textBytes: [UInt8] = []
    /// Metadata seen on the walk, for `PageMetadata`.
    var metas: [(key: String, value: String)] = []
    var jsonLD: [String] = []
    var titleText = ""
    var links: [(rel: String, href: String)] = []

    /// Elements whose content is never article text, dropped during the walk.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "select", "option", "button", "input",
        "textarea", "object", "embed", "canvas", "video", "audio", "map", "math", "title",
    ]
    /// Attributes kept on elements; the others are never read.
    static let keptAttributes: [String] = [
        "itemprop", "itemtype", "role", "hidden", "aria-hidden", "style", "datetime", "rel", "type",
    ]
    /// Deeper than this, a page is broken or hostile; deeper elements (libxml2 itself stops near 256) are flattened into
    /// their ancestor at this depth, so a hundred thousand nested tags cost no stack in
    /// the walks that follow.
    static let maximumDepth = 200

    init() {}

    /// The kept attribute named by libxml2's C string, compared in place: most attributes
    /// on a page are not kept, and making a String of each name cost more than the test.
    static func keptAttributeName(_ rawName: UnsafePointer<xmlChar>) -> String? {
        for (index, name) in keptAttributeBytes.enumerated() where equals(rawName, name) { return keptAttributes[index] }
        return nil
    }

    private static let keptAttributeBytes = keptAttributes.map { Array($0.utf8) }

    /// Whether a NUL-terminated C string holds exactly `bytes` (Swift strings passed to
    /// `strcmp` are bridged on every call).
    static func equals<Bytes: Collection<UInt8>>(_ cString: UnsafePointer<xmlChar>, _ bytes: Bytes) -> Bool {
        var offset = 0
        for byte in bytes {
            if cString[offset] != byte { return false }
            offset += 1
        }
        return cString[offset] == 0
    }

    /// A text node's text.
    func text(of index: Int) -> String {
        String(decoding: textBytes[nodes[index].textRange], as: UTF8.self)
    }

    static let classBytes = Array("class".utf8), idBytes = Array("id".utf8)

    /// An attribute's value lower-cased into `bytes`, after a space when not the first
    /// (tabs and line breaks become spaces, so class tokens split on one byte).
    /// The value is appended whole, then lowered in place: appended a byte at a time, the
    /// array was checked and regrown per byte, which cost a quarter of building the tree.
    static func appendLowercased(_ value: UnsafePointer<xmlChar>?, to bytes: inout [UInt8]) {
        guard let value, value.pointee != 0 else { return }
        if !bytes.isEmpty { bytes.append(32) }
        let start = bytes.count
        bytes.append(contentsOf: UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value))))
        for index in start..<bytes.count {
            let byte = bytes[index]
            bytes[index] = byte >= 65 && byte <= 90 ? byte + 32 : byte == 9 || byte == 10 || byte == 13 ? 32 : byte
        }
    }
}
