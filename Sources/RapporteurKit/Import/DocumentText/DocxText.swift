import Foundation

/// A Word document (.docx) as plain text, the text the importers read: see
/// `DocxTextWriter` for how each part of the document is written.
public enum DocxText {
    /// The text of the .docx at `file`.
    public static func text(ofFile file: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw RapporteurError.invalid("cannot read \(file): it is missing or cannot be opened")
        }
        return try text(of: data, file: file)
    }

    /// The text of the .docx whose bytes are `data`; `file` names it in errors.
    public static func text(of data: Data, file: String) throws -> String {
        let names = ["word/document.xml", "word/numbering.xml", "word/styles.xml", "word/footnotes.xml"]
        guard let parts = DocxPackage.parts(of: data, wanted: Set(names)) else {
            throw notWord(file, "it is not a zip package, or the package is damaged")
        }
        guard let document = parts["word/document.xml"] else {
            throw notWord(file, "it has no word/document.xml")
        }
        guard let root = DocxElement.parse(Data(document.utf8)), let body = root.child("body") else {
            throw notWord(file, "its word/document.xml is not well-formed WordprocessingML")
        }
        func part(_ name: String) -> DocxElement? { parts[name].flatMap { DocxElement.parse(Data($0.utf8)) } }
        var writer = DocxTextWriter(
            numbering: DocxNumbering(part("word/numbering.xml")), styles: DocxStyles(part("word/styles.xml")),
            footnotes: part("word/footnotes.xml"))
        return writer.write(body: body)
    }

    private static func notWord(_ file: String, _ reason: String) -> RapporteurError {
        RapporteurError.invalid(
            "\(file) is not a Word document (.docx): \(reason); save it from Word as .docx, or as plain text")
    }
}
