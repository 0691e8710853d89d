/// Everything that can go wrong in studying and storing progress, with the
/// user-facing text in one place.
public enum StudyError: Error, Equatable, CustomStringConvertible {
    /// Neither `--progress`, `XDG_DATA_HOME` nor `HOME` says where progress lives.
    case noDataDirectory
    /// The progress folder or one of its files cannot be created, read or written.
    case unusableDataDirectory(path: String, reason: String)
    /// A complete line of a progress file does not parse: real damage, never skipped silently.
    case corruptProgress(path: String, line: Int, reason: String)
    /// Written by a newer FactDrill; reading it could lose what that version recorded.
    case newerProgressFormat(path: String, version: Int)
    /// A replay log or other input file that is not what the command reads.
    case badInput(path: String, reason: String)
    /// Too little history to fit personal FSRS parameters to.
    case notEnoughHistory(reviews: Int, needed: Int)

    public var description: String {
        switch self {
        case .noDataDirectory:
            "cannot tell where to keep progress: set HOME or XDG_DATA_HOME, or pass --progress DIR"
        case .unusableDataDirectory(let path, let reason):
            "\(path): \(reason)"
        case .corruptProgress(let path, let line, let reason):
            "\(path):\(line): \(reason); nothing was changed (see 'factdrill progress check')"
        case .newerProgressFormat(let path, let version):
            "\(path): written by a newer factdrill (format version \(version)); upgrade factdrill to use it"
        case .badInput(let path, let reason):
            "\(path): \(reason)"
        case .notEnoughHistory(let reviews, let needed):
            "not enough history to fit parameters: \(reviews) reviews after a card's first (on a later day), \(needed) needed; keep studying with the defaults"
        }
    }
}
