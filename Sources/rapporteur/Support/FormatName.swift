import ArgumentParser

/// A `--format` value: one of the formats the command writes, by any of its names
/// (`text` is txt), kept as typed for the messages that quote it. The help and the
/// shell's completion list the formats of the command; another is refused naming them.
struct FormatName<Formats: OutputFormats>: ExpressibleByArgument, Sendable {
    let format: OutputFormat
    let typed: String

    init?(argument: String) {
        guard let format = OutputFormat(name: argument), Formats.formats.contains(format) else {
            let formats = OutputFormat.prose(Formats.formats)
            ArgumentRefusal.record(
                ArgumentRefusal(
                    value: argument,
                    message: { option in
                        "\(option) \(argument): the formats are \(formats)"
                    }, showsUsage: true))
            return nil
        }
        self.format = format
        typed = argument
    }

    var defaultValueDescription: String { typed }

    static var allValueStrings: [String] { Formats.formats.map(\.rawValue) }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
