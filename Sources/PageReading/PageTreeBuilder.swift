import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds a `PageTree` straight from libxml2's parser events. libxml2's own document tree
/// (a malloc per node and per attribute, then a walk over it and a free of it) cost about
/// a third of a page's reading; the events are the ones its tree builder receives, so
/// the tree comes out the same:
/// - adjacent character events make one text node, as libxml2 joins them; any other
///   event (an element, a comment) in between keeps them apart;
/// - skipped elements (`PageTree.skipped`) are dropped with all they hold, past
///   `PageTree.maximumDepth` an element's content joins its deepest kept ancestor;
/// - only the first top-level element is the page (what `xmlDocGetRootElement` gave).
/// `<title>` and JSON-LD `<script>` keep their direct text, comments included, as
/// libxml2's node content gave it.
final class PageTreeBuilder {
    private(set) var tree = PageTree()

    /// What an open element does with what it holds.
    private enum Open {
        /// A node of the tree: content goes to it.
        case kept(index: Int, depth: Int)
        /// Flattened past the depth limit: content goes to the kept ancestor.
        case flattened(parent: Int, depth: Int)
        /// Dropped with everything inside.
        case skipped
    }

    private var open: [Open] = []
    private var rootClosed = false
    /// The text node the next character event extends, while nothing else came between.
    private var joinableText: Int?
    /// Direct text of an open `<title>` or JSON-LD `<script>`, and its depth in `open`.
    private var captured: [UInt8] = []
    private var capturing: (tag: Capture, level: Int)?
    private enum Capture { case title, jsonLD }

    init() {
        tree.nodes.reserveCapacity(4096)
        tree.textBytes.reserveCapacity(1 << 16)
    }

    // MARK: - Events

    func startElement(_ rawName: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        joinableText = nil
        guard !rootClosed else { return }
        let parent: Int
        let depth: Int
        switch open.last {
        case nil:
            // The root element: the tree's first two nodes.
            tree.nodes.append(PageTree.Node(tag: "#document", parent: -1))
            (parent, depth) = (0, 1)
        case .kept(let index, let parentDepth)?: (parent, depth) = (index, parentDepth + 1)
        case .flattened(let ancestor, let flattenedDepth)?: (parent, depth) = (ancestor, flattenedDepth)
        case .skipped?:
            open.append(.skipped)
            return
        }
        // libxml2's HTML parser already lower-cases element and attribute names.
        let tag = String(cString: rawName)
        let attributeList = AttributeList(attributes)
        if tag == "script" || tag == "title" || tag == "meta" || tag == "link" {
            collectHeadData(tag: tag, attributes: attributeList)
        }
        if PageTree.skipped.contains(tag) {
            open.append(.skipped)
            return
        }
        if depth > PageTree.maximumDepth {
            open.append(.flattened(parent: parent, depth: depth))
            return
        }
        let index = tree.nodes.count
        var element = PageTree.Node(tag: tag, parent: parent)
        for (name, value) in attributeList {
            if PageTree.equals(name, PageTree.classBytes) || PageTree.equals(name, PageTree.idBytes) {
                PageTree.appendLowercased(value, to: &element.classAndID)
            } else if let kept = PageTree.keptAttributeName(name) {
                element.attributes[kept] = value.map { String(cString: $0) } ?? ""
            }
        }
        tree.nodes.append(element)
        tree.nodes[parent].children.append(index)
        open.append(.kept(index: index, depth: depth))
    }

    func endElement() {
        joinableText = nil
        guard open.popLast() != nil else { return }
        if let capture = capturing, capture.level == open.count {
            let text = String(decoding: captured, as: UTF8.self)
            switch capture.tag {
            case .title: if tree.titleText.isEmpty { tree.titleText = text }
            case .jsonLD: tree.jsonLD.append(text)
            }
            capturing = nil
            captured.removeAll(keepingCapacity: true)
        }
        if open.isEmpty { rootClosed = true }
    }

    func characters(_ bytes: UnsafePointer<xmlChar>, count: Int) {
        guard count > 0 else { return }
        capture(bytes, count: count)
        let parent: Int
        switch open.last {
        case .kept(let index, _)?: parent = index
        case .flattened(let ancestor, _)?: parent = ancestor
        case .skipped?, nil:
            return
        }
        tree.textBytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        if let joinable = joinableText {
            tree.nodes[joinable].textRange = tree.nodes[joinable].textRange.lowerBound..<tree.textBytes.count
            return
        }
        let index = tree.nodes.count
        tree.nodes.append(PageTree.Node(tag: "", parent: parent, textRange: (tree.textBytes.count - count)..<tree.textBytes.count))
        tree.nodes[parent].children.append(index)
        joinableText = index
    }

    /// Raw text (a script's or a style's body); libxml2 made it a node of its own.
    func rawText(_ bytes: UnsafePointer<xmlChar>, count: Int) {
        joinableText = nil
        characters(bytes, count: count)
        joinableText = nil
    }

    /// A comment or a processing instruction: not text, but part of a title's content.
    func otherNode(content: UnsafePointer<xmlChar>?) {
        joinableText = nil
        if let content { capture(content, count: strlen(content)) }
    }

    private func capture(_ bytes: UnsafePointer<xmlChar>, count: Int) {
        guard let level = capturing?.level, level == open.count - 1 else { return }
        captured.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    // MARK: - Head data

    private func collectHeadData(tag: String, attributes: AttributeList) {
        switch tag {
        case "script":
            if attributes["type"]?.lowercased().contains("ld+json") == true { startCapture(.jsonLD) }
        case "title":
            startCapture(.title)
        case "meta":
            guard let content = attributes["content"] else { return }
            for key in ["property", "name", "itemprop", "http-equiv"] {
                if let name = attributes[key], !name.isEmpty { tree.metas.append((name.lowercased(), content)) }
            }
        case "link":
            if let rel = attributes["rel"], let href = attributes["href"] { tree.links.append((rel.lowercased(), href)) }
        default:
            break
        }
    }

    /// Starts keeping the direct text of the element about to open.
    private func startCapture(_ kind: Capture) {
        capturing = (kind, open.count)
        captured.removeAll(keepingCapacity: true)
    }
}

/// An element's attributes as libxml2 hands them over: name, value, name, value, …, nil.
/// A value is nil for an attribute written without one (libxml2's tree gave it no text).
struct AttributeList: Sequence {
    let pointer: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    init(_ pointer: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) { self.pointer = pointer }

    func makeIterator() -> Iterator { Iterator(cursor: pointer) }

    /// A plain struct: an `AnyIterator` allocated a closure box per element.
    struct Iterator: IteratorProtocol {
        var cursor: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

        mutating func next() -> (name: UnsafePointer<xmlChar>, value: UnsafePointer<xmlChar>?)? {
            guard let current = cursor, let name = current[0] else { return nil }
            cursor = current + 2
            return (name, current[1])
        }
    }

    /// The first value of the attribute named `wanted` (lower case), "" when written without one.
    /// Names are compared as bytes: libxml2 2.9's HTML parser takes only ASCII attribute
    /// names and lower-cases them, and a String made and lower-cased per attribute of
    /// every meta tag cost more than the rest of the head.
    subscript(wanted: String) -> String? {
        for (name, value) in self where PageTree.equals(name, wanted.utf8) {
            return value.map { String(cString: $0) } ?? ""
        }
        return nil
    }
}

extension PageTreeBuilder {
    /// Points the parser context's tree-building callbacks at `builder`; the document
    /// start, the doctype and errors keep libxml2's defaults (the parser consults the doctype).
    static func install(_ builder: PageTreeBuilder, in context: htmlParserCtxtPtr) {
        guard let handler = context.pointee.sax else { return }
        xmlSAX2InitHtmlDefaultSAXHandler(handler)
        context.pointee._private = Unmanaged.passUnretained(builder).toOpaque()
        handler.pointee.startElement = { context, name, attributes in
            guard let name else { return }
            PageTreeBuilder.of(context).startElement(name, attributes)
        }
        handler.pointee.endElement = { context, _ in PageTreeBuilder.of(context).endElement() }
        handler.pointee.characters = { context, bytes, count in
            guard let bytes else { return }
            PageTreeBuilder.of(context).characters(bytes, count: Int(count))
        }
        handler.pointee.cdataBlock = { context, bytes, count in
            guard let bytes else { return }
            PageTreeBuilder.of(context).rawText(bytes, count: Int(count))
        }
        handler.pointee.comment = { context, content in PageTreeBuilder.of(context).otherNode(content: content) }
        handler.pointee.processingInstruction = { context, _, content in PageTreeBuilder.of(context).otherNode(content: content) }
    }

    /// The builder installed in the parser context that libxml2 hands to every callback.
    private static func of(_ context: UnsafeMutableRawPointer?) -> PageTreeBuilder {
        let parser = context!.assumingMemoryBound(to: xmlParserCtxt.self)
        return Unmanaged<PageTreeBuilder>.fromOpaque(parser.pointee._private!).takeUnretainedValue()
    }
}
