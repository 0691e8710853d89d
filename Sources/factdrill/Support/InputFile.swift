import Foundation

/// Reads an input file named on the command line ('-' for stdin) with the contract's
/// one-line errors.
enum InputFile {
    static func data(at path: String) throws -> Data {
        if path == "-" {
            // `< /dev/zero` would be read until memory ran out; a terminal is fine.
            var status = stat()
            if fstat(STDIN_FILENO, &status) == 0, status.st_mode & S_IFMT == S_IFCHR, isatty(STDIN_FILENO) == 0 {
                throw CommandFailure(message: "-: standard input is a device, not a file or a pipe")
            }
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(message: "\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw CommandFailure(message: "\(path): is a directory, not a file") }
        // A FIFO would block the read forever, a device be read until memory ran out.
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw CommandFailure(message: "\(path): is not a regular file (a FIFO, device or socket)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(message: "\(path): cannot be read (permissions?)")
        }
        return data
    }
}

/// Batches stdout writes: printing a million lines one by one costs more than computing them.
struct OutputBuffer {
    private var buffer: [UInt8] = []
    private let threshold = 1 << 16

    mutating func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= threshold { flush() }
    }

    /// UTF-8 bytes as they are: extraction's JSON is written without being made a String.
    mutating func append(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= threshold { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        StandardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
