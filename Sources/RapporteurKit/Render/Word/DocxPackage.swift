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
    /// when `data` is not a zip package.
    ///
    /// The package is read from a file, not from memory: ZIPFoundation's reading of a zip
    /// in memory traps on one whose directory points past its end (a file cut short or
    /// damaged), where reading from a file finds the end and fails.
    static func parts(of data: Data, wanted: Set<String>) -> [String: String]? {
        let file = FileManager.default.temporaryDirectory.appending(path: "rapporteur-\(UUID().uuidString).zip")
        guard (try? data.write(to: file)) != nil else { return nil }
        defer { try? FileManager.default.removeItem(at: file) }
        guard let archive = try? Archive(url: file, accessMode: .read) else { return nil }
        var found: [String: String] = [:]
        for entry in archive where entry.type == .file && wanted.contains(entry.path) {
            var bytes = Data()
            guard (try? archive.extract(entry, consumer: { bytes.append($0) })) != nil else { return nil }
            found[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return found
    }
}
