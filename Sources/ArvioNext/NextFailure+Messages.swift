import ArvioPackage
import ArvioReport

extension NextFailure: CoordinatorFacingError {
    public var code: String {
        switch self {
        case .unknownPeriod: "ARVIO-NEXT-NO-PERIOD"
        case .notAReport: "ARVIO-NEXT-NOT-A-REPORT"
        case .periodNotAfter: "ARVIO-NEXT-PERIOD-NOT-AFTER"
        case .unsupportedEncoding: "ARVIO-NEXT-ENCODING"
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .unknownPeriod: 30
        case .notAReport: 31
        case .periodNotAfter: 32
        case .unsupportedEncoding: 33
        }
    }

    public func message(file: String) -> String {
        switch self {
        case .unknownPeriod:
            "\(file): Arvio cannot tell which period this report covers. Say which period to prepare, e.g. --period 2022-04 (April 2022, reported by 15.5.2022)."
        case .notAReport(let kind):
            "\(file): this is \(kind.withArticle), not an oma-arviointi report; `arvio next` prepares the next version of a report."
        case .periodNotAfter(let period, let current):
            "\(file): the report already covers \(current.columnLabel); choose a later period than \(period.columnLabel) with --period."
        case .unsupportedEncoding(let part):
            "\(file): \(part) is saved as UTF-16, which Arvio can read but not edit. Open the document in Word and save it again."
        }
    }
}
