import Foundation

/// Where a learner's progress lives, following the XDG base-directory spec so it sits
/// with other tools' data and moves with the learner's dotfiles.
public enum DataDirectory {
    /// `--progress DIR` wins; then `$XDG_DATA_HOME/factdrill`; then
    /// `~/.local/share/factdrill`. A relative `XDG_DATA_HOME` is ignored, as the spec says.
    /// `DIR` is used as given (relative to the working folder, symbolic links and `..`
    /// left to the kernel), never tidied into another folder.
    /// - Throws: `StudyError.noDataDirectory` when none of them is set; `badInput` for an
    ///   empty `--progress`, which would otherwise quietly mean the default folder.
    public static func resolve(override: String?, environment: [String: String]) throws -> URL {
        if let override {
            guard !override.isEmpty else {
                throw StudyError.badInput(path: "--progress", reason: "is empty; name the folder to keep progress in")
            }
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("factdrill", isDirectory: true)
        }
        if let home = environment["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".local/share/factdrill", isDirectory: true)
        }
        throw StudyError.noDataDirectory
    }
}
