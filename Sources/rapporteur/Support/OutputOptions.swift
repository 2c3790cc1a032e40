import ArgumentParser

/// `--format txt|json` (`text` is txt), with `--json` as a shorthand.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Output format (text is txt).", valueName: "format"))
    var format: FormatName<ListFormats>?

    @Flag(help: "Shorthand for --format json.")
    var json = false

    /// The format asked for; `validate()` has refused any other.
    var chosen: OutputFormat {
        (try? OutputFormat.chosen(format: format, json: json, output: nil)) ?? .txt
    }

    var isJSON: Bool { chosen == .json }

    func validate() throws {
        _ = try OutputFormat.chosen(format: format, json: json, output: nil)
    }
}
