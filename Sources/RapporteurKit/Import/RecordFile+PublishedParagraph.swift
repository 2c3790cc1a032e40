extension RecordFile {
    /// A numbered paragraph of the published summary the record was read from, as
    /// printed: one `paragraph N` block. The interventions and responses drawn from it
    /// name it by their `paragraph:` field; a procedural paragraph has none.
    public struct PublishedParagraph: Sendable, Equatable {
        public var number: Int
        public var item: String
        /// Running text and list entries one a line (`PublishedParagraph.text`).
        public var text: String
        public var edited: Bool
        /// The day of the session it was printed for; a daily journal numbers each day afresh.
        public var day: Int?
        public var line: Int

        public init(number: Int, item: String, text: String, edited: Bool = false, line: Int = 0) {
            self.number = number
            self.item = item
            self.text = text
            self.edited = edited
            self.line = line
        }
    }
}
