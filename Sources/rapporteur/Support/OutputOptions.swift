import ArgumentParser

/// `--format txt|json` (`text` is txt), with `--json` as a shorthand.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Output format: \(ListFormats.help).", valueName: "format"),
            completion: .list(ListFormats.formats.map(\.rawValue)))
    var format: String?

    @Flag(help: "Shorthand for --format json.")
    var json = false

    /// The format asked for; `validate()` has refused any other.
    var chosen: OutputFormat {
        (try? OutputFormat.chosen(format: format, json: json, output: nil, among: ListFormats.formats)) ?? .txt
    }

    var isJSON: Bool { chosen == .json }

    func validate() throws {
        _ = try OutputFormat.chosen(format: format, json: json, output: nil, among: ListFormats.formats)
    }
}
