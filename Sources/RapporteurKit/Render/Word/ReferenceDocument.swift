import Foundation

/// The Word document whose styles a written .docx takes (as pandoc's reference-doc):
/// the built-in one, or the secretariat's own.
public struct ReferenceDocument: Sendable {
    /// The built-in reference document.
    public static let builtIn = ReferenceDocument()

    private init() {}

    /// The reference document a user chose: `--reference-docx`, else
    /// `RAPPORTEUR_REFERENCE_DOCX`, else `reference.docx` in the templates folder, else
    /// the built-in one. A file that is not a readable .docx is refused, naming it.
    public static func chosen(
        flag: String?, templatesFolder: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ReferenceDocument {
        throw RapporteurError.failure("reference documents are not built yet")
    }
}
