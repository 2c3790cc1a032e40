import Foundation
import Testing

@testable import RapporteurKit

struct ResolutionKeyTests {
    @Test(arguments: [
        "2/7", "2 / 7", " 2/7 ", "res 2/7", "res. 2/7", "Res. 2/7", "RES 2/7", "resolution 2/7",
        "Resolution 2/7", "Resolution  2 /7", "UN-Habitat Assembly resolution 2/7", "Assembly resolution 2/7",
        "HSP/HA.2/RES.7", "HSP/HA.2/Res.7", "hsp/ha.2/res.7",
    ])
    func parseAcceptsTheUsualWaysOfCitingAResolution(text: String) throws {
        #expect(try ResolutionKey.parse(text) == ResolutionKey(session: 2, number: 7))
    }

    @Test func parseAcceptsSpaceOnOneSideOfTheSlash() throws {
        #expect(try ResolutionKey.parse("1 /2") == ResolutionKey(session: 1, number: 2))
    }

    @Test(arguments: [
        "2-7", "resolution", "2/7/1", "", "HSP/HA/2/RES/7", "HSP/HA.2/RES.7*", "Assembly 2/7",
        "resolutions 2/7", "2/", "/7", "2/seven", "decision 2/7", "HSP/HA.2/L.7",
    ])
    func parseRejectsOtherText(text: String) {
        let message = "'\(text)' is not a resolution reference; write it as 2/7, resolution 2/7 or HSP/HA.2/RES.7"
        #expect(throws: TextError(message)) { try ResolutionKey.parse(text) }
    }

    @Test(arguments: ["2/0", "0/1", "resolution 0/3", "HSP/HA.0/RES.1"])
    func parseRejectsZeroSessionsAndNumbers(text: String) {
        let message =
            "'\(text)' is not a resolution reference: sessions and numbers start at 1; "
            + "write it as 2/7, resolution 2/7 or HSP/HA.2/RES.7"
        #expect(throws: TextError(message)) { try ResolutionKey.parse(text) }
    }

    @Test func keyAndSymbolWriteTheTwoCitationForms() {
        let key = ResolutionKey(session: 2, number: 7)
        #expect(key.key == "2/7")
        #expect(key.symbol == "HSP/HA.2/RES.7")
        #expect(key.description == "2/7")
    }

    @Test func ordersBySessionThenNumber() {
        let keys = [
            ResolutionKey(session: 2, number: 10), ResolutionKey(session: 1, number: 12),
            ResolutionKey(session: 2, number: 2),
        ]
        #expect(keys.sorted().map(\.key) == ["1/12", "2/2", "2/10"])
    }

    @Test func roundTripsThroughJSON() throws {
        let key = ResolutionKey(session: 2, number: 7)
        let decoded = try JSONDecoder().decode(ResolutionKey.self, from: JSONEncoder().encode(key))
        #expect(decoded == key)
    }
}
