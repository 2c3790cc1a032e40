import Foundation

/// The Word document whose styles a written .docx takes (as pandoc's reference-doc):
/// the built-in one, or the secretariat's own. From it come the styles (fonts, sizes,
/// spacing, the header's and footer's styles), the theme and font table when it has
/// them, and the page size and margins of its last section; the header and footer
/// themselves are the writer's (the symbol, the page number).
public struct ReferenceDocument: Sendable {
    /// The built-in reference document.
    public static let builtIn = ReferenceDocument(
        source: nil, stylesXML: BuiltInStyles.stylesXML, themeXML: nil, fontTableXML: nil, numberingXML: nil,
        page: .a4)

    /// The file it was read from; nil for the built-in one.
    public let source: String?
    /// word/styles.xml, with every style the writer uses (those the file lacked taken from the built-in set).
    let stylesXML: String
    let themeXML: String?
    let fontTableXML: String?
    let numberingXML: String?
    /// The page size and margins.
    public let page: PageGeometry

    private init(
        source: String?, stylesXML: String, themeXML: String?, fontTableXML: String?, numberingXML: String?,
        page: PageGeometry
    ) {
        self.source = source
        self.stylesXML = stylesXML
        self.themeXML = themeXML
        self.fontTableXML = fontTableXML
        self.numberingXML = numberingXML
        self.page = page
    }

    /// Reads the .docx at `path`. A file that is missing, not a zip package, or without
    /// word/styles.xml is refused, naming it and saying how to make one.
    public init(contentsOf path: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw RapporteurError.invalid(
                "the reference document \(path) does not exist; \(step: .startFromBuiltInReferenceDocument)")
        }
        guard !isFolder.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw RapporteurError.invalid(
                "the reference document \(path) is not a readable file; \(step: .startFromBuiltInReferenceDocument)")
        }
        let wanted: Set<String> = [
            "word/styles.xml", "word/document.xml", WordParts.theme.path, WordParts.fontTable.path,
            WordParts.numbering.path,
        ]
        guard let parts = DocxPackage.parts(of: data, wanted: wanted) else {
            throw RapporteurError.invalid(
                "the reference document \(path) is not a Word document (.docx): it is not a zip package; \(step: .startFromBuiltInReferenceDocument)"
            )
        }
        guard let styles = parts["word/styles.xml"], let completed = Self.completing(styles) else {
            throw RapporteurError.invalid(
                "the reference document \(path) has no styles (word/styles.xml); \(step: .startFromBuiltInReferenceDocument)"
            )
        }
        self.init(
            source: path, stylesXML: completed, themeXML: parts[WordParts.theme.path],
            fontTableXML: parts[WordParts.fontTable.path].map(Self.standingAlone),
            numberingXML: parts[WordParts.numbering.path].map(Self.standingAlone),
            page: parts["word/document.xml"].flatMap { PageGeometry.lastSection(of: $0) } ?? .a4)
    }

    /// The reference document a user chose: `--reference-docx`, else
    /// `RAPPORTEUR_REFERENCE_DOCX`, else `reference.docx` in the templates folder, else
    /// the built-in one. A file that is not a readable .docx is refused, naming it.
    public static func chosen(
        flag: String?, templatesFolder: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ReferenceDocument {
        if let flag, !flag.isEmpty { return try ReferenceDocument(contentsOf: flag) }
        if let fromEnvironment = environment["RAPPORTEUR_REFERENCE_DOCX"], !fromEnvironment.isEmpty {
            return try ReferenceDocument(contentsOf: fromEnvironment)
        }
        if let templatesFolder {
            let beside = URL(fileURLWithPath: templatesFolder).appending(path: fileName).path
            if FileManager.default.fileExists(atPath: beside) { return try ReferenceDocument(contentsOf: beside) }
        }
        return .builtIn
    }

    /// The name a reference document takes in a templates folder.
    public static let fileName = "reference.docx"

    /// The parts besides styles.xml the writer copies into every document.
    var extraParts: [(part: WordParts.Extra, text: String)] {
        [(WordParts.theme, themeXML), (WordParts.fontTable, fontTableXML), (WordParts.numbering, numberingXML)]
            .compactMap { part, text in text.map { (part, $0) } }
    }
}
