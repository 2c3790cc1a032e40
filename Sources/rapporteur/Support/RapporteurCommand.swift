import ArgumentParser
import Foundation
import RapporteurKit

/// A command whose errors are printed as `error: …` on stderr and mapped to the
/// exit codes of docs/ARCHITECTURE.md: 64 for invalid input, 1 for a failure.
protocol RapporteurCommand: ParsableCommand {
    func execute() throws
}

extension RapporteurCommand {
    func run() throws {
        do {
            try execute()
        } catch let error as RapporteurError {
            Console.error(ErrorWording.message(of: error))
            throw ExitCode(error.kind == .invalidInput ? 64 : 1)
        } catch let error as TextError {
            Console.error(error.message)
            throw ExitCode(64)
        } catch let failure as ImportFailure {
            // Every problem, each with its file and line, so that all are fixed in one go.
            for diagnostic in failure.diagnostics { Console.note(ErrorWording.line(of: diagnostic)) }
            let errors = failure.diagnostics.filter { $0.severity == .error }.count
            Console.note("\(errors) error\(errors == 1 ? "" : "s"); nothing was imported")
            throw ExitCode(1)
        } catch {
            // A database error the store did not map still comes out in the program's form.
            guard let database = RapporteurError.database(error) else { throw error }
            Console.error(ErrorWording.message(of: database))
            throw ExitCode(1)
        }
    }
}
