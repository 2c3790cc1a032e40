import Foundation
import Testing

@Suite struct ReferenceCommandTests {
    @Test func initIsSafeToRunTwice() throws {
        let cli = try CLI()
        let first = try cli.succeed("init")
        #expect(first.contains("6 bodies, 195 States (193 Member States, 2 observer States), 3 groups, 15 resolutions"))
        let dump = try cli.dump()
        let second = try cli.succeed("init")
        #expect(second.contains("(already loaded)"))
        #expect(try cli.dump() == dump)
    }

    @Test func aMissingDatabaseSaysHowToCreateIt() throws {
        let cli = try CLI()
        let result = try cli.run("body", "list")
        #expect(result.status == 1)
        #expect(result.stderr.contains("no database at \(cli.database); run `rapporteur init`"))
        #expect(!FileManager.default.fileExists(atPath: cli.database))
    }

    @Test func theDatabaseDefaultsToXDGDataHome() throws {
        let cli = try CLI()
        let dataHome = cli.folder.appending(path: "data").path
        let result = try cli.run(arguments: ["init"], environment: ["XDG_DATA_HOME": dataHome], useDatabase: false)
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: "\(dataHome)/rapporteur/rapporteur.sqlite"))
        let explicit = try cli.run(
            arguments: ["init", "--db", cli.folder.appending(path: "x.sqlite").path], useDatabase: false)
        #expect(explicit.status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.folder.appending(path: "x.sqlite").path))
    }

    @Test func bodyListNamesTheSixBodies() throws {
        let output = try CLI.initialized().succeed("body", "list")
        let codes = output.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(codes == ["HA", "EB", "PBA", "OEWG-H", "CPR", "OECPR"])
        #expect(
            output.contains(
                "PBA     Ad hoc working group on programmatic, budgetary and administrative matters of the Executive Board (part of EB)"
            ))
        #expect(output.contains("(created by resolution 2/7)"))
    }

    @Test func bodySetChangesASettingAndRefusesBadValues() throws {
        let cli = try CLI.initialized()
        try cli.succeed("body", "set", "PBA", "--document-lead-days", "10")
        let body = try cli.json("body", "show", "PBA", "--json") as? [String: Any]
        #expect(body?["documentLeadDays"] as? Int == 10)
        let dump = try cli.dump()
        let bad = try cli.run("body", "set", "PBA", "--attribution", "whispered")
        #expect(bad.status == 64)
        #expect(bad.stderr == "error: --attribution must be one of anonymous, capitals, named, not 'whispered'\n")
        let unknown = try cli.run("body", "show", "GA")
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "error: unknown body 'GA'; the bodies are HA, EB, PBA, OEWG-H, CPR, OECPR\n")
        #expect(try cli.dump() == dump)
    }

    @Test func stateListJSONHas195StatesWithGroupsAndStatus() throws {
        let states = try CLI.initialized().json("state", "list", "--json") as? [[String: Any]]
        #expect(states?.count == 195)
        let holySee = states?.first { $0["name"] as? String == "Holy See" }
        #expect(holySee?["status"] as? String == "observer")
        #expect(holySee?["group"] is NSNull)
        let kenya = states?.first { $0["iso3"] as? String == "KEN" }
        #expect(kenya?["group"] as? String == "African States")
        #expect(kenya?["status"] as? String == "member")
    }

    @Test func stateListFiltersByRegionalGroup() throws {
        let african =
            try CLI.initialized().json("state", "list", "--group", "African States", "--json") as? [[String: Any]]
        #expect(african?.count == 54)
        #expect(african?.allSatisfy { $0["group"] as? String == "African States" } == true)
    }

    @Test(arguments: ["Türkiye", "TUR", "Turkey", "turkiye"])
    func stateShowFindsTürkiyeByAnyName(typed: String) throws {
        let state = try CLI.initialized().json("state", "show", typed, "--json") as? [String: Any]
        #expect(state?["name"] as? String == "Türkiye")
        #expect(state?["iso3"] as? String == "TUR")
    }

    @Test func anUnknownStateSuggestsTheNearest() throws {
        let result = try CLI.initialized().run("state", "show", "Frnace")
        #expect(result.status == 64)
        #expect(result.stderr == "error: unknown Member State 'Frnace' (did you mean France?)\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func resolutionShowPrintsTheSameRecordForEveryForm() throws {
        let cli = try CLI.initialized()
        let bySymbol = try cli.succeed("resolution", "show", "HSP/HA.2/RES.7", "--json")
        for form in ["2/7", "res 2/7", "Resolution 2/7", "resolution 2/7", "Res. 2/7"] {
            #expect(try cli.succeed("resolution", "show", form, "--json") == bySymbol)
        }
        let record = try JSONSerialization.jsonObject(with: Data(bySymbol.utf8)) as? [String: Any]
        #expect(record?["key"] as? String == "2/7")
        #expect(record?["symbol"] as? String == "HSP/HA.2/RES.7")
        #expect(record?["title"] as? String == "Adequate housing for all")
        #expect(record?["body"] as? String == "HA")
        #expect(record?["session"] as? Int == 2)
        #expect(record?["number"] as? Int == 7)
    }

    @Test func resolutionListBySession() throws {
        let list = try CLI.initialized().json("resolution", "list", "--session", "2", "--json") as? [[String: Any]]
        #expect(list?.map { $0["key"] as? String } == (1...10).map { "2/\($0)" })
    }

    @Test func anUnknownResolutionIsInvalidInput() throws {
        let result = try CLI.initialized().run("resolution", "show", "3/1")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("error: unknown resolution 3/1"))
        let malformed = try CLI.initialized().run("resolution", "show", "2-7")
        #expect(malformed.status == 64)
        #expect(malformed.stderr.contains("'2-7' is not a resolution reference"))
    }

    @Test func decisionsAreAddedAndFound() throws {
        let cli = try CLI.initialized()
        #expect(try cli.succeed("decision", "add", "EB", "2024/3", "--title", "Housing and climate") == "EB 2024/3\n")
        let decision =
            try cli.json("decision", "show", "decision 2024/3 of the Executive Board", "--json") as? [String: Any]
        #expect(decision?["key"] as? String == "2024/3")
        #expect(decision?["body"] as? String == "EB")
        let duplicate = try cli.run("decision", "add", "EB", "2024/3")
        #expect(duplicate.status == 1)
    }
}
