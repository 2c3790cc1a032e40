import ArgumentParser
import Foundation
import RapporteurKit

extension LinkCommand {
    struct Review: RapporteurCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Go through a meeting's proposed links one by one, at a terminal.",
            discussion: """
                Examples:
                  rapporteur link review PBA-56

                Each proposal shows the ask (paragraph, speaker, text) beside the
                response (paragraph, text). Type c to confirm it as proposed, f to
                confirm it as a full answer, p as an answer in part, r to reject it (the
                link is removed), s to skip it, q to stop. Each decision is stored at once: an interrupted review keeps what
                was decided. Without a terminal, use `rapporteur link list MEETING
                --inferred` and `link confirm` or `link remove`.
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The meeting whose proposed links to review.") var meeting: String

        func execute() throws {
            // Asking needs someone to answer: piped input would decide proposals blindly.
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
                throw RapporteurError.invalid(
                    "link review asks for each decision at a terminal, and this is none; list the proposals with "
                        + "`rapporteur link list \(meeting) --inferred` and decide each with `rapporteur link confirm "
                        + "Q… R…` (--partial for an answer in part) or `rapporteur link remove Q… R…`")
            }
            let store = try global.openStore()
            let proposals = try store.answerLinkDetails(meeting: meeting, proposedOnly: true)
            if proposals.isEmpty { return Console.note("No proposed links to review.") }
            // Confirmed in full, confirmed in part, rejected.
            var tally = (confirmed: 0, partial: 0, rejected: 0)
            review: for (index, link) in proposals.enumerated() {
                Console.print("\nProposal \(index + 1) of \(proposals.count): " + AnswerLinkText.headline(link))
                Console.print("  Ask      " + AnswerLinkText.end(link.ask))
                Console.print("  Response " + AnswerLinkText.end(link.response))
                let decision = Self.ask()
                // A decision the store refuses (the ask was answered meanwhile, the link
                // removed) is said, and the review goes on with the next proposal.
                do {
                    switch decision {
                    case .confirm:
                        try store.confirmLink(ask: link.ask.id, response: link.response.id)
                        if link.extent == .partial { tally.partial += 1 } else { tally.confirmed += 1 }
                    case .confirmFull:
                        try store.confirmLink(ask: link.ask.id, response: link.response.id, extent: .full)
                        tally.confirmed += 1
                    case .confirmPartial:
                        try store.confirmLink(ask: link.ask.id, response: link.response.id, extent: .partial)
                        tally.partial += 1
                    case .reject:
                        try store.removeLink(ask: link.ask.id, response: link.response.id)
                        tally.rejected += 1
                    case .skip:
                        continue
                    case .quit, nil:
                        break review
                    }
                } catch let error as RapporteurError {
                    Console.error(ErrorWording.message(of: error))
                }
            }
            let left = proposals.count - tally.confirmed - tally.partial - tally.rejected
            Console.note(
                "\(tally.confirmed) confirmed, \(tally.partial) confirmed in part, \(tally.rejected) rejected; "
                    + "\(left) still proposed.")
        }

        /// The officer's decision, asked again until it is one; nil at the end of input.
        private static func ask() -> LinkReviewDecision? {
            while true {
                FileHandle.standardOutput.write(Data(LinkReviewDecision.prompt.utf8))
                guard let line = readLine() else { return nil }
                if let decision = LinkReviewDecision(key: line) { return decision }
            }
        }
    }
}
