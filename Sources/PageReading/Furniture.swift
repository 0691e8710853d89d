/// What marks an element as site furniture rather than article: its tag, its ARIA role,
/// and words in its class or id. General signals only; no site is named.
enum Furniture {
    static let tags: Set<String> = ["nav", "aside", "footer", "header", "figcaption", "figure", "menu", "dialog"]
    static let roles: Set<String> = ["navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "dialog", "alertdialog", "search", "toolbar"]

    /// Class or id fragments naming furniture; matched inside each class token.
    static let fragments: [String] = [
        "share", "sharing", "social", "related", "recommend", "comment", "cookie", "consent", "newsletter",
        "subscribe", "signup", "sign-up", "promo", "advert", "sponsor", "sidebar", "breadcrumb", "caption",
        "byline", "author-bio", "authorbio", "popular", "trending", "most-read", "mostread", "outbrain", "taboola",
        "footer", "masthead", "navigation", "navbar", "menu", "toolbar", "modal", "overlay", "paywall",
        "visually-hidden", "visuallyhidden", "sr-only", "screen-reader", "skip-link", "read-more", "readmore",
        "more-stories", "inline-ad", "ad-container", "ad-slot", "adslot", "ad-wrapper", "dfp", "pagination",
        "credit", "copyright", "timestamp", "dateline", "tag-list", "taglist", "keywords", "rating", "widget",
        "print-only", "disclaimer", "donate", "signin", "login", "banner",
    ]
    /// Whole class tokens naming furniture (too short to match inside other words).
    static let tokens: Set<String> = ["ad", "ads", "nav", "tags", "hide", "hidden", "aside", "meta", "share", "print", "tools"]
    /// Fragments that say an element holds the article itself, which no furniture word overrides.
    static let articleFragments: [String] = [
        "article-body", "articlebody", "article__body", "story-body", "storybody", "post-body", "entry-content",
        "article-content", "articlecontent", "main-content", "post-content", "story-content", "article-text", "body-text",
    ]

    /// Page and article wrappers: their classes describe the page ("logged-out",
    /// "unsubscribed"), not a piece of furniture.
    static let wrappers: Set<String> = ["html", "body", "main", "article"]

    /// How sure a furniture signal is. A hard one (a comment thread, a share bar, a
    /// caption) never holds the article; a soft one (a class saying "sidebar" or
    /// "paywall", an `<aside>`) sometimes wraps it, so `MainText` overrules it when the
    /// element holds the article.
    enum Kind { case none, soft, hard }

    /// Fragments only ever used for things that are not the article.
    static let hardFragments: [String] = [
        "comment", "cookie", "consent", "share", "sharing", "social", "related", "recommend", "outbrain", "taboola",
        "caption", "footer", "byline", "credit", "copyright", "breadcrumb", "newsletter", "tag-list", "taglist", "author-bio", "authorbio",
    ]

    /// "comment" is decided by the hard words ("commentary" is an opinion piece).
    private static let tokenBytes = tokens.map { Array($0.utf8) }
    private static let softMatcher = FragmentMatcher(fragments.filter { $0 != "comment" })
    private static let hardMatcher = FragmentMatcher(hardFragments)
    private static let hardWithoutComment = FragmentMatcher(hardFragments.filter { $0 != "comment" })
    private static let articleMatcher = FragmentMatcher(articleFragments)
    private static let adPrefix = Array("ad-".utf8), adsPrefix = Array("ads-".utf8)
    private static let adSuffixReversed = Array("da-".utf8), adsSuffixReversed = Array("sda-".utf8)
    private static let commentary = Array("commentary".utf8)
    private static let hiddenStyle = Array("display:none".utf8)
    private static let invisibleStyle = Array("visibility:hidden".utf8)

    /// - Parameter holdsArticle: `holdsArticle(node)`, which `MainText` has already
    ///   computed for every element (matching the article words again cost a tenth of this check).
    static func kind(_ node: PageTree.Node, holdsArticle: Bool) -> Kind {
        if wrappers.contains(node.tag) { return .none }
        if node.attributes["hidden"] != nil || node.attributes["aria-hidden"]?.lowercased() == "true" { return .hard }
        if let style = node.attributes["style"] {
            let bytes = Array(style.lowercased().utf8.filter { $0 != 32 })[...]
            if ByteSearch.contains(bytes, hiddenStyle) || ByteSearch.contains(bytes, invisibleStyle) { return .hard }
        }
        if node.tag == "figcaption" { return .hard }
        if tags.contains(node.tag) { return .soft }
        if let role = node.attributes["role"]?.lowercased(), roles.contains(role) { return .soft }
        guard !node.classAndID.isEmpty else { return .none }
        if holdsArticle { return .none }
        let bytes = node.classAndID
        if hardMatcher.matches(bytes[...]) {
            // A hard word inside some token: hard unless it is only "commentary".
            let hard = anyToken(of: bytes) { token in
                hardMatcher.matches(token) && !(ByteSearch.contains(token, commentary) && !hardWithoutComment.matches(token))
            }
            if hard { return .hard }
        }
        let soft = anyToken(of: bytes) { token in
            tokenBytes.contains(where: { $0.elementsEqual(token) })
                || token.starts(with: adPrefix) || token.starts(with: adsPrefix) || token.reversed().starts(with: adSuffixReversed)
                || token.reversed().starts(with: adsSuffixReversed) || softMatcher.matches(token)
        }
        if soft { return .soft }
        return .none
    }

    /// Whether any space-separated token of `bytes` passes `test`, tried in order (no
    /// array of tokens is made: splitting every element's classes cost a fifth of this check).
    private static func anyToken(of bytes: [UInt8], _ test: (ArraySlice<UInt8>) -> Bool) -> Bool {
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 32) ?? bytes.count
            if end > start, test(bytes[start..<end]) { return true }
            start = end + 1
        }
        return false
    }

    /// Markup saying the element is the article's body.
    static func holdsArticle(_ node: PageTree.Node) -> Bool {
        if node.attributes["itemprop"]?.lowercased() == "articlebody" { return true }
        guard !node.classAndID.isEmpty else { return false }
        let bytes = node.classAndID[...]
        return articleMatcher.matches(bytes)
    }
}
