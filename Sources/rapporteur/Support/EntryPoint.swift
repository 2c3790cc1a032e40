import ArgumentParser
import Foundation
import RapporteurKit

/// The program's start: the command line made unambiguous (`CommandLineArguments`),
/// parsed and run; help on stdout, and every error, ArgumentParser's own included, as
/// `error: …` on stderr with exit 64 for bad input, 1 for a failure, 2 for findings.
extension Rapporteur {
    /// The prefix ArgumentParser puts in front of the errors it finds.
    static var _errorPrefix: String { "error: " }

    static func main() {
        let arguments: [String]
        do {
            arguments = try CommandLineArguments.normalized(Array(CommandLine.arguments.dropFirst()), root: self)
        } catch {
            finish(with: error)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            finish(with: error)
        }
        Foundation.exit(0)
    }

    private static func finish(with error: Error) -> Never {
        if let error = error as? RapporteurError {
            Console.error(ErrorWording.message(of: error))
            Foundation.exit(error.kind == .invalidInput ? 64 : 1)
        }
        let code = exitCode(for: error)
        let text = HelpLayout.fittingUsageLines(fullMessage(for: error))
        if code == .success {
            Console.print(text)
        } else if !text.isEmpty {
            FileHandle.standardError.write(Data((ownWording(text, of: error) + "\n").utf8))
        }
        Foundation.exit(code.rawValue)
    }

    /// A value a type refused in the program's words (`ArgumentRefusal`), ArgumentParser's
    /// other messages begun in lower case like the program's own, and an
    /// unknown option that is neither a misspelling nor a global option told how it can
    /// be a text instead.
    private static func ownWording(_ text: String, of error: Error) -> String {
        let prefix = _errorPrefix
        if let refused = ArgumentRefusal.programWording(of: text, errorPrefix: prefix) { return refused }
        guard text.hasPrefix(prefix) else { return text }
        var message = String(text.dropFirst(prefix.count))
        if let first = message.first, first.isUppercase, message.dropFirst().first?.isLowercase == true {
            message = first.lowercased() + message.dropFirst()
        }
        let global = GlobalOptions.valueOptions.contains { message.hasPrefix("unknown option '\($0)'") }
        if message.hasPrefix("unknown option"), !message.contains("Did you mean"), !global {
            let end = message.firstIndex(of: "\n") ?? message.endIndex
            message.insert(contentsOf: " (a text that begins with a dash goes after --)", at: end)
        }
        return prefix + message
    }
}
