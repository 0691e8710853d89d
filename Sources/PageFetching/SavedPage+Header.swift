import Foundation

extension SavedPage {
    /// The file as written: byte-order mark (if the page has one), the header line in the
    /// page's own encoding, then the rest of the page byte for byte.
    public var fileBytes: [UInt8] {
        let layout = TextLayout(opening: body)
        var bytes = Array(body.prefix(layout.mark.count))
        bytes += layout.encode(header)
        bytes += body.dropFirst(layout.mark.count)
        return bytes
    }

    /// Reads a file `fileBytes` made back into the page; nil when the file does not open with
    /// FactDrill's header (a page saved by a browser, say).
    public init?(fileBytes: [UInt8]) {
        let layout = TextLayout(opening: fileBytes)
        guard let (line, headerEnd) = layout.headerLine(in: fileBytes, after: layout.mark.count),
            line.hasPrefix(Self.headerStart), line.hasSuffix(Self.headerEnd)
        else { return nil }
        let fields = Self.fields(in: String(line.dropFirst(Self.headerStart.count).dropLast(Self.headerEnd.count)))
        guard let address = fields["url"], let url = URL(string: address),
            let stamp = fields["fetched"], let fetched = try? Date(stamp, strategy: .iso8601)
        else { return nil }
        self.init(
            url: url, fetched: fetched, contentType: fields["type"], charset: fields["charset"],
            body: Array(fileBytes.prefix(layout.mark.count)) + fileBytes[headerEnd...])
    }

    static let headerStart = "<!-- factdrill saved-page "
    static let headerEnd = " -->"

    var header: String {
        var fields = [("url", url.absoluteString), ("fetched", fetched.formatted(.iso8601))]
        if let contentType { fields.append(("type", contentType)) }
        if let charset { fields.append(("charset", charset)) }
        let text = fields.map { "\($0.0)=\"\(Self.quotable($0.1))\"" }.joined(separator: " ")
        return Self.headerStart + text + Self.headerEnd + "\n"
    }

    /// Printable ASCII without the characters that would end the value or the comment;
    /// anything else is percent-encoded (a URL has none of them, a header value might).
    private static func quotable(_ value: String) -> String {
        var text = ""
        for byte in value.utf8 {
            if byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "<"), byte != UInt8(ascii: ">"),
                byte != UInt8(ascii: "%")
            {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                text += "%" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return text
    }

    private static func fields(in text: String) -> [String: String] {
        var fields: [String: String] = [:]
        var rest = Substring(text)
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].trimmingCharacters(in: .whitespaces)
            rest = rest[rest.index(after: equals)...]
            guard rest.first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") else { break }
            let value = String(rest[rest.index(after: rest.startIndex)..<close])
            fields[name] = value.removingPercentEncoding ?? value
            rest = rest[rest.index(after: close)...]
        }
        return fields
    }
}

/// How a page's text is laid out in bytes, as far as the header line cares: UTF-8 (or any
/// ASCII-compatible charset), or UTF-16 announced by its byte-order mark.
private enum TextLayout {
    case ascii(mark: [UInt8])
    case utf16LittleEndian
    case utf16BigEndian

    init(opening bytes: [UInt8]) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            self = .ascii(mark: [0xEF, 0xBB, 0xBF])
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            self = .utf16LittleEndian
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            self = .utf16BigEndian
        } else {
            self = .ascii(mark: [])
        }
    }

    var mark: [UInt8] {
        switch self {
        case .ascii(let mark): mark
        case .utf16LittleEndian: [0xFF, 0xFE]
        case .utf16BigEndian: [0xFE, 0xFF]
        }
    }

    /// The header is ASCII, so each character is one unit.
    func encode(_ text: String) -> [UInt8] {
        switch self {
        case .ascii: Array(text.utf8)
        case .utf16LittleEndian: text.utf8.flatMap { [$0, 0] }
        case .utf16BigEndian: text.utf8.flatMap { [0, $0] }
        }
    }

    /// The first line from `start` (without its newline) and where the line after it begins;
    /// nil when there is no ASCII line within a few kilobytes.
    func headerLine(in bytes: [UInt8], after start: Int) -> (String, Int)? {
        let width = if case .ascii = self { 1 } else { 2 }
        var line: [UInt8] = []
        var index = start
        while index + width <= bytes.count, line.count < 8192 {
            let unit: UInt8
            switch self {
            case .ascii: unit = bytes[index]
            case .utf16LittleEndian: guard bytes[index + 1] == 0 else { return nil }; unit = bytes[index]
            case .utf16BigEndian: guard bytes[index] == 0 else { return nil }; unit = bytes[index + 1]
            }
            index += width
            if unit == UInt8(ascii: "\n") { return (String(decoding: line, as: UTF8.self), index) }
            guard unit < 0x80 else { return nil }
            line.append(unit)
        }
        return nil
    }
}
