import Foundation

/// Messages for the person at the terminal that are not the command's output.
enum Diagnostics {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("factdrill: \(message)\n".utf8))
    }
}
