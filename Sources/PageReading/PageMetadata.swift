import Foundation

/// Headline, outlet, date, authors and address from a page's metadata: Open Graph and
/// article meta tags, JSON-LD (schema.org), `<time>`, `<link rel=canonical>`, and the
/// address itself, each in the order publishers can be trusted with it.
struct PageMetadata {
    var headline: String?
    var outlet: String?
    var published: String?
    var authors: [String] = []
    var url: String?

    init(tree: PageTree, mainText: MainText, body: Int?, pageURL: String?) {
        // Values cleaned only when read: pages carry hundreds of meta tags, a few matter.
        var raw: [String: String] = [:]
        for (key, value) in tree.metas where raw[key] == nil { raw[key] = value }
        let meta = Lookup(raw: raw)
        let linked = JSONLinkedData(scripts: tree.jsonLD)

        // Address first: the host is the outlet of last resort and may hold the date.
        let canonical = tree.links.first { $0.rel.split(separator: " ").contains("canonical") }?.href
        url = [canonical, meta["og:url"], pageURL].compactMap { $0 }.map(Self.clean).first { Self.isAbsolute($0) }
        url = url ?? pageURL

        // Outlet.
        let host = (url ?? pageURL).flatMap { URL(string: $0)?.host }.map { $0.hasPrefix("www.") ? String($0.dropFirst(4)) : $0 }
        let outlets = [meta["og:site_name"], linked.publisher, meta["application-name"], Self.titleTail(Self.clean(tree.titleText))]
            .compactMap { $0 }.filter { !$0.isEmpty && !Self.isAbsolute($0) }
        // "detroitnews" is a handle; "The Detroit News", from another source, the name.
        // With only a handle, the host ("cleveland.com") says more than it ("cleveland").
        outlet = outlets.first { $0.contains(" ") || $0.contains(where: \.isUppercase) } ?? host ?? outlets.first

        // Headline: the page's own headline, with a " | Outlet" tail removed.
        let h1 = mainText.blocks.first { $0.isHeadline && !$0.isFurniture }?.text ?? mainText.blocks.first { $0.isHeadline }?.text
        let candidates = [meta["og:title"], linked.headline, meta["twitter:title"], h1, Self.clean(tree.titleText)]
        if let title = candidates.compactMap({ $0 }).first(where: { !$0.isEmpty }) {
            headline = Self.withoutSection(Self.withoutSiteName(title, outlet: outlet))
        }

        // Date.
        let dateKeys = [
            "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
            "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
        ]
        let metaDate = dateKeys.lazy.compactMap { meta[$0] }.compactMap(Self.isoDay).first
        // Index loops: copying every node out of the array to test it cost more than the test.
        var timeDate: String?
        var markedDate: String?
        for index in tree.nodes.indices where !tree.nodes[index].attributes.isEmpty {
            if timeDate == nil, tree.nodes[index].tag == "time", let value = tree.nodes[index].attributes["datetime"] {
                timeDate = Self.isoDay(value)
            }
            if markedDate == nil, tree.nodes[index].attributes["itemprop"]?.lowercased() == "datepublished" {
                let node = tree.nodes[index]
                markedDate = node.attributes["datetime"].flatMap(Self.isoDay) ?? Self.writtenDay(Self.ownText(of: node, in: tree))
            }
        }
        published = metaDate ?? linked.datePublished.flatMap { Self.isoDay($0) ?? Self.writtenDay($0) } ?? timeDate ?? markedDate
            ?? url.flatMap(Self.dayInAddress)

        // Authors.
        var names = linked.authors
        if names.isEmpty {
            for key in ["author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator"] {
                guard let value = meta[key], !Self.isAbsolute(value) else { continue }
                names = value.components(separatedBy: CharacterSet(charactersIn: ",;|")).map(Self.clean)
                if key == "byl" { names = names.map { $0.hasPrefix("By ") ? String($0.dropFirst(3)) : $0 } }
                break
            }
        }
        var seen: Set<String> = []
        authors = names.map(Self.clean).filter { !$0.isEmpty && !Self.isAbsolute($0) && $0.count < 80 && seen.insert($0.lowercased()).inserted }
    }

    /// Meta values by name, whitespace collapsed and blanks dropped on the way out.
    struct Lookup {
        var raw: [String: String]
        subscript(key: String) -> String? {
            guard let value = raw[key] else { return nil }
            let cleaned = PageMetadata.clean(value)
            return cleaned.isEmpty ? nil : cleaned
        }
    }

    /// Whitespace runs collapsed to one space, ends trimmed (bytes, not characters: cheap).
    static func clean(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pending = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pending = !bytes.isEmpty
                continue
            }
            if pending {
                bytes.append(0x20)
                pending = false
            }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isAbsolute(_ text: String) -> Bool { text.hasPrefix("http://") || text.hasPrefix("https://") }

    /// "Opinion | Headline": a one- or two-word section label before the headline goes.
    static func withoutSection(_ title: String) -> String {
        guard let range = title.range(of: " | ") else { return title }
        let head = title[..<range.lowerBound], tail = title[range.upperBound...]
        guard head.split(separator: " ").count <= 2, tail.split(separator: " ").count >= 3 else { return title }
        return String(tail)
    }

    static func ownText(of node: PageTree.Node, in tree: PageTree) -> String {
        node.children.map { tree.text(of: $0) }.joined(separator: " ")
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// A date as people write it: "19 Nov 2019 07:09 GMT", "Fri 6:45 PM, Feb 16, 2018",
    /// "November 19, 2019".
    static func writtenDay(_ text: String) -> String? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        for (index, word) in words.enumerated() {
            guard word.count >= 3, let month = months.firstIndex(where: { word.hasPrefix($0) }),
                months[month].count == 3, word.count <= 9
            else { continue }
            let before = index > 0 ? Int(words[index - 1]) : nil
            let after = index + 1 < words.count ? Int(words[index + 1]) : nil
            let year: Int?
            let day: Int?
            if let after, after >= 1, after <= 31, index + 2 < words.count, let y = Int(words[index + 2]), y > 1900 {
                (day, year) = (after, y)
            } else if let before, before >= 1, before <= 31, let after, after > 1900 {
                (day, year) = (before, after)
            } else {
                continue
            }
            guard let day, let year else { continue }
            return validDay(String(format: "%04d-%02d-%02d", year, month + 1, day))
        }
        return nil
    }

    /// "Headline | Outlet", "Headline - Outlet", "Headline — Outlet": the tail goes when it
    /// names the outlet or is short beside the headline.
    static func withoutSiteName(_ title: String, outlet: String?) -> String {
        for separator in [" | ", " - ", " — ", " – ", " :: ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound])
            let tail = String(title[range.upperBound...])
            let simplified = { (text: String) in text.lowercased().filter { $0.isLetter || $0.isNumber } }
            let namesOutlet = outlet.map { simplified(tail).contains(simplified($0)) || simplified($0).contains(simplified(tail)) } ?? false
            if namesOutlet || (tail.split(separator: " ").count <= 3 && head.split(separator: " ").count >= 4) {
                return withoutSiteName(head, outlet: outlet)
            }
        }
        return title
    }

    /// "Headline - The New York Times": a short last part of the `<title>` names the site.
    static func titleTail(_ title: String) -> String? {
        let ranges = [" | ", " - ", " — ", " – "].compactMap { title.range(of: $0, options: .backwards) }
        guard let range = ranges.max(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let tail = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
        let words = tail.split(separator: " ").count
        guard words >= 1, words <= 4, title[..<range.lowerBound].split(separator: " ").count >= 3 else { return nil }
        return tail
    }

    /// "2019-11-19T10:00:00-05:00", "2019-11-19" → "2019-11-19": the date as written, in
    /// the publisher's zone.
    static func isoDay(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = Array(trimmed.utf8.prefix(10))
        if digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-") {
            let day = String(decoding: digits, as: UTF8.self)
            return validDay(day)
        }
        // Compact form: 20191119 or 20191119T…
        if digits.count >= 8, digits.prefix(8).allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            let s = String(decoding: digits.prefix(8), as: UTF8.self)
            return validDay("\(s.prefix(4))-\(s.dropFirst(4).prefix(2))-\(s.suffix(2))")
        }
        return nil
    }

    static func validDay(_ text: String) -> String? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1990...2100).contains(parts[0]), (1...12).contains(parts[1]) else { return nil }
        let leap = parts[0] % 4 == 0 && (parts[0] % 100 != 0 || parts[0] % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][parts[1] - 1]
        return (1...days).contains(parts[2]) ? text : nil
    }

    /// "/2019/11/19/" or "/2019-11-19" in the address.
    static func dayInAddress(_ address: String) -> String? {
        let parts = address.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." })
        guard parts.count >= 3 else { return nil }
        for start in 0..<(parts.count - 2) {
            // "/2019/11/19/" or, as some outlets write it, "/2019/nov/19/".
            let monthPart = parts[start + 1].lowercased()
            guard parts[start].count == 4, let year = Int(parts[start]), (1990...2100).contains(year),
                let month = monthPart.count == 2 ? Int(monthPart) : months.firstIndex(of: monthPart).map({ $0 + 1 }), (1...12).contains(month),
                parts[start + 2].count == 2, let day = Int(parts[start + 2]), (1...31).contains(day)
            else { continue }
            return validDay(String(format: "%04d-%02d-%02d", year, month, day))
        }
        return nil
    }
}
