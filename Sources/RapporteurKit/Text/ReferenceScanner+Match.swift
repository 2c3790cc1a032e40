extension ReferenceScanner {
    /// One phrase: the references it names and the tokens it spans. A phrase with no
    /// references (a General Assembly resolution) is consumed but not reported.
    struct Match {
        var found: [Reference]
        var tokens: Range<Int>
    }
}
