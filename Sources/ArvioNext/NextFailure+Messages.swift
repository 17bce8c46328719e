import ArvioCore
import ArvioReport

extension NextFailure: CoordinatorFacingError {
    public var code: String {
        switch self {
        case .unknownPeriod: "ARVIO-NEXT-NO-PERIOD"
        case .notAReport: "ARVIO-NEXT-NOT-A-REPORT"
        case .periodNotAfter: "ARVIO-NEXT-PERIOD-NOT-AFTER"
        case .unsupportedEncoding: "ARVIO-NEXT-ENCODING"
        case .periodGuessed: "ARVIO-NEXT-PERIOD-GUESSED"
        case .entriesWritten: "ARVIO-NEXT-PERIOD-NOT-AFTER"
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .unknownPeriod: 30
        case .notAReport: 31
        case .periodNotAfter: 32
        case .unsupportedEncoding: 33
        case .periodGuessed: 35
        case .entriesWritten: 32
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
        case .periodGuessed(let guess, let period, let entries, let evidence):
            "\(file): no title, header or File > Info states the period, and Arvio's guess \(guess.columnLabel) (from the \(evidence)) would add “\(EntryLabel.text(for: period)):” entries, but the report has \(entries) already; nothing was written. Give the period to prepare, e.g. --period \(period.next), or write the period on the title page."
        case .entriesWritten(let period, let entries):
            "\(file): the report already has \(entries) “\(EntryLabel.text(for: period)):” entr\(entries == 1 ? "y" : "ies"), so it already covers \(period.columnLabel); choose a later period with --period, e.g. \(period.next)."
        }
    }
}
