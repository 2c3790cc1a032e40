import Foundation

extension CLI {
    /// A database with PBA-56 (items 1, 2, 2(a) on resolution 2/1, and 3) and EB-2024-2
    /// with one item: the two meetings the record and edit commands are tried on.
    static func withTwoMeetings() throws -> CLI {
        let cli = try CLI.initialized()
        try cli.run(arguments: MeetingCommandTests.pba56)
        try cli.succeed("agenda", "standard", "PBA-56")
        try cli.succeed("agenda", "add", "PBA-56", "Implementation of all resolutions", "--at", "2")
        try cli.succeed("agenda", "add", "PBA-56", "Smart cities", "--under", "2", "--resolution", "2/1")
        try cli.succeed(
            "meeting", "new", "EB", "--year", "2024", "--session", "2", "--from", "2024-12-04", "--to", "2024-12-06")
        try cli.succeed("agenda", "add", "EB-2024-2", "Implementation of the resolutions of the Assembly")
        return cli
    }
}
