import ArgumentParser
import Foundation
import RapporteurKit

/// A command whose errors are printed as `error: …` on stderr and mapped to the
/// exit codes of ARCHITECTURE.md: 64 for invalid input, 1 for a failure.
protocol RapporteurCommand: ParsableCommand {
    func execute() throws
}

extension RapporteurCommand {
    func run() throws {
        do {
            try execute()
        } catch let error as RapporteurError {
            Console.error(error.message)
            throw ExitCode(error.kind == .invalidInput ? 64 : 1)
        } catch let error as TextError {
            Console.error(error.message)
            throw ExitCode(64)
        }
    }
}
