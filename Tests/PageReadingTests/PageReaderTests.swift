import Testing
@testable import PageReading

@Suite struct PageReaderTests {
    func read(_ html: String, contentType: String? = nil, url: String? = nil) throws -> WebArticle {
        try PageReader.read(Array(html.utf8), contentType: contentType, url: url)
    }

    @Test func keepsTheArticleParagraphsAndLeavesTheFurniture() throws {
        let page = try read(PageFixtures.article())
        #expect(page.paragraphs == PageFixtures.paragraphs)
    }

    @Test func readsOpenGraphAndArticleMetadata() throws {
        let page = try read(PageFixtures.article())
        #expect(page.headline == "Council votes to close Mill Lane baths")
        #expect(page.outlet == "The Daily Planet")
        #expect(page.published == "2024-03-05")
        #expect(page.authors == ["Sam Reporter"])
        #expect(page.url == "https://www.dailyplanet.example/news/2024/03/05/mill-lane-baths")
        #expect(page.missing.isEmpty)
    }

    @Test func readsJSONLinkedData() throws {
        let head = """
            <title>Mill Lane</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "ignored"},
              {"@type": "NewsArticle", "headline": "Baths to close", "datePublished": "2024-02-29T09:00:00-05:00",
               "author": [{"@type": "Person", "name": "Ann Writer"}, {"@type": "Person", "name": "Bo Editor"}],
               "publisher": {"@type": "Organization", "name": "Planet News"}}]}
            </script>
            """
        let page = try read(PageFixtures.article(head: head))
        #expect(page.outlet == "Planet News")
        #expect(page.published == "2024-02-29")
        #expect(page.authors == ["Ann Writer", "Bo Editor"])
        #expect(page.headline == "Baths to close")
    }

    @Test func fallsBackToTitleTimeAndAddress() throws {
        let head = "<title>Council votes to close Mill Lane baths - Evening Star</title>"
        let page = try read(PageFixtures.article(head: head), url: "https://evening.example/2023/11/19/baths")
        #expect(page.headline == "Council votes to close Mill Lane baths")
        #expect(page.outlet == "Evening Star")
        #expect(page.published == "2023-11-19")
        #expect(page.url == "https://evening.example/2023/11/19/baths")
        let timed = try read(PageFixtures.article(head: "<title>x</title>", bodyBefore: #"<time datetime="2022-07-01T08:00">1 July</time>"#))
        #expect(timed.published == "2022-07-01")
    }

    /// The tree is built from the parser's events: text split by a character reference is
    /// one text node (a date written "No&#118; 19, 2019" reads), while text after the page's
    /// root, and text inside a script, is no part of the page.
    @Test func parserEventsMakeTheTreeLibxmlWould() throws {
        let marked = #"<span itemprop="datePublished">No&#118; 19, 2019</span>"#
        let page = try read(PageFixtures.article(head: "<title>x</title>", bodyBefore: marked))
        #expect(page.published == "2019-11-19")
        let tree = PageReader.parse(Array("<html><body><p>One <b>two</b> th&amp;ree</p><script>var x = 1;</script></body></html>tail".utf8), charset: "UTF-8", url: nil)
        let texts = tree.nodes.indices.filter { tree.nodes[$0].isText }.map { tree.text(of: $0) }
        #expect(texts == ["One ", "two", " th&ree"])
        #expect(tree.nodes.map(\.tag) == ["#document", "html", "body", "p", "", "b", "", ""])
    }

    @Test(arguments: [
        ("https://news.example/2019/11/19/story", "2019-11-19"),
        ("https://news.example/truth-o-meter/article/2019/nov/18/guide/", "2019-11-18"),
        ("https://news.example/story-2019-02-30.html", nil),
        ("https://news.example/story/12345", nil),
    ] as [(String, String?)])
    func dateInTheAddress(address: String, day: String?) {
        #expect(PageMetadata.dayInAddress(address) == day)
    }

    @Test(arguments: [
        ("19 Nov 2019 07:09 GMT", "2019-11-19"),
        ("Fri 6:45 PM, Feb 16, 2018", "2018-02-16"),
        ("Posted: November 5, 2021", "2021-11-05"),
        ("Updated 5 minutes ago", nil),
    ] as [(String, String?)])
    func writtenDates(text: String, day: String?) {
        #expect(PageMetadata.writtenDay(text) == day)
    }

    @Test func aHandleGivesWayToTheHost() throws {
        let head = #"<meta property="og:site_name" content="planetnews"><link rel="canonical" href="https://www.planetnews.example/a">"#
        #expect(try read(PageFixtures.article(head: head)).outlet == "planetnews.example")
        let opinion = #"<meta property="og:title" content="Opinion | The baths deserved better than this">"#
        #expect(try read(PageFixtures.article(head: opinion)).headline == "The baths deserved better than this")
    }

    @Test func saysWhatThePageDidNotShow() throws {
        let page = try read(PageFixtures.article(head: ""))
        #expect(page.outlet == nil)
        #expect(page.published == nil)
        #expect(page.url == nil)
        #expect(page.missing == ["source", "published", "url", "authors"])
        #expect(page.frontMatterText.contains("missing: source, published, url, authors\n"))
        // The h1 still gives the headline.
        #expect(page.headline == "Council votes to close Mill Lane baths")
    }

    @Test func frontMatterTextIsWhatTheTextReaderTakes() throws {
        let text = try read(PageFixtures.article()).frontMatterText
        #expect(text.hasPrefix("---\nsource: The Daily Planet\npublished: 2024-03-05\nurl: https://www.dailyplanet.example/news/2024/03/05/mill-lane-baths\nauthors: Sam Reporter\n---\nCouncil votes to close Mill Lane baths\n"))
        #expect(text.hasSuffix(PageFixtures.paragraphs.joined(separator: "\n") + "\n"))
    }

    @Test func aPageWithoutAnArticleIsATypedError() {
        #expect(throws: PageReadingError.self) { try read(PageFixtures.homePage) }
        #expect(throws: PageReadingError.noArticle(reason: "the page is empty")) { try read("") }
        #expect(throws: PageReadingError.notHTML(kind: "a PDF")) { try PageReader.read(Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8)) }
    }
}
