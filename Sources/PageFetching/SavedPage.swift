import Foundation

/// A fetched page kept on disk (`--save-pages DIR`), so a bank can be made again offline from
/// exactly the bytes it was first made from.
///
/// The file is the page as the server sent it, with one line in front of it, an HTML comment
/// every parser skips, that says where and when it came from:
///
///     <!-- factdrill saved-page url="https://…" fetched="2026-12-06T05:40:00Z" type="text/html" charset="utf-8" -->
///
/// `type` and `charset` are the server's Content-Type (each left out when it sent none), which
/// a saved page would otherwise lose. After a byte-order mark the line comes after the mark,
/// in the same encoding, so the mark still opens the file.
public struct SavedPage: Sendable, Equatable {
    /// The address the page came from, after redirects.
    public var url: URL
    public var fetched: Date
    public var contentType: String?
    public var charset: String?
    public var body: [UInt8]

    public init(url: URL, fetched: Date, contentType: String?, charset: String?, body: [UInt8]) {
        self.url = url
        self.fetched = fetched
        self.contentType = contentType
        self.charset = charset
        self.body = body
    }

    public init(_ page: FetchedPage, fetched: Date) {
        self.init(url: page.finalURL, fetched: fetched, contentType: page.contentType, charset: page.charset, body: page.body)
    }

    /// What `save(in:)` did.
    public enum Outcome: Sendable, Equatable {
        case written
        /// The folder already held this page with the same body (fetched at another time).
        case alreadySaved
    }

    /// Writes the page into `folder` (made if missing) under `fileName`, atomically: the name
    /// appears with the whole file or not at all, and never replaces a file already there.
    ///
    /// - Returns: the path written (or found) and what happened.
    /// - Throws: `PageFetchError.savedPageConflict` when the name is taken by anything other
    ///   than this page with this body; `.cannotSave` when the disk refuses.
    public func save(in folder: String) throws(PageFetchError) -> (path: String, outcome: Outcome) {
        let path = (folder.hasSuffix("/") ? folder : folder + "/") + fileName
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotSave(path: folder, reason: "cannot make the folder (\(Self.reason(error)))")
        }
        let temporary = (folder.hasSuffix("/") ? folder : folder + "/") + ".\(fileName).\(UUID().uuidString).tmp"
        do {
            try Data(fileBytes).write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw .cannotSave(path: path, reason: Self.reason(error))
        }
        defer { unlink(temporary) }
        // link() names the finished file and fails if the name is taken, in one step, so two
        // runs saving at once cannot replace each other's file.
        if link(temporary, path) == 0 { return (path, .written) }
        let linkError = errno
        if linkError == EEXIST { return try existing(at: path) }
        guard [EPERM, EOPNOTSUPP, ENOSYS].contains(linkError) else {
            throw .cannotSave(path: path, reason: String(cString: strerror(linkError)))
        }
        // A file system without hard links: look, then rename (atomic, though not exclusive).
        if FileManager.default.fileExists(atPath: path) { return try existing(at: path) }
        guard rename(temporary, path) == 0 else { throw .cannotSave(path: path, reason: String(cString: strerror(errno))) }
        return (path, .written)
    }

    private func existing(at path: String) throws(PageFetchError) -> (path: String, outcome: Outcome) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotSave(path: path, reason: "a file of that name exists and cannot be read")
        }
        guard let old = SavedPage(fileBytes: Array(data)), old.url == url, old.body == body else {
            throw .savedPageConflict(path: path, url: url)
        }
        return (path, .alreadySaved)
    }

    private static func reason(_ error: any Error) -> String {
        let error = error as NSError
        if let posix = error.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        return error.localizedDescription
    }
}
