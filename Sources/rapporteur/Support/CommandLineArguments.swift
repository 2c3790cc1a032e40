import ArgumentParser
import Foundation
import RapporteurKit

/// The command line as typed, made into one ArgumentParser reads as meant, before it
/// reads it:
///
/// - the global options (`--db PATH`) may stand before the command or between its
///   words (`rapporteur --db x.sqlite meeting list`): they are moved behind it;
/// - a misspelled command is an error that names the nearest one
///   (`unknown command 'meetings' (did you mean 'meeting'?)`);
/// - a text that begins with a dash without being an option ("- asked how …") is a
///   value wherever it stands: as an option's value it is joined to it
///   (`--ask=- how …`), and as an argument it goes after a `--`, with the other
///   arguments in their order. A text that reads as an option ("--help", "-h") is a
///   text only after `--`, as the user writes it.
enum CommandLineArguments {
    static func normalized(_ arguments: [String], root: ParsableCommand.Type) throws -> [String] {
        var node = root
        var path: [String] = []
        var global: [String] = []
        var index = 0
        walk: while index < arguments.count {
            let argument = arguments[index]
            switch ArgumentShape(argument) {
            case .option(let name, let inlineValue) where GlobalOptions.valueOptions.contains(name):
                index += 1
                if !inlineValue, index < arguments.count {
                    global += joined(argument, arguments[index])
                    index += 1
                } else {
                    global.append(argument)
                }
            case .value where !node.configuration.subcommands.isEmpty && argument != "help":
                guard
                    let child = node.configuration.subcommands.first(where: { $0.configuration.commandName == argument }
                    )
                else {
                    try refuseUnknownCommand(argument, path: path, of: node)
                    break walk
                }
                path.append(argument)
                node = child
                index += 1
            default:
                break walk
            }
        }
        let rest = Array(arguments[index...])
        return path + global + protectingDashTexts(rest, of: node.configuration.defaultSubcommand ?? node)
    }

    /// An option and its value as two words, or as one (`--ask=- how …`) when the value
    /// begins with a dash.
    private static func joined(_ option: String, _ value: String) -> [String] {
        ArgumentShape(value) == .dashText ? ["\(option)=\(value)"] : [option, value]
    }

    /// A word where a command is expected that is no command: an error naming the
    /// nearest command, unless the group runs a default command that may take it.
    private static func refuseUnknownCommand(_ word: String, path: [String], of group: ParsableCommand.Type) throws {
        let names = group.configuration.subcommands.compactMap { $0.configuration.commandName }
        let nearest = NameMatching.nearest(to: word, among: names)
        if group.configuration.defaultSubcommand != nil, nearest == nil { return }
        let typed = (path + [word]).joined(separator: " ")
        if let nearest {
            let meant = (path + [nearest]).joined(separator: " ")
            throw RapporteurError.invalid("unknown command '\(typed)' (did you mean '\(meant)'?)")
        }
        let help = (["rapporteur"] + path + ["--help"]).joined(separator: " ")
        throw RapporteurError.invalid("unknown command '\(typed)'; `\(help)` lists the commands")
    }

    /// The command's own words (options, their values, arguments) with every dash text
    /// made a value; unchanged when there is none.
    private static func protectingDashTexts(_ words: [String], of command: ParsableCommand.Type) -> [String] {
        let head = words.prefix { $0 != "--" }
        guard head.contains(where: { ArgumentShape($0) == .dashText }) else { return words }
        let valueOptions = OptionNames.takingValues(of: command)
        var options: [String] = []
        var values: [String] = []
        var index = head.startIndex
        while index < head.endIndex {
            let word = head[index]
            index += 1
            guard case .option(let name, let inlineValue) = ArgumentShape(word) else {
                values.append(word)
                continue
            }
            if !inlineValue, valueOptions.contains(name), index < head.endIndex {
                options += joined(word, head[index])
                index += 1
            } else {
                options.append(word)
            }
        }
        return options + ["--"] + values + words[head.endIndex...].dropFirst()
    }
}
