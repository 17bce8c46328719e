import ArvioDevSupport
import Testing
@testable import ArvioReport

/// `ProcessGoalID.leading` reads the number on the bytes when everything it looks at is ASCII;
/// whatever it decides there must be what the character-by-character definition gives.
@Suite struct ProcessGoalIDFastPathTests {
    @Test func asciiPathAgreesWithTheDefinition() {
        let pieces = ["1", "4", "12", ".", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "x", "Kiireettömät", "ä", "\u{301}",
                      "\u{00A0}", "\u{202F}", "\u{2028}", "–", "(", ":", "7.", "0"]
        var random = SeededRandom(seed: 11)
        var decided = 0
        for round in 0 ..< 20_000 {
            var text = ""
            for _ in 0 ..< Int.random(in: 0 ... 8, using: &random) { text += pieces[Int.random(in: 0 ..< pieces.count, using: &random)] }
            let definition = ProcessGoalID.characterLeading(Substring(text))
            if case .decided(let fast) = ProcessGoalID.asciiLeading(Substring(text)) {
                decided += 1
                #expect(fast?.id == definition?.id && fast?.rest == definition?.rest,
                        "round \(round): \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
            #expect(ProcessGoalID.leading(text)?.id == definition?.id && ProcessGoalID.leading(text)?.rest == definition?.rest)
        }
        #expect(decided > 10_000, "the byte path decides most texts: \(decided)")
    }

    @Test func readsNumbersAsWritten() {
        #expect(ProcessGoalID.leading("1.1 Kiireettömät palvelut")! == ("1.1", "Kiireettömät palvelut"))
        #expect(ProcessGoalID.leading("  4.1.\tYhteistyö")! == ("4.1.", "Yhteistyö"))
        #expect(ProcessGoalID.leading("\u{00A0}2.3 Hoito")! == ("2.3", "Hoito"))
        #expect(ProcessGoalID.leading("1. Tavoite") == nil)
        #expect(ProcessGoalID.leading("1.1a") == nil)
        #expect(ProcessGoalID.split(["1.5 Ensimmäinen", "1.6 Toinen"]) == (["1.5", "1.6"], "Ensimmäinen\n1.6 Toinen"))
    }
}
