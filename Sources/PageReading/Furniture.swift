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

    static func isFurniture(_ node: PageTree.Node) -> Bool {
        if wrappers.contains(node.tag) { return false }
        if tags.contains(node.tag) { return true }
        if let role = node.attributes["role"]?.lowercased(), roles.contains(role) { return true }
        if node.attributes["hidden"] != nil || node.attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = node.attributes["style"]?.lowercased().filter({ $0 != " " }), style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        guard !node.classAndID.isEmpty else { return false }
        if node.attributes["itemprop"]?.lowercased() == "articlebody" { return false }
        if articleFragments.contains(where: { node.classAndID.contains($0) }) { return false }
        for token in node.classAndID.split(separator: " ") {
            if tokens.contains(String(token)) { return true }
            if token.hasPrefix("ad-") || token.hasPrefix("ads-") || token.hasSuffix("-ad") || token.hasSuffix("-ads") { return true }
            for fragment in fragments where token.contains(fragment) {
                // "commentary" is an opinion piece, not a comment thread.
                if fragment == "comment", token.contains("commentary") { continue }
                return true
            }
        }
        return false
    }
}
