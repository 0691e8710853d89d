import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Everything that can go wrong fetching or saving a page, with the user-facing text in one
/// place: each names the address (or the saved file) and what went wrong, in one line.
public enum PageFetchError: Error, Equatable, CustomStringConvertible {
    /// Text that does not parse as an address at all (a space, a stray bracket).
    case notAnAddress(String)
    /// Not an `http` or `https` address (`ftp:`, `file:`, a missing host).
    case badScheme(URL)
    /// A redirect from `url` to an address that is not `http` or `https`.
    case redirectToBadScheme(URL, target: URL)
    case tooManyRedirects(URL, limit: Int)
    /// A redirect back to an address already visited on the way.
    case redirectLoop(URL, revisited: URL)
    /// The server answered, but not with success (404, 500, a 3xx with nowhere to go).
    case httpStatus(URL, code: Int)
    case timeout(URL, seconds: Double)
    /// The body passed the size cap; reading stopped there.
    case tooLarge(URL, limit: Int)
    /// A PDF, image, JSON or other body that is neither a web page nor plain text.
    case notHTML(URL, contentType: String)
    /// The connection failed: host not found, connection refused, a TLS failure.
    case network(URL, reason: String)
    /// The save folder already holds a file of this name with something else in it.
    case savedPageConflict(path: String, url: URL)
    case cannotSave(path: String, reason: String)

    public var description: String {
        switch self {
        case .notAnAddress(let text):
            "'\(text)': not a valid web address"
        case .badScheme(let url):
            "'\(url.absoluteString)': not a web address (only http:// and https:// pages are fetched)"
        case .redirectToBadScheme(let url, let target):
            "\(url.absoluteString): redirects to '\(target.absoluteString)', which is not an http:// or https:// address"
        case .tooManyRedirects(let url, let limit):
            "\(url.absoluteString): more than \(limit) redirects; gave up"
        case .redirectLoop(let url, let revisited):
            "\(url.absoluteString): redirects in a loop (back to \(revisited.absoluteString))"
        case .httpStatus(let url, let code):
            "\(url.absoluteString): the server answered \(code) \(HTTPURLResponse.localizedString(forStatusCode: code))"
        case .timeout(let url, let seconds):
            "\(url.absoluteString): no complete answer within \(Self.seconds(seconds)) (the server is slow or unreachable)"
        case .tooLarge(let url, let limit):
            "\(url.absoluteString): the page is larger than \(Self.size(limit)); not read past that"
        case .notHTML(let url, let contentType):
            "\(url.absoluteString): is '\(contentType)', not a web page (HTML or plain text)"
        case .network(let url, let reason):
            "\(url.absoluteString): cannot fetch: \(reason)"
        case .savedPageConflict(let path, let url):
            "\(path): already holds a different copy; the page fetched from \(url.absoluteString) was not saved over it (move the old file away to save the new one)"
        case .cannotSave(let path, let reason):
            "\(path): cannot save the page: \(reason)"
        }
    }

    /// Whether the fault lies with the address or what it serves (exit 2, bad input) rather
    /// than with the network or the disk (exit 3): a 404 will not change by trying again.
    public var isInputProblem: Bool {
        switch self {
        case .notAnAddress, .badScheme, .redirectToBadScheme, .tooManyRedirects, .redirectLoop, .httpStatus, .tooLarge, .notHTML,
            .savedPageConflict:
            true
        case .timeout, .network, .cannotSave:
            false
        }
    }

    private static func seconds(_ value: Double) -> String {
        let text = value == value.rounded() ? String(Int(value)) : String(value)
        return value == 1 ? "1 second" : "\(text) seconds"
    }

    private static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }
}
