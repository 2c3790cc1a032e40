extension ReferenceOptions {
    /// Whether any reference flag was given: an edit replaces the named references only then.
    var namesAny: Bool { !(resolutions.isEmpty && decisions.isEmpty && documents.isEmpty && paragraphs.isEmpty) }
}
