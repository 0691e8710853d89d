import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parsed page flattened into arrays: libxml2's tree is walked once, and the main-text
/// search then runs over plain Swift values (indices, not pointers), with the parser's
/// memory already freed.
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

    init(document: xmlDocPtr) {
        guard let root = xmlDocGetRootElement(document) else { return }
        nodes.reserveCapacity(4096)
        textBytes.reserveCapacity(1 << 16)
        nodes.append(Node(tag: "#document", parent: -1))
        // An explicit stack: a recursive walk of a hostile page could overflow.
        var stack: [(pointer: xmlNodePtr, parent: Int, depth: Int)] = [(root, 0, 1)]
        var pendingChildren: [(xmlNodePtr, Int, Int)] = []
        while let (pointer, parent, depth) = stack.popLast() {
            let node = pointer.pointee
            switch node.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.content else { continue }
                let index = nodes.count
                let start = textBytes.count
                textBytes.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content)))
                nodes.append(Node(tag: "", parent: parent, textRange: start..<textBytes.count))
                nodes[parent].children.append(index)
            case XML_ELEMENT_NODE:
                guard let rawName = node.name else { continue }
                // libxml2's HTML parser already lower-cases element and attribute names.
                let tag = String(cString: rawName)
                if tag == "script" || tag == "title" || tag == "meta" || tag == "link" {
                    collectHeadData(tag: tag, pointer: pointer)
                }
                if Self.skipped.contains(tag) { continue }
                if depth > Self.maximumDepth {
                    // Past the limit the element's own box is dropped and its content joins
                    // the deepest kept ancestor: the text stays, the depth does not grow.
                    var child = node.children
                    pendingChildren.removeAll(keepingCapacity: true)
                    while let current = child {
                        pendingChildren.append((current, parent, depth))
                        child = current.pointee.next
                    }
                    for entry in pendingChildren.reversed() { stack.append((entry.0, entry.1, entry.2)) }
                    continue
                }
                let index = nodes.count
                var element = Node(tag: tag, parent: parent)
                var attribute = node.properties
                while let current = attribute {
                    if let rawName = current.pointee.name {
                        if strcmp(rawName, "class") == 0 || strcmp(rawName, "id") == 0 {
                            Self.appendLowercased(current, to: &element.classAndID)
                        } else if let name = Self.keptAttributeName(rawName) {
                            element.attributes[name] = Self.value(of: current)
                        }
                    }
                    attribute = current.pointee.next
                }
                nodes.append(element)
                nodes[parent].children.append(index)
                // Children pushed in reverse so they are visited, and numbered, in order.
                pendingChildren.removeAll(keepingCapacity: true)
                var child = node.children
                while let current = child {
                    pendingChildren.append((current, index, depth + 1))
                    child = current.pointee.next
                }
                for entry in pendingChildren.reversed() { stack.append((entry.0, entry.1, entry.2)) }
            default:
                continue
            }
        }
    }

    /// The kept attribute named by libxml2's C string, compared in place: most attributes
    /// on a page are not kept, and making a String of each name cost more than the test.
    private static func keptAttributeName(_ rawName: UnsafePointer<xmlChar>) -> String? {
        for (index, name) in keptAttributeBytes.enumerated() where equals(rawName, name) { return keptAttributes[index] }
        return nil
    }

    private static let keptAttributeBytes = keptAttributes.map { Array($0.utf8) }

    /// Whether a NUL-terminated C string holds exactly `bytes` (Swift strings passed to
    /// `strcmp` are bridged on every call).
    private static func equals(_ cString: UnsafePointer<xmlChar>, _ bytes: [UInt8]) -> Bool {
        for (offset, byte) in bytes.enumerated() where cString[offset] != byte { return false }
        return cString[bytes.count] == 0
    }

    /// A text node's text.
    func text(of index: Int) -> String {
        String(decoding: textBytes[nodes[index].textRange], as: UTF8.self)
    }

    /// An attribute's value lower-cased into `bytes`, after a space when not the first.
    private static func appendLowercased(_ attribute: xmlAttrPtr, to bytes: inout [UInt8]) {
        var child = attribute.pointee.children
        var separated = bytes.isEmpty
        while let current = child {
            if var pointer = current.pointee.content {
                while pointer.pointee != 0 {
                    if !separated {
                        bytes.append(32)
                        separated = true
                    }
                    let byte = pointer.pointee
                    bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte == 9 || byte == 10 || byte == 13 ? 32 : byte)
                    pointer += 1
                }
            }
            child = current.pointee.next
        }
    }

    private static func value(of attribute: xmlAttrPtr) -> String {
        contentOfSiblings(from: attribute.pointee.children)
    }

    /// The text content of a node and the siblings after it, joined: an attribute's value
    /// and an element's direct text are both such lists.
    private static func contentOfSiblings(from first: xmlNodePtr?) -> String {
        var result = ""
        var child = first
        while let current = child {
            if let content = current.pointee.content { result += String(cString: content) }
            child = current.pointee.next
        }
        return result
    }

    private static func attribute(_ pointer: xmlNodePtr, _ wanted: String) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let rawName = current.pointee.name, String(cString: rawName).lowercased() == wanted { return value(of: current) }
            attribute = current.pointee.next
        }
        return nil
    }

    private static func text(of pointer: xmlNodePtr) -> String {
        contentOfSiblings(from: pointer.pointee.children)
    }

    private mutating func collectHeadData(tag: String, pointer: xmlNodePtr) {
        switch tag {
        case "script":
            if Self.attribute(pointer, "type")?.lowercased().contains("ld+json") == true { jsonLD.append(Self.text(of: pointer)) }
        case "title":
            if titleText.isEmpty { titleText = Self.text(of: pointer) }
        case "meta":
            guard let content = Self.attribute(pointer, "content") else { return }
            for key in ["property", "name", "itemprop", "http-equiv"] {
                if let name = Self.attribute(pointer, key), !name.isEmpty { metas.append((name.lowercased(), content)) }
            }
        case "link":
            if let rel = Self.attribute(pointer, "rel"), let href = Self.attribute(pointer, "href") { links.append((rel.lowercased(), href)) }
        default:
            break
        }
    }
}
