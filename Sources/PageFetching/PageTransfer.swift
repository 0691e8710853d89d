import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One fetch in flight: URLSession's delegate, which enforces the fetcher's limits as the
/// response arrives (redirects before they are followed, the media type before the body
/// is read, the size cap as each packet lands) and hands the outcome to the waiting caller.
final class PageTransfer: NSObject, URLSessionDataDelegate, Sendable {
    private struct State {
        var visited: [URL]
        var response: HTTPURLResponse?
        var body: [UInt8] = []
        var error: PageFetchError?
    }

    private let url: URL
    private let options: PageFetcher.Options
    private let state: Mutex<State>
    /// Signalled once, when the task completes (successfully or not).
    let finished = DispatchSemaphore(value: 0)

    init(url: URL, options: PageFetcher.Options) {
        self.url = url
        self.options = options
        self.state = Mutex(State(visited: [url]))
    }

    /// Records the first failure only: a cancellation that follows it must not replace it.
    func fail(_ error: PageFetchError) {
        state.withLock { if $0.error == nil { $0.error = error } }
    }

    func result() throws(PageFetchError) -> FetchedPage {
        let outcome: Result<FetchedPage, PageFetchError> = state.withLock { state in
            if let error = state.error { return .failure(error) }
            guard let response = state.response else {
                return .failure(.network(url, reason: "the connection closed without an answer"))
            }
            let type = MediaType(response: response)
            if type.name == nil, MediaType.looksBinary(state.body) {
                return .failure(.notHTML(url, contentType: "unlabelled binary data"))
            }
            return .success(FetchedPage(
                requestedURL: url, finalURL: response.url ?? state.visited.last ?? url, body: state.body,
                contentType: type.name, charset: type.charset))
        }
        return try outcome.get()
    }

    // MARK: - URLSessionDataDelegate

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        let refusal: PageFetchError? = state.withLock { state in
            guard let target = request.url else { return .httpStatus(url, code: response.statusCode) }
            if !PageFetcher.isWebAddress(target) { return .redirectToBadScheme(url, target: target) }
            // One return to an address is allowed (sites redirect back once a cookie is set);
            // a second means the chain goes round.
            if state.visited.filter({ $0 == target }).count >= 2 { return .redirectLoop(url, revisited: target) }
            if state.visited.count > options.maxRedirects { return .tooManyRedirects(url, limit: options.maxRedirects) }
            state.visited.append(target)
            return nil
        }
        if let refusal {
            fail(refusal)
            completionHandler(nil)
            task.cancel()
        } else {
            var request = request
            request.setValue(options.userAgent, forHTTPHeaderField: "User-Agent")
            carryCookies(from: response, into: &request, storage: session.configuration.httpCookieStorage)
            completionHandler(request)
        }
    }

    /// FoundationNetworking on Linux neither keeps a redirect's cookies nor sends them on the
    /// next request, so a consent or paywall page that sets one and redirects back to itself
    /// would loop; a browser (and Foundation on macOS) passes them on.
    private func carryCookies(from response: HTTPURLResponse, into request: inout URLRequest, storage: HTTPCookieStorage?) {
        guard let storage, let target = request.url else { return }
        var fields: [String: String] = [:]
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String { fields[name] = value }
        }
        let origin = response.url ?? url
        storage.setCookies(HTTPCookie.cookies(withResponseHeaderFields: fields, for: origin), for: origin, mainDocumentURL: nil)
        guard let cookies = storage.cookies(for: target), !cookies.isEmpty else { return }
        for (name, value) in HTTPCookie.requestHeaderFields(with: cookies) { request.setValue(value, forHTTPHeaderField: name) }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        guard let response = response as? HTTPURLResponse else {
            fail(.network(url, reason: "the answer is not HTTP"))
            return completionHandler(.cancel)
        }
        let type = MediaType(response: response)
        var refusal: PageFetchError?
        if !(200..<300).contains(response.statusCode) {
            refusal = .httpStatus(url, code: response.statusCode)
        } else if let name = type.name, !MediaType.isReadable(name) {
            refusal = .notHTML(url, contentType: name)
        } else if response.expectedContentLength > Int64(options.maxBytes) {
            // A compressed length already over the cap can only grow when decompressed.
            refusal = .tooLarge(url, limit: options.maxBytes)
        }
        if let refusal {
            fail(refusal)
            return completionHandler(.cancel)
        }
        state.withLock { $0.response = response }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overflow = state.withLock { state in
            guard state.error == nil else { return false }
            guard state.body.count + data.count <= options.maxBytes else { return true }
            state.body.append(contentsOf: data)
            return false
        }
        if overflow {
            fail(.tooLarge(url, limit: options.maxBytes))
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        if let error { fail(Self.failure(error, url: url, timeout: options.timeout)) }
        finished.signal()
    }

    /// URLError's own text on Linux is "The operation could not be completed"; these say what happened.
    private static func failure(_ error: any Error, url: URL, timeout: TimeInterval) -> PageFetchError {
        guard let error = error as? URLError else { return .network(url, reason: "\(error)") }
        let reason: String
        switch error.code {
        case .timedOut: return .timeout(url, seconds: timeout)
        case .cannotFindHost, .dnsLookupFailed: reason = "host '\(url.host ?? "")' not found"
        case .cannotConnectToHost: reason = "the server refused the connection"
        case .networkConnectionLost: reason = "the connection was lost"
        case .notConnectedToInternet: reason = "no network connection"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            reason = "the secure connection failed (TLS or certificate)"
        case .badServerResponse, .cannotParseResponse: reason = "the server's answer is not valid HTTP"
        case .httpTooManyRedirects: return .tooManyRedirects(url, limit: 0)
        case .cancelled: reason = "cancelled"
        default: reason = "network error \(error.code.rawValue)"
        }
        return .network(url, reason: reason)
    }
}
