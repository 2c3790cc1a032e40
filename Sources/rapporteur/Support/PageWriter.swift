import Foundation
import RapporteurKit

/// Writes a page document to `-o` as docx, or as pdf made from it. Made before a
/// command records anything, since it finds what writing needs first (LibreOffice for
/// pdf, the reference document): a missing tool or a bad reference then stops the
/// command with the record as it was.
struct PageWriter {
    let output: String
    let reference: ReferenceDocument
    /// nil for docx.
    let converter: PDFConverter?

    /// Writes `page` in one go (a half-written file is never left behind).
    func write(_ page: PageDocument) throws {
        let docx = try WordWriter.docx(page, reference: reference)
        let bytes = try converter?.pdf(fromDocx: docx) ?? docx
        do {
            try bytes.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw RapporteurError.failure("cannot write \(output): \(error.localizedDescription)")
        }
        Console.note("Wrote \(output)")
    }
}
