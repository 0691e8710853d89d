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
/// The needles sit end to end in one buffer, grouped by first byte, so the search reads
/// flat memory (an array of arrays retained and released an inner array per byte looked at).
struct FragmentMatcher {
    /// All needles' bytes end to end, in the initial order.
    private let bytes: [UInt8]
    /// Needle `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let starts: [Int]
    /// The needles whose first byte is `b` are `candidates[groupStarts[b]..<groupStarts[b + 1]]`,
    /// in the initial order.
    private let candidates: [Int]
    private let groupStarts: [Int]

    init(_ words: [String]) {
        let needles = words.map { Array($0.utf8) }
        bytes = needles.flatMap { $0 }
        starts = needles.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        var groups = [[Int]](repeating: [], count: 256)
        for (index, needle) in needles.enumerated() { groups[Int(needle[0])].append(index) }
        candidates = groups.flatMap { $0 }
        groupStarts = groups.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    }

    /// The index (in the initial list) of a word found in `haystack`, the lowest position first.
    func firstMatch(in haystack: ArraySlice<UInt8>) -> Int? {
        haystack.withUnsafeBufferPointer { text in
            bytes.withUnsafeBufferPointer { bytes in
                starts.withUnsafeBufferPointer { starts in
                    candidates.withUnsafeBufferPointer { candidates in
                        groupStarts.withUnsafeBufferPointer { groupStarts in
                            for position in 0..<text.count {
                                let first = Int(text[position])
                                for slot in groupStarts[first]..<groupStarts[first + 1] {
                                    let needle = candidates[slot]
                                    let start = starts[needle], length = starts[needle + 1] - start
                                    guard text.count - position >= length else { continue }
                                    var matched = 1
                                    while matched < length, text[position + matched] == bytes[start + matched] { matched += 1 }
                                    if matched == length { return needle }
                                }
                            }
                            return nil
                        }
                    }
                }
            }
        }
    }

    func matches(_ haystack: ArraySlice<UInt8>) -> Bool { firstMatch(in: haystack) != nil }
}
