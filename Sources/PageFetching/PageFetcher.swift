import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches news pages politely: it says who it is, follows redirects a bounded number of
/// times, gives up after a timeout and stops reading at a size cap, so one bad address
/// cannot hang or flood a run over many. It touches the network only inside `fetch`.
public struct PageFetcher: Sendable {
    public struct Options: Sendable {
        /// Sent with every request, so a site's operators can see who is reading and why.
        public var userAgent: String
        /// For the whole fetch, redirects and body included, not just between packets: a
        /// server that trickles a byte a second is as stuck as one that never answers.
        public var timeout: TimeInterval
        /// Bytes of (decompressed) body at most; reading stops as soon as it is passed.
        public var maxBytes: Int
        public var maxRedirects: Int

        public static let defaultTimeout: TimeInterval = 30
        public static let defaultMaxBytes = 20 << 20
        public static let defaultMaxRedirects = 10

        public init(
            userAgent: String, timeout: TimeInterval = defaultTimeout, maxBytes: Int = defaultMaxBytes,
            maxRedirects: Int = defaultMaxRedirects
        ) {
            self.userAgent = userAgent
            self.timeout = timeout
            self.maxBytes = maxBytes
            self.maxRedirects = maxRedirects
        }

        /// `FactDrill/0.1.0 (+https://…)`: the product token and a page that explains it, the
        /// form crawlers' operators look for in their logs.
        public static func userAgent(version: String, projectURL: String) -> String {
            "FactDrill/\(version) (+\(projectURL))"
        }
    }

    public var options: Options

    public init(options: Options) {
        self.options = options
    }

    /// The page at `url`, after redirects, as long as it is HTML or plain text.
    ///
    /// Blocks the calling thread until the page is read or the timeout passes.
    /// - Throws: `PageFetchError`, naming `url`.
    public func fetch(_ url: URL) throws(PageFetchError) -> FetchedPage {
        guard Self.isWebAddress(url) else { throw .badScheme(url) }
        let transfer = PageTransfer(url: url, options: options)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = options.timeout
        configuration.timeoutIntervalForResource = options.timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        // In memory only; a consent or paywall page sets a cookie and redirects back to itself.
        configuration.httpCookieAcceptPolicy = .always
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
        defer { session.invalidateAndCancel() }  // the session holds its delegate until invalidated
        var request = URLRequest(url: url, timeoutInterval: options.timeout)
        request.setValue(options.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1", forHTTPHeaderField: "Accept")
        let task = session.dataTask(with: request)
        task.resume()
        if transfer.finished.wait(timeout: .now() + options.timeout) == .timedOut {
            transfer.fail(.timeout(url, seconds: options.timeout))
            task.cancel()
        }
        return try transfer.result()
    }

    /// http and https with a host; everything else (file:, ftp:, data:) is refused before
    /// anything is opened.
    static func isWebAddress(_ url: URL) -> Bool {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return false }
        return !(url.host ?? "").isEmpty
    }
}
