import Foundation

/// Writes a page document as a Word file (WordprocessingML in a zip package), styled
/// by a reference document.
public enum WordWriter {
    /// The bytes of the .docx file for `page`, with the styles, fonts, margins, header
    /// and footer styles of `reference`.
    public static func docx(_ page: PageDocument, reference: ReferenceDocument = .builtIn) throws -> Data {
        throw RapporteurError.failure("writing Word documents is not built yet")
    }
}
