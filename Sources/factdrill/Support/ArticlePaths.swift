import Foundation

/// The articles named on the command line, folders opened to the `.txt` files inside
/// them (at any depth, in name order): a news archive is one argument, not a hundred
/// thousand, which no shell or argument parser handles well.
enum ArticlePaths {
    static func expand(_ arguments: [String]) throws -> [String] {
        var paths: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
                paths.append(argument)  // files, and missing paths, are reported when read
                continue
            }
            let folder = URL(fileURLWithPath: argument)
            var found: [String] = []
            if let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) {
                for case let url as URL in walker where url.pathExtension == "txt" {
                    if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { found.append(url.path) }
                }
            }
            guard !found.isEmpty else { throw CommandFailure(message: "\(argument): a folder with no .txt articles in it") }
            paths += found.sorted()
        }
        return paths
    }
}
