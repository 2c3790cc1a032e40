import ArgumentParser

/// An enumeration typed on the command line by the names of its cases in kebab case
/// (`twelve-hour`), in any case, with or without the dashes (`twelveHour` as stored).
/// The help and the shell's completion list the names; another value is refused naming
/// them (`--time-style must be one of twenty-four-hour, twelve-hour, not 'noon'`).
protocol CaseNameArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension CaseNameArgument {
    public init?(argument: String) {
        let folded = argument.replacingOccurrences(of: "-", with: "").lowercased()
        guard let value = Self.allCases.first(where: { $0.rawValue.lowercased() == folded }) else {
            let names = Self.allValueStrings.joined(separator: ", ")
            ArgumentRefusal.record(
                ArgumentRefusal(value: argument) { option in
                    "\(option) must be one of \(names), not '\(argument)'"
                })
            return nil
        }
        self = value
    }

    /// "twelve-hour" for `twelveHour`.
    var caseName: String {
        rawValue.reduce(into: "") { name, character in
            if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
        }
    }

    public var defaultValueDescription: String { caseName }

    public static var allValueStrings: [String] { allCases.map(\.caseName) }

    /// None: the help lists the names after the option's help, not a description of each.
    public static var allValueDescriptions: [String: String] { [:] }

    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
