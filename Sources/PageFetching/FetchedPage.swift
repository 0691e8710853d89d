import Foundation

/// A web page as the server sent it: bytes undecoded (the reader decides the character set
/// from `charset`, a `<meta charset>` or a BOM), after any gzip or deflate transfer coding.
public struct FetchedPage: Sendable, Equatable {
    /// The address asked for, as given.
    public var requestedURL: URL
    /// Where the redirects ended: the address the body came from, which relative links and
    /// a saved copy's name are taken from.
    public var finalURL: URL
    public var body: [UInt8]
    /// The media type without parameters, lower-cased (`text/html`); nil when the server
    /// sent none.
    public var contentType: String?
    /// The `charset` parameter of the Content-Type header, as sent; nil when absent.
    public var charset: String?

    public init(requestedURL: URL, finalURL: URL, body: [UInt8], contentType: String?, charset: String?) {
        self.requestedURL = requestedURL
        self.finalURL = finalURL
        self.body = body
        self.contentType = contentType
        self.charset = charset
    }
}
