/// Everything that can go wrong in studying and storing progress, with the
/// user-facing text in one place.
public enum StudyError: Error, Equatable, CustomStringConvertible {
    /// Neither `--progress`, `XDG_DATA_HOME` nor `HOME` says where progress lives.
    case noDataDirectory
    case unusableDataDirectory(path: String, reason: String)

    public var description: String {
        switch self {
        case .noDataDirectory:
            "cannot tell where to keep progress: set HOME or XDG_DATA_HOME, or pass --progress DIR"
        case .unusableDataDirectory(let path, let reason):
            "\(path): \(reason)"
        }
    }
}
