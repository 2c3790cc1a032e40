extension RecordImporter {
    /// What other meetings' records say about a meeting being replaced, to put back.
    struct ExternalLinks {
        /// An answer from another meeting to an ask of a meeting being replaced.
        struct Answer {
            let meeting: String
            let askKey: String
            let answer: RapporteurKit.Answer
        }

        /// Another meeting's ask superseded by an ask of a meeting being replaced.
        struct Supersession {
            let meeting: String
            let askKey: String
            let supersededAsk: Ask
        }

        var answers: [Answer] = []
        var supersessions: [Supersession] = []
    }
}
