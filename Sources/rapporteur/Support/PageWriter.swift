import Foundation
import RapporteurKit

/// Writes a page document as docx, or as pdf made from it, to `-o` (or to standard
/// output when that is not a terminal). Made before a command reads or records anything,
/// since it finds what writing needs first (LibreOffice for pdf, the reference document),
/// so that a missing tool or a bad reference stops the command with the record as it was.
struct PageWriter {
    /// nil: standard output, which `DocumentOptions` lets be only a pipe or a file.
    let output: String?
    let reference: ReferenceDocument
    /// nil for docx.
    let converter: PDFConverter?

    /// Writes `page` in one go (a half-written file is never left behind).
    func write(_ page: PageDocument) throws {
        let docx = try WordWriter.docx(page, reference: reference)
        let bytes = try converter?.pdf(fromDocx: docx) ?? docx
        guard let output else { return FileHandle.standardOutput.write(bytes) }
        do {
            try bytes.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw RapporteurError.failure("cannot write \(output): \(error.localizedDescription)")
        }
        Console.note("Wrote \(output)")
    }
}
