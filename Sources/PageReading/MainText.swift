/// Finds the article body in a page: the page is cut into text blocks, each block
/// counts as reading text (long, few links, outside furniture) or as clutter, and the
/// element whose subtree holds the most reading text for the least clutter is the body.
/// Its blocks, minus link lists and furniture, are the paragraphs.
struct MainText {
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "header",
        "footer", "nav", "aside", "figure", "figcaption", "form", "fieldset", "hr", "br", "address", "center",
        "details", "summary", "body", "html",
    ]
    /// A block this long with few links reads as article text.
    static let readingLength = 60
    /// Clutter weighs this much against reading text when choosing the body.
    static let clutterWeight = 0.35

    let tree: PageTree
    private(set) var blocks: [PageBlock] = []
    /// Per node: whether it is furniture, once soft signals have been weighed.
    private var furniture: [Bool]
    private var kinds: [Furniture.Kind]
    /// Per node: how many of its children are elements (computed once; a page can have
    /// a hundred thousand paragraphs under one parent).
    private var elementChildren: [Int]
    /// Per node: whether its markup says it holds the article (computed once).
    private var holdsArticle: [Bool]

    init(tree: PageTree) {
        self.tree = tree
        furniture = [Bool](repeating: false, count: tree.nodes.count)
        kinds = [Furniture.Kind](repeating: .none, count: tree.nodes.count)
        elementChildren = [Int](repeating: 0, count: tree.nodes.count)
        holdsArticle = [Bool](repeating: false, count: tree.nodes.count)
        for index in tree.nodes.indices where !tree.nodes[index].isText {
            holdsArticle[index] = Furniture.holdsArticle(tree.nodes[index])
            if tree.nodes[index].parent >= 0 { elementChildren[tree.nodes[index].parent] += 1 }
        }
        guard !tree.nodes.isEmpty else { return }
        var buffer = Buffer()
        walk(0, owner: 0, inLink: false, buffer: &buffer)
        flush(&buffer, owner: 0)
        resolveFurniture()
    }

    /// The block being gathered, as UTF-8 bytes: whitespace runs collapse to one space
    /// byte by byte (a 50 MB page is a hundred million of them).
    private struct Buffer {
        var bytes: [UInt8] = []
        /// Characters (scalars) so far, and how many of them sit inside links.
        var characters = 0
        var linkCharacters = 0
        var pendingSpace = false

        /// Empties the buffer for the next block, keeping its storage: a fresh buffer per
        /// block grew its bytes from nothing again for every paragraph of the page.
        mutating func reset() {
            bytes.removeAll(keepingCapacity: true)
            characters = 0
            linkCharacters = 0
            pendingSpace = false
        }
    }

    private mutating func walk(_ index: Int, owner: Int, inLink: Bool, buffer: inout Buffer) {
        let node = tree.nodes[index]
        if node.isText {
            append(tree.textBytes[node.textRange], inLink: inLink, buffer: &buffer)
            return
        }
        let kind = index == 0 ? .none : Furniture.kind(node, holdsArticle: holdsArticle[index])
        kinds[index] = kind
        let isBlock = Self.blockTags.contains(node.tag)
        // Inline furniture ("Advertisement" in a span, a screen-reader label) is dropped.
        if !isBlock, kind != .none { return }
        if isBlock { flush(&buffer, owner: owner) }
        let link = inLink || node.tag == "a"
        for child in node.children {
            walk(child, owner: isBlock ? index : owner, inLink: link, buffer: &buffer)
        }
        if isBlock { flush(&buffer, owner: index) }
    }

    private func append(_ text: ArraySlice<UInt8>, inLink: Bool, buffer: inout Buffer) {
        var added = 0
        for byte in text {
            // ASCII whitespace; other spaces (no-break) are kept as they are.
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                if !buffer.bytes.isEmpty { buffer.pendingSpace = true }
                continue
            }
            if buffer.pendingSpace {
                buffer.bytes.append(0x20)
                buffer.pendingSpace = false
                added += 1
            }
            buffer.bytes.append(byte)
            if byte & 0xC0 != 0x80 { added += 1 }
        }
        buffer.characters += added
        if inLink { buffer.linkCharacters += added }
    }

    private mutating func flush(_ buffer: inout Buffer, owner: Int) {
        defer { buffer.reset() }
        guard !buffer.bytes.isEmpty else { return }
        blocks.append(
            PageBlock(
                owner: owner, text: String(decoding: buffer.bytes, as: UTF8.self), characterCount: buffer.characters,
                linkCharacters: buffer.linkCharacters, isFurniture: false, isHeadline: tree.nodes[owner].tag == "h1"))
    }

    /// Hard signals always hold; a soft one is overruled when the element holds article
    /// markup or at least half the page's running text (a "paywall" or
    /// "content-with-sidebar" wrapper around the story).
    private mutating func resolveFurniture() {
        let count = tree.nodes.count
        var running = [Int](repeating: 0, count: count)
        var runningBlocks = [Int](repeating: 0, count: count)
        var marked = [Bool](repeating: false, count: count)
        for index in tree.nodes.indices where holdsArticle[index] {
            var node = index
            while node >= 0, !marked[node] {
                marked[node] = true
                node = tree.nodes[node].parent
            }
        }
        var total = 0
        for block in blocks where block.characterCount >= Self.readingLength && block.linkDensity <= 0.3 {
            total += block.characterCount
            var node = block.owner
            while node >= 0 {
                running[node] += block.characterCount
                runningBlocks[node] += 1
                node = tree.nodes[node].parent
            }
        }
        for index in 0..<count where !tree.nodes[index].isText {
            let parent = tree.nodes[index].parent
            if parent >= 0, furniture[parent] {
                furniture[index] = true
                continue
            }
            switch kinds[index] {
            case .none: furniture[index] = false
            case .hard: furniture[index] = true
            case .soft: furniture[index] = !(marked[index] || (running[index] * 2 >= total && runningBlocks[index] >= 3))
            }
        }
        for index in blocks.indices { blocks[index].isFurniture = furniture[blocks[index].owner] }
    }

    // MARK: - Choosing the body

    func isReading(_ block: PageBlock) -> Bool {
        !block.isFurniture && block.characterCount >= Self.readingLength && block.linkDensity <= 0.5
    }

    static let paragraphTags: Set<String> = ["p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt"]
    /// A lone block shorter than this is a teaser or a bio, not the article.
    static let loneLength = 400

    /// The element a paragraph sits in: the parent of a `<p>`, or a `<div>` holding text itself.
    func container(of block: PageBlock) -> Int {
        var node = block.owner
        if Self.paragraphTags.contains(tree.nodes[node].tag), tree.nodes[node].parent >= 0 { node = tree.nodes[node].parent }
        // Wrappers around a single paragraph (<div><p>…</p></div>, one per paragraph).
        while tree.nodes[node].parent > 0, elementChildren[node] <= 1 {
            node = tree.nodes[node].parent
        }
        return node
    }

    /// The element holding the body, or nil when no block reads as article text.
    func bodyElement() -> Int? {
        // A page whose article is one short paragraph has only lone blocks.
        bodyElement(discountingLoneBlocks: true) ?? bodyElement(discountingLoneBlocks: false)
    }

    private func bodyElement(discountingLoneBlocks: Bool) -> Int? {
        var reading = [Double](repeating: 0, count: tree.nodes.count)
        var clutter = [Double](repeating: 0, count: tree.nodes.count)
        // Reading blocks alone in their container (a teaser's summary under its headline
        // link, a bio) are not article paragraphs, which come in runs.
        var runs = [Int](repeating: 0, count: tree.nodes.count)
        for block in blocks where isReading(block) { runs[container(of: block)] += 1 }
        for block in blocks {
            // Link text is clutter even inside a long paragraph; the rest of a long
            // paragraph outside furniture is reading.
            let length = Double(block.characterCount)
            let links = Double(block.linkCharacters)
            let alone = discountingLoneBlocks && runs[container(of: block)] < 2 && block.characterCount < Self.loneLength
            let readingPart = isReading(block) && !alone ? length - links : 0
            let clutterPart = length - readingPart
            var node = block.owner
            while node >= 0 {
                reading[node] += readingPart
                clutter[node] += clutterPart
                node = tree.nodes[node].parent
            }
        }
        var best: Int?
        var bestScore = 0.0
        for index in tree.nodes.indices where reading[index] > 0 && !tree.nodes[index].isText {
            var score = reading[index] - Self.clutterWeight * clutter[index]
            let node = tree.nodes[index]
            if node.tag == "article" || holdsArticle[index] { score *= 1.1 }
            if score > bestScore {
                bestScore = score
                best = index
            }
        }
        return best
    }

    /// The body's paragraphs, in page order.
    func paragraphs(in body: Int) -> [String] {
        var inside = [Bool](repeating: false, count: tree.nodes.count)
        inside[body] = true
        // Nodes are numbered in document order, so a node's parent always comes first.
        for index in tree.nodes.indices where index > body {
            let parent = tree.nodes[index].parent
            if parent >= 0, inside[parent] { inside[index] = true }
        }
        var result: [String] = []
        for block in blocks where inside[block.owner] {
            if block.isFurniture || block.isHeadline { continue }
            if block.linkDensity > 0.5 { continue }
            result.append(block.text)
        }
        return result
    }
}
