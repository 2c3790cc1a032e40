import ArgumentParser
import Foundation

/// The options of a command that take a value ("--item", "-o"), as ArgumentParser
/// describes the command; asked only for a command line that holds a dash text, since
/// the description costs more than reading the line.
enum OptionNames {
    static func takingValues(of command: ParsableCommand.Type) -> Set<String> {
        guard let tool = try? JSONSerialization.jsonObject(with: Data(command._dumpHelp().utf8)) as? [String: Any],
            let description = tool["command"] as? [String: Any],
            let arguments = description["arguments"] as? [[String: Any]]
        else { return [] }
        var names: Set<String> = []
        for argument in arguments where argument["kind"] as? String == "option" {
            for name in argument["names"] as? [[String: Any]] ?? [] {
                guard let kind = name["kind"] as? String, let spelled = name["name"] as? String else { continue }
                names.insert((kind == "long" ? "--" : "-") + spelled)
            }
        }
        return names
    }
}
