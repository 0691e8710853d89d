/// Substring search over UTF-8 bytes. Foundation's `String.contains(_:)` on Linux goes
/// through NSString and cost most of a page's reading time when run over every class
/// name on the page.
enum ByteSearch {
    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < needle.count, haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}

/// Many short needles searched in one pass: each needle is tried only where the haystack
/// has its first byte (class names are checked against some seventy words on every element).
struct FragmentMatcher {
    private let needles: [[UInt8]]
    private var byFirstByte = [[Int]](repeating: [], count: 256)

    init(_ words: [String]) {
        needles = words.map { Array($0.utf8) }
        for (index, needle) in needles.enumerated() { byFirstByte[Int(needle[0])].append(index) }
    }

    /// The index (in the initial list) of a word found in `haystack`, the lowest position first.
    func firstMatch(in haystack: ArraySlice<UInt8>) -> Int? {
        var position = haystack.startIndex
        while position < haystack.endIndex {
            for index in byFirstByte[Int(haystack[position])] {
                let needle = needles[index]
                if haystack.endIndex - position >= needle.count, haystack[position..<position + needle.count].elementsEqual(needle) {
                    return index
                }
            }
            position += 1
        }
        return nil
    }

    func matches(_ haystack: ArraySlice<UInt8>) -> Bool { firstMatch(in: haystack) != nil }
}
