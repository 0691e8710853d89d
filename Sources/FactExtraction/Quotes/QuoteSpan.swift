import TextMachinery
/// A stretch of text between double quote marks in one paragraph.
struct QuoteSpan: Sendable, Equatable {
    var paragraph: Int
    /// The opening mark's offset.
    var open: Int
    /// The offset of the closing mark's last scalar (a twin apostrophe `''` is two); nil
    /// when the quote runs on to the end of the paragraph (British style: the next
    /// paragraph opens a new mark to continue it).
    var close: Int?
    /// The quoted text, trimmed of surrounding spaces.
    var text: Range<Int>
}

/// Finds quote spans, pairing marks by their shape and surroundings rather than by
/// counting, so an odd number of marks, a straight mark closed by a curly one, or a
/// quote continued British-style never derails the rest of the article.
enum QuoteFinder {
    enum MarkRole { case opening, closing, either }

    static func spans(in article: Article) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        // One list of marks for every paragraph, emptied and refilled: arrays made per
        // paragraph were most of what finding quotes cost.
        var marks: [Mark] = []
        // Archive text (the New York Times') writes every double quote as two apostrophes;
        // most articles have none, and skip looking for them.
        let twins = hasTwinApostrophes(article.ascii)
        for (index, paragraph) in article.paragraphs.enumerated() where !paragraph.isBoilerplate {
            appendSpans(to: &spans, marks: &marks, in: article.scalars, paragraph: paragraph.range, index: index,
                        candidates: ArticleMarks.slice(article.marks, in: paragraph.range), twins: twins)
        }
        return spans
    }

    /// A quote mark: one scalar (" “ ” „) or a twin apostrophe (`''`), two.
    struct Mark {
        var offset: Int
        var role: MarkRole
        var width: Int
    }

    static func hasTwinApostrophes(_ bytes: [UInt8]) -> Bool {
        let twin: [UInt8] = [0x27, 0x27]
        return bytes.withUnsafeBufferPointer { text in twin.withUnsafeBufferPointer { ByteText.contains(text, $0) } }
    }

    /// `candidates`: offsets in the paragraph that may be quote marks, in order (the
    /// article's `ArticleMarks`); every scalar of the paragraph when not given.
    static func spans(in scalars: [Unicode.Scalar], paragraph range: Range<Int>, index: Int, marks candidates: ArraySlice<Int>? = nil) -> [QuoteSpan] {
        precondition(range.upperBound <= scalars.count)
        let candidates = candidates ?? scalars.withUnsafeBufferPointer { ArticleMarks.scan($0, range)[...] }
        var spans: [QuoteSpan] = []
        var marks: [Mark] = []
        appendSpans(to: &spans, marks: &marks, in: scalars, paragraph: range, index: index, candidates: candidates, twins: true)
        return spans
    }

    /// The paragraph's spans appended to `spans`; `marks` is working room.
    private static func appendSpans(
        to spans: inout [QuoteSpan], marks: inout [Mark], in scalars: [Unicode.Scalar], paragraph range: Range<Int>,
        index: Int, candidates: ArraySlice<Int>, twins: Bool
    ) {
        precondition(range.upperBound <= scalars.count)
        marks.removeAll(keepingCapacity: true)
        for offset in candidates where ArticleMarks.isQuoteMark(scalars[offset].value) && !isInchMark(scalars, offset) {
            marks.append(Mark(offset: offset, role: role(of: scalars[offset], at: offset, width: 1, in: scalars, range: range), width: 1))
        }
        if twins { appendTwinApostrophes(to: &marks, in: scalars, range: range) }
        guard !marks.isEmpty else { return }
        let first = spans.count
        var pending: Mark?
        func emit(open: Mark, close: Mark?) {
            let inner = ArticleParser.trim(scalars, (open.offset + open.width)..<(close?.offset ?? range.upperBound))
            guard !inner.isEmpty else { return }
            spans.append(QuoteSpan(paragraph: index, open: open.offset, close: close.map { $0.offset + $0.width - 1 }, text: inner))
        }
        for mark in marks {
            switch mark.role {
            case .opening:
                if let open = pending { emit(open: open, close: nil) }  // continued, never closed
                pending = mark
            case .closing:
                if let open = pending {
                    emit(open: open, close: mark)
                    pending = nil
                }
            case .either:
                if let open = pending {
                    emit(open: open, close: mark)
                    pending = nil
                } else {
                    pending = mark
                }
            }
        }
        if let open = pending { emit(open: open, close: nil) }
        // An unclosed span cut off by a later opening mark ends before it: trim to it.
        for index in spans.indices[first...].dropLast() where spans[index].close == nil {
            let next = spans[index + 1]
            spans[index].text = ArticleParser.trim(scalars, spans[index].text.lowerBound..<min(spans[index].text.upperBound, next.open))
        }
        // Spans trimmed to nothing are dropped, in place.
        var kept = first
        for index in first..<spans.count where !spans[index].text.isEmpty {
            spans[kept] = spans[index]
            kept += 1
        }
        spans.removeSubrange(kept...)
    }

    /// Twin apostrophes merged into `marks` in offset order. A run of three (`'''`, a
    /// single quote closing inside a double one) keeps the twin on the side of the space.
    private static func appendTwinApostrophes(to marks: inout [Mark], in scalars: [Unicode.Scalar], range: Range<Int>) {
        var twins: [Mark] = []
        var offset = range.lowerBound
        while offset + 1 < range.upperBound {
            guard scalars[offset] == "'", scalars[offset + 1] == "'" else {
                offset += 1
                continue
            }
            var start = offset
            if offset + 2 < range.upperBound, scalars[offset + 2] == "'" {
                // "'''": the twin is the pair next to the space.
                let spaceAfter = offset + 3 >= range.upperBound || ScalarText.isWhitespace(scalars[offset + 3])
                if spaceAfter { start = offset + 1 }
            }
            twins.append(Mark(offset: start, role: role(of: "'", at: start, width: 2, in: scalars, range: range), width: 2))
            offset = start + 2
            while offset < range.upperBound, scalars[offset] == "'" { offset += 1 }
        }
        guard !twins.isEmpty else { return }
        marks.append(contentsOf: twins)
        marks.sort { $0.offset < $1.offset }
    }

    private static func role(of scalar: Unicode.Scalar, at offset: Int, width: Int, in scalars: [Unicode.Scalar], range: Range<Int>) -> MarkRole {
        if scalar == "\u{201C}" || scalar == "\u{201E}" { return .opening }
        if scalar == "\u{201D}" { return .closing }
        let before = offset > range.lowerBound ? scalars[offset - 1] : " "
        let after = offset + width < range.upperBound ? scalars[offset + width] : " "
        let spaceBefore: Bool
        switch before {
        case "(", "[", "{", "\u{2014}", "\u{2013}", "-", ":": spaceBefore = true
        default: spaceBefore = ScalarText.isWhitespace(before)
        }
        let spaceAfter: Bool
        switch after {
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", "\u{2014}", "\u{2013}": spaceAfter = true
        default: spaceAfter = ScalarText.isWhitespace(after)
        }
        if spaceBefore && !spaceAfter { return .opening }
        if !spaceBefore && spaceAfter { return .closing }
        return .either
    }

    /// `5' 10"`: a height, not speech.
    private static func isInchMark(_ scalars: [Unicode.Scalar], _ offset: Int) -> Bool {
        var index = offset - 1
        var digits = 0
        while index >= 0, ("0"..."9").contains(scalars[index]) {
            digits += 1
            index -= 1
        }
        guard digits > 0, digits <= 2 else { return false }
        while index >= 0, scalars[index] == " " { index -= 1 }
        return index >= 0 && (scalars[index] == "'" || scalars[index] == "\u{2019}") && index > 0 && ("0"..."9").contains(scalars[index - 1])
    }
}
