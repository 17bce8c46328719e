/// What every error shown to a coordinator carries; each code is an entry of `ErrorCatalogue`.
public protocol CoordinatorFacingError: Error {
    /// Stable identifier, e.g. `ARVIO-LEGACY-DOC`; never changes once published.
    var code: String { get }
    /// Process exit status for this kind of problem.
    var exitCode: Int32 { get }
    /// One line in plain language, naming the file and what to do.
    func message(file: String) -> String
}
