import RapporteurKit

/// One importer as the harness drives it. A reader added to the program joins the
/// harness with one entry in `FuzzReader.all`.
public struct FuzzReader: Sendable {
    /// The importer's name, as in `rapporteur import NAME`; also the folder of its
    /// regression inputs.
    public let name: String
    /// The extension its files are written with.
    public let fileExtension: String
    /// Whether a corpus file is one of this reader's documents, by its file name.
    let owns: @Sendable (String) -> Bool
    /// Reads the file as the command does, stores what it read in the store (`again`:
    /// twice), and shows it; throws what the command would report.
    let run: @Sendable (_ file: String, _ store: AppStore, _ again: Bool) throws -> Void
    /// Turns a case's mutated bytes into the file the reader takes (a text into a Word
    /// document); nil when they are the file already.
    var package: (@Sendable (_ bytes: [UInt8], _ random: inout FuzzRandom) -> [UInt8])? = nil

    public static let all: [FuzzReader] = [
        FuzzReader(name: "record", fileExtension: "record", owns: { $0.hasSuffix(".record") }, run: FuzzImports.record),
        FuzzReader(
            name: "summary", fileExtension: "txt",
            owns: { named($0, "summary", shared: ["004", "05", "12", "17", "27", "30", "32"]) },
            run: FuzzImports.summary),
        FuzzReader(
            name: "tracker", fileExtension: "txt", owns: { named($0, "tracker", shared: ["000", "41"]) },
            run: FuzzImports.tracker),
        FuzzReader(
            name: "report", fileExtension: "txt", owns: { named($0, "report", shared: ["001", "002"]) },
            run: FuzzImports.report),
        FuzzReader(
            name: "briefing", fileExtension: "txt", owns: { named($0, "briefing", shared: ["003"]) },
            run: FuzzImports.briefing),
        FuzzReader(
            name: "agenda", fileExtension: "txt", owns: { named($0, "agenda", shared: ["004", "27", "30", "32"]) },
            run: FuzzImports.agenda),
        // The agendas' texts, each case packaged as a Word document.
        FuzzReader(
            name: "docx", fileExtension: "docx", owns: { named($0, "agenda", shared: ["004", "27", "30", "32"]) },
            run: FuzzImports.agenda,
            package: FuzzDocx.package),
    ]

    public static func named(_ name: String) -> FuzzReader? {
        all.first { $0.name == name }
    }

    /// A file of the project named after its reader ("tracker-2025-06.txt"), or one of
    /// the shared folder by the number its name starts with ("000_…", "41_…").
    private static func named(_ file: String, _ reader: String, shared numbers: [String]) -> Bool {
        file.hasPrefix(reader) || numbers.contains { file.hasPrefix($0 + "_") }
    }
}
