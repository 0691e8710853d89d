import CLibXML2
import TextMachinery

/// The character set a page is written in, found the way browsers look for it: a byte
/// order mark, then the HTTP `Content-Type` header, then `<meta charset>` or its
/// `http-equiv` form near the top, else UTF-8 when the bytes are valid UTF-8 and
/// Windows-1252 (what browsers assume for old Western pages) when they are not.
enum PageCharset {
    static func detect(_ bytes: [UInt8], contentType: String?) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if let contentType, let declared = value(after: "charset", in: Array(contentType.utf8)) { return normalised(declared) }
        if let declared = metaCharset(bytes) { return normalised(declared) }
        return isValidUTF8(bytes) ? "UTF-8" : "windows-1252"
    }

    /// Whether libxml2 (through iconv) can convert from the charset.
    static func isKnown(_ name: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        UTF8Validation.isValid(bytes)
    }

    /// Latin-1 labels mean Windows-1252 on the web (the WHATWG encoding standard), and
    /// its extra characters (curly quotes, dashes) are common in news pages.
    private static func normalised(_ name: String) -> String {
        let lower = name.lowercased()
        if ["iso-8859-1", "latin1", "iso8859-1", "us-ascii", "ascii"].contains(lower) { return "windows-1252" }
        if lower == "utf8" { return "UTF-8" }
        return name
    }

    /// `charset=` inside the first `<meta …>` tags of the first 4 KB.
    private static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(4096)).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        var index = 0
        let meta = Array("<meta".utf8)
        while index + meta.count < head.count {
            guard head[index..<index + meta.count].elementsEqual(meta) else {
                index += 1
                continue
            }
            let end = head[index...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            if let value = value(after: "charset", in: Array(head[index..<end])) { return value }
            index = end
        }
        return nil
    }

    /// The token after `key=` (quotes allowed), or nil.
    private static func value(after key: String, in text: [UInt8]) -> String? {
        let lowered = text.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let pattern = Array(key.utf8)
        guard lowered.count > pattern.count else { return nil }
        for start in 0...(lowered.count - pattern.count) where lowered[start..<start + pattern.count].elementsEqual(pattern) {
            var index = start + pattern.count
            while index < lowered.count, lowered[index] == 32 { index += 1 }
            guard index < lowered.count, lowered[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < lowered.count, [32, 34, 39].contains(lowered[index]) { index += 1 }
            var end = index
            while end < lowered.count, !([32, 34, 39, 59, 47, 62] as [UInt8]).contains(lowered[end]) { end += 1 }
            guard end > index else { return nil }
            return String(decoding: text[index..<end], as: UTF8.self)
        }
        return nil
    }
}
