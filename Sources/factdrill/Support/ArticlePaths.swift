import Foundation

/// The articles named on the command line, folders opened to the `.txt` articles and
/// saved web pages (`.html`, `.htm`, `.html.gz`) inside them (at any depth, in name order): a news archive is one argument, not a hundred
/// thousand, which no shell or argument parser handles well.
enum ArticlePaths {
    static func expand(_ arguments: [String]) throws -> [String] {
        var paths: [String] = []
        for argument in arguments {
            guard kind(of: argument) == .folder else {
                paths.append(argument)  // files, and missing paths, are reported when read
                continue
            }
            var found: [String] = []
            collectArticles(in: argument, into: &found)
            guard !found.isEmpty else { throw CommandFailure(message: "\(argument): a folder with no articles (.txt, .html, .htm, .html.gz) in it") }
            paths += found.sorted()
        }
        return paths
    }

    private static func isArticle(_ name: String) -> Bool {
        name.hasSuffix(".txt") || PageInput.isPage(name)
    }

    private enum Kind { case file, folder, other }

    /// `stat` follows links: a linked article is read like any other.
    private static func kind(of path: String) -> Kind {
        var status = stat()
        guard stat(path, &status) == 0 else { return .other }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// A plain readdir walk: Foundation's URL enumerator with resource values cost a
    /// quarter of a millisecond a file, more than extracting a short article.
    /// Linked folders are not entered, so a link loop cannot trap the walk.
    private static func collectArticles(in folder: String, into found: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = prefix + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR):
                collectArticles(in: path, into: &found)
            case Int32(DT_REG):
                if isArticle(name) { found.append(path) }
            default:  // links and file systems that do not say: ask stat, never descend
                if isArticle(name), kind(of: path) == .file { found.append(path) }
            }
        }
    }
}
