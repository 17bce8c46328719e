import Foundation
import Testing
@testable import ArvioReport

/// `ReportWriter.write(_:as:chunkSize:to:)` hands the text on in pieces (how `arvio import`
/// writes a file) and the pieces put together are the bytes of `data(_:as:)`.
@Suite struct ChunkedWriteTests {
    @Test(arguments: [ReportWriter.Format.yaml, .json], [1, 7, 4096])
    func chunksPutTogetherAreTheWholeText(_ format: ReportWriter.Format, chunkSize: Int) throws {
        let report = SchemaAndRoundTripTests.everyField()
        var joined: [UInt8] = []
        var chunks = 0
        try ReportWriter.write(report, as: format, chunkSize: chunkSize) { chunk in
            joined.append(contentsOf: chunk)
            chunks += 1
        }
        #expect(Data(joined) == (try ReportWriter.data(report, as: format)))
        #expect(chunks == 1 || joined.count > chunkSize, "only a text longer than one chunk is cut")
    }

    struct DiskFull: Error {}

    @Test func theFirstFailureStopsTheWritingAndIsThrown() throws {
        var calls = 0
        #expect(throws: DiskFull.self) {
            try ReportWriter.write(SchemaAndRoundTripTests.everyField(), as: .yaml, chunkSize: 16) { _ in
                calls += 1
                throw DiskFull()
            }
        }
        #expect(calls == 1)
    }

    @Test func aJSONEncodingErrorIsThrownBeforeAnythingIsWritten() throws {
        struct Ratio: Encodable { var value = Double.nan }
        var written = 0
        #expect(throws: EncodingError.self) {
            try ReportWriter.write(Ratio(), as: .json) { written += $0.count }
        }
        #expect(written == 0)
    }
}
