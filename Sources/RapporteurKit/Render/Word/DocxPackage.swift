import Foundation
import ZIPFoundation

/// The zip package a .docx is: its parts by path inside the package, written in memory
/// and read back.
enum DocxPackage {
    /// Every part is dated alike, so the same document gives the same bytes.
    private static let partDate = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01

    /// The bytes of a zip holding `parts` in the order given ("[Content_Types].xml" first,
    /// as Word writes it), each compressed.
    static func zip(_ parts: [(path: String, text: String)]) throws -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let bytes = Data(part.text.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                    modificationDate: partDate, compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else {
                throw RapporteurError.failure("the Word document could not be assembled in memory")
            }
            return data
        } catch let error as RapporteurError {
            throw error
        } catch {
            throw RapporteurError.failure("the Word document could not be assembled: \(error)")
        }
    }

    /// The text parts of the package in `data` whose paths are in `wanted`, by path; nil
    /// when `data` is not a zip package, or a damaged one (`ZipEntries`).
    static func parts(of data: Data, wanted: Set<String>) -> [String: String]? {
        guard let files = try? ZipEntries.files(in: data, wanted: wanted) else { return nil }
        return files.mapValues { String(decoding: $0, as: UTF8.self) }
    }
}
