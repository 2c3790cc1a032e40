import Foundation
import Testing

/// The library words its errors without the command line (field and next step as
/// types); the program prints them with its own flags and commands.
@Suite struct ErrorWordingTests {
    @Test func aBadOwnerIsPrintedWithItsFlag() throws {
        let cli = try CLI.withTwoMeetings()
        let result = try cli.run(arguments: [
            "action", "add", "PBA-56", "--owner", "Member States", "circulate the note",
        ])
        #expect(result.status == 64)
        #expect(
            result.stderr == """
                error: --owner must be the Secretariat, "Secretariat: <unit>" or a Member State, not 'Member States'

                """)
    }

    @Test func aBadCurrencyIsPrintedWithItsFlag() throws {
        let cli = try CLI.withTwoMeetings()
        let result = try cli.run(arguments: [
            "intervention", "add", "PBA-56", "--item", "2a", "--by", "France",
            "--kind", "pledge", "--amount", "5000", "--currency", "euros",
            "announced a contribution",
        ])
        #expect(result.status == 64)
        #expect(result.stderr == "error: --currency 'euros' is not an ISO 4217 code; write it as USD, EUR or KES\n")
    }

    @Test func aFieldWithItsValueAndANextStepArePrintedAsTheCommandLineSaysThem() throws {
        let cli = try CLI.withTwoMeetings()
        let pledge = try cli.run(arguments: [
            "intervention", "add", "PBA-56", "--item", "2", "--by", "France",
            "--kind", "comment", "--amount", "5000", "welcomed the report",
        ])
        #expect(pledge.stderr == "error: --amount and --currency go with --kind pledge\n")
        let unknown = try cli.run(arguments: ["meeting", "show", "CPR-9"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "error: no meeting CPR-9; `rapporteur meeting list` shows the meetings\n")
    }
}
