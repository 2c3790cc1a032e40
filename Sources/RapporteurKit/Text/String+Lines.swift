extension String {
    /// The lines of a document as an editor numbers them, split at "\n", "\r\n" and a
    /// lone "\r". "\r\n" is one Character in Swift, so splitting at "\n" alone would
    /// read a file saved on Windows as a single line. A form feed ends no line.
    var editorLines: [Substring] {
        split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }
}
