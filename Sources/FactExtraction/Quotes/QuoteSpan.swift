/// A stretch of text between double quote marks in one paragraph.
struct QuoteSpan: Sendable, Equatable {
    var paragraph: Int
    /// The opening mark's offset.
    var open: Int
    /// The closing mark's offset; nil when the quote runs on to the end of the paragraph
    /// (British style: the next paragraph opens a new mark to continue it).
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
        var marks: [(offset: Int, role: MarkRole)] = []
        for (index, paragraph) in article.paragraphs.enumerated() where !paragraph.isBoilerplate {
            appendSpans(to: &spans, marks: &marks, in: article.scalars, paragraph: paragraph.range, index: index,
                        candidates: ArticleMarks.slice(article.marks, in: paragraph.range))
        }
        return spans
    }

    /// `candidates`: offsets in the paragraph that may be quote marks, in order (the
    /// article's `ArticleMarks`); every scalar of the paragraph when not given.
    static func spans(in scalars: [Unicode.Scalar], paragraph range: Range<Int>, index: Int, marks candidates: ArraySlice<Int>? = nil) -> [QuoteSpan] {
        precondition(range.upperBound <= scalars.count)
        let candidates = candidates ?? scalars.withUnsafeBufferPointer { ArticleMarks.scan($0, range)[...] }
        var spans: [QuoteSpan] = []
        var marks: [(offset: Int, role: MarkRole)] = []
        appendSpans(to: &spans, marks: &marks, in: scalars, paragraph: range, index: index, candidates: candidates)
        return spans
    }

    /// The paragraph's spans appended to `spans`; `marks` is working room.
    private static func appendSpans(
        to spans: inout [QuoteSpan], marks: inout [(offset: Int, role: MarkRole)], in scalars: [Unicode.Scalar], paragraph range: Range<Int>,
        index: Int, candidates: ArraySlice<Int>
    ) {
        precondition(range.upperBound <= scalars.count)
        marks.removeAll(keepingCapacity: true)
        for offset in candidates where ArticleMarks.isQuoteMark(scalars[offset].value) && !isInchMark(scalars, offset) {
            marks.append((offset, role(of: scalars[offset], at: offset, in: scalars, range: range)))
        }
        guard !marks.isEmpty else { return }
        let first = spans.count
        var pending: Int?
        func emit(open: Int, close: Int?) {
            let inner = ArticleParser.trim(scalars, (open + 1)..<(close ?? range.upperBound))
            guard !inner.isEmpty else { return }
            spans.append(QuoteSpan(paragraph: index, open: open, close: close, text: inner))
        }
        for mark in marks {
            switch mark.role {
            case .opening:
                if let open = pending { emit(open: open, close: nil) }  // continued, never closed
                pending = mark.offset
            case .closing:
                if let open = pending {
                    emit(open: open, close: mark.offset)
                    pending = nil
                }
            case .either:
                if let open = pending {
                    emit(open: open, close: mark.offset)
                    pending = nil
                } else {
                    pending = mark.offset
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

    private static func role(of scalar: Unicode.Scalar, at offset: Int, in scalars: [Unicode.Scalar], range: Range<Int>) -> MarkRole {
        if scalar == "\u{201C}" || scalar == "\u{201E}" { return .opening }
        if scalar == "\u{201D}" { return .closing }
        let before = offset > range.lowerBound ? scalars[offset - 1] : " "
        let after = offset + 1 < range.upperBound ? scalars[offset + 1] : " "
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
