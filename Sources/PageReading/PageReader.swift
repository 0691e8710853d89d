import CLibXML2

/// Reads an article out of a web page's bytes. A saved file and a fetched page take the
/// same path: bytes, the HTTP `Content-Type` when there was one, and the address when
/// known (for the outlet, the date in the address and relative links).
public enum PageReader {
    /// Fewer reading characters than this is a home page, a login wall or an error page.
    static let minimumArticleLength = 200

    /// - Throws: `PageReadingError` when the bytes are not an HTML page, cannot be
    ///   decoded, or show no article.
    public static func read(_ bytes: [UInt8], contentType: String? = nil, url: String? = nil) throws(PageReadingError) -> WebArticle {
        guard !bytes.isEmpty else { throw .noArticle(reason: "the page is empty") }
        if let kind = binaryKind(bytes) { throw .notHTML(kind: kind) }
        var charset = PageCharset.detect(bytes, contentType: contentType)
        var input = bytes
        if charset.uppercased() == "UTF-8" || charset.lowercased() == "utf8" {
            charset = "UTF-8"
            // A stray invalid byte would make libxml2 switch to Latin-1 for the rest of the
            // page: replace it (as browsers do) unless the bytes are mostly not UTF-8.
            if !PageCharset.isValidUTF8(bytes) {
                let repaired = String(decoding: bytes, as: UTF8.self)
                let replacements = repaired.unicodeScalars.lazy.filter { $0 == "\u{FFFD}" }.count
                if replacements * 20 > bytes.count { throw .undecodable(charset: charset) }
                input = Array(repaired.utf8)
            }
        } else if !PageCharset.isKnown(charset) {
            throw .undecodable(charset: charset)
        }
        let tree = parse(input, charset: charset, url: url)
        guard tree.nodes.count > 1 else { throw .noArticle(reason: "the page is empty") }
        let mainText = MainText(tree: tree)
        let body = mainText.bodyElement()
        let paragraphs = body.map { mainText.paragraphs(in: $0) } ?? []
        let length = paragraphs.reduce(0) { $0 + $1.unicodeScalars.count }
        guard length >= minimumArticleLength, paragraphs.contains(where: { $0.unicodeScalars.count >= MainText.readingLength }) else {
            throw .noArticle(reason: "no block of running text; a home page, a login wall or an error page?")
        }
        let metadata = PageMetadata(tree: tree, mainText: mainText, body: body, pageURL: url)
        return WebArticle(
            headline: metadata.headline, outlet: metadata.outlet, published: metadata.published,
            authors: metadata.authors, url: metadata.url, paragraphs: paragraphs)
    }

    /// Parses with libxml2's forgiving HTML parser, never touching the network. The steps
    /// are `htmlReadMemory`'s, with the tree builder's events sent to `PageTreeBuilder`.
    static func parse(_ bytes: [UInt8], charset: String, url: String?) -> PageTree {
        factdrill_xml_silence()
        // NODEFDTD: no default doctype is made for a page without one; the document that
        // would hold it is freed unread (0.3 % of the reading, with the same events).
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NODEFDTD.rawValue)
        let builder = PageTreeBuilder()
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                guard let context = xmlCreateMemoryParserCtxt(pointer, Int32(clamping: buffer.count)) else { return }
                defer { xmlFreeParserCtxt(context) }
                PageTreeBuilder.install(builder, in: context)
                htmlCtxtUseOptions(context, options)
                context.pointee.html = 1
                if let handler = xmlFindCharEncodingHandler(charset) { xmlSwitchToEncoding(context, handler) }
                if let url, let input = context.pointee.input, input.pointee.filename == nil {
                    input.pointee.filename = UnsafePointer(xmlStrdup(url).map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) })
                }
                htmlParseDocument(context)
                // The document holds only what the parser needed (the doctype), not the page.
                if let document = context.pointee.myDoc {
                    context.pointee.myDoc = nil
                    xmlFreeDoc(document)
                }
            }
        }
        return builder.tree
    }

    /// Formats people save with an .html name by mistake, told by their first bytes.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            (Array("%PDF".utf8), "a PDF"), ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            (Array("GIF8".utf8), "a GIF image"), ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"), ([0x1F, 0x8B], "gzip-compressed data"),
        ]
        for (signature, kind) in signatures where bytes.starts(with: signature) { return kind }
        let head = bytes.prefix(1024)
        let isUTF16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if !isUTF16, head.contains(0) { return "binary data" }
        return nil
    }
}
