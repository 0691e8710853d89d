import Foundation
import PageFetching
import TestPageServer
import Testing

@Suite struct PageFetcherTests {
    static let userAgent = PageFetcher.Options.userAgent(version: "9.9.9", projectURL: "https://example.org/factdrill")

    func fetcher(timeout: TimeInterval = 30, maxBytes: Int = 1 << 20, maxRedirects: Int = 5) -> PageFetcher {
        PageFetcher(options: .init(userAgent: Self.userAgent, timeout: timeout, maxBytes: maxBytes, maxRedirects: maxRedirects))
    }

    func fixture(_ name: String) throws -> [UInt8] {
        try PageServer.fixture(name)
    }

    /// The error a fetch throws, with the checks every error must pass: one line naming the address.
    func failure(_ path: String, with fetcher: PageFetcher? = nil) throws -> PageFetchError {
        let url = try PageServer.url(path)
        do throws(PageFetchError) {
            let page = try (fetcher ?? self.fetcher()).fetch(url)
            Issue.record("fetched \(page.body.count) bytes from \(path), expected an error")
            throw PageFetchError.network(url, reason: "no error")
        } catch {
            #expect(error.description.contains(url.absoluteString))
            #expect(!error.description.contains("\n"))
            return error
        }
    }

    // MARK: - Pages

    @Test func fetchesAPageAsTheServerSentIt() throws {
        let url = try PageServer.url("/article.html")
        let page = try fetcher().fetch(url)
        #expect(page.body == (try fixture("article.html")))
        #expect(page.requestedURL == url)
        #expect(page.finalURL == url)
        #expect(page.contentType == "text/html")
        #expect(page.charset == "utf-8")
    }

    @Test func keepsTheBytesAndReportsTheHeadersCharset() throws {
        let page = try fetcher().fetch(try PageServer.url("/latin1.html"))
        #expect(page.body == (try fixture("latin1.html")))
        #expect(page.charset == "ISO-8859-1")
    }

    @Test func acceptsPlainText() throws {
        let page = try fetcher().fetch(try PageServer.url("/plain.txt"))
        #expect(page.contentType == "text/plain")
        #expect(String(decoding: page.body, as: UTF8.self).hasPrefix("Budget row\n"))
    }

    @Test func acceptsAnUnlabelledPageButNotUnlabelledBinary() throws {
        let page = try fetcher().fetch(try PageServer.url("/unlabelled.html"))
        #expect(page.contentType == nil)
        #expect(page.body == (try fixture("article.html")))
        let error = try failure("/unlabelled.bin")
        #expect(error == .notHTML(try PageServer.url("/unlabelled.bin"), contentType: "unlabelled binary data"))
    }

    @Test func acceptsUTF16TextWithItsNulBytes() throws {
        let page = try fetcher().fetch(try PageServer.url("/utf16.html"))
        #expect(page.body.starts(with: [0xFF, 0xFE, UInt8(ascii: "<"), 0]))
    }

    @Test func namesFactDrillInTheUserAgent() throws {
        let page = try fetcher().fetch(try PageServer.url("/user-agent"))
        #expect(String(decoding: page.body, as: UTF8.self) == "FactDrill/9.9.9 (+https://example.org/factdrill)")
    }

    @Test func decodesGzip() throws {
        let page = try fetcher().fetch(try PageServer.url("/gzip.html"))
        #expect(page.body == (try fixture("article.html")))
    }

    // MARK: - Redirects

    @Test func followsRedirectsToTheFinalAddress() throws {
        for path in ["/redirect", "/moved", "/chain/5"] {
            let url = try PageServer.url(path)
            let page = try fetcher(maxRedirects: 6).fetch(url)
            #expect(page.requestedURL == url)
            #expect(page.finalURL == (try PageServer.url("/article.html")), "\(path)")
            #expect(page.body == (try fixture("article.html")))
        }
    }

    @Test func givesUpAfterTheRedirectLimit() throws {
        let fetcher = fetcher(maxRedirects: 3)
        _ = try fetcher.fetch(try PageServer.url("/chain/2"))  // three redirects: allowed
        let error = try failure("/chain/3", with: fetcher)
        #expect(error == .tooManyRedirects(try PageServer.url("/chain/3"), limit: 3))
    }

    @Test func stopsARedirectLoop() throws {
        let error = try failure("/loop-a")
        #expect(error == .redirectLoop(try PageServer.url("/loop-a"), revisited: try PageServer.url("/loop-a")))
    }

    @Test func followsARedirectBackToTheSameAddressOnceItsCookieIsSet() throws {
        let url = try PageServer.url("/cookie-wall")
        let page = try fetcher().fetch(url)
        #expect(page.finalURL == url)
        #expect(page.body == (try fixture("article.html")))
    }

    @Test func refusesARedirectOutOfTheWeb() throws {
        let error = try failure("/to-ftp")
        #expect(error == .redirectToBadScheme(try PageServer.url("/to-ftp"), target: URL(string: "ftp://127.0.0.1/file.html")!))
    }

    // MARK: - Failures

    @Test(arguments: [("/missing", 404), ("/broken", 500)])
    func reportsTheHTTPStatus(path: String, code: Int) throws {
        let error = try failure(path)
        #expect(error == .httpStatus(try PageServer.url(path), code: code))
        #expect(error.description.contains("\(code)"))
        #expect(error.isInputProblem)
    }

    @Test func timesOutOnASlowServer() throws {
        let error = try failure("/slow", with: fetcher(timeout: 0.5))
        #expect(error == .timeout(try PageServer.url("/slow"), seconds: 0.5))
        #expect(!error.isInputProblem)
    }

    @Test func timesOutOnAServerThatTricklesForever() throws {
        let error = try failure("/trickle", with: fetcher(timeout: 1))
        #expect(error == .timeout(try PageServer.url("/trickle"), seconds: 1))
    }

    @Test(arguments: [("/report.pdf", "application/pdf"), ("/photo.png", "image/png"), ("/data.json", "application/json")])
    func refusesWhatIsNotAPage(path: String, type: String) throws {
        let error = try failure(path)
        #expect(error == .notHTML(try PageServer.url(path), contentType: type))
    }

    @Test(arguments: ["/big", "/big-unannounced", "/gzip-bomb"])
    func stopsAtTheSizeCap(path: String) throws {
        let error = try failure(path, with: fetcher(maxBytes: 1 << 20))
        #expect(error == .tooLarge(try PageServer.url(path), limit: 1 << 20))
        #expect(error.description.contains("1 MB"))
    }

    @Test(arguments: ["ftp://127.0.0.1/a.html", "file:///etc/passwd", "http:///no-host", "mailto:a@example.org"])
    func refusesAddressesThatAreNotWebPages(address: String) throws {
        let url = try #require(URL(string: address))
        #expect(throws: PageFetchError.badScheme(url)) { try fetcher().fetch(url) }
    }

    @Test func reportsARefusedConnection() throws {
        // Port 1 on the loopback: nothing listens there.
        let url = try #require(URL(string: "http://127.0.0.1:1/article.html"))
        #expect(throws: PageFetchError.network(url, reason: "the server refused the connection")) { try fetcher().fetch(url) }
    }
}
