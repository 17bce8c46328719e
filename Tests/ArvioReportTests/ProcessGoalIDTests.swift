import Testing
@testable import ArvioReport

/// Process goal numbers ("1.1") at the start of a readiness table cell.
@Suite struct ProcessGoalIDTests {
    @Test func readsNumbersAsWritten() {
        #expect(ProcessGoalID.leading("1.1 Kiireettömät palvelut")! == ("1.1", "Kiireettömät palvelut"))
        #expect(ProcessGoalID.leading("  4.1.\tYhteistyö")! == ("4.1.", "Yhteistyö"))
        #expect(ProcessGoalID.leading("\u{00A0}2.3 Hoito")! == ("2.3", "Hoito"))
        #expect(ProcessGoalID.leading("1. Tavoite") == nil)
        #expect(ProcessGoalID.leading("1.1a") == nil)
        #expect(ProcessGoalID.split(["1.5 Ensimmäinen", "1.6 Toinen"]) == (["1.5", "1.6"], "Ensimmäinen\n1.6 Toinen"))
    }
}
