import Foundation
import ZIPFoundation

/// Reads the files of a zip package from its bytes, checking every size and offset
/// against them: what a damaged or cut-short package gives is an error, never a read
/// past its end. ZIPFoundation's reader is not used for this: on Linux it inflates
/// until the stream says it ends, so a stream cut short makes it read past the end of
/// the bytes in memory (a trap) or past the end of a file forever (a hang).
///
/// The layout is the zip format's (PKWARE's APPNOTE): the end-of-central-directory
/// record at the end, the central directory it points to, one header there for each
/// file with the offset of its local header, whose data follow. Files stored or
/// deflated; no ZIP64, which a Word document never needs.
enum ZipEntries {
    struct Damaged: Error {}

    /// The files among `wanted` (paths inside the package) with their bytes.
    static func files(in data: Data, wanted: Set<String>) throws -> [String: Data] {
        let bytes = [UInt8](data)
        let end = try endOfDirectory(bytes)
        var offset = Int(read32(bytes, end + 16))
        var files: [String: Data] = [:]
        for _ in 0..<read16(bytes, end + 10) {
            guard offset + 46 <= bytes.count, read32(bytes, offset) == 0x0201_4B50 else { throw Damaged() }
            let method = read16(bytes, offset + 10)
            let compressed = Int(read32(bytes, offset + 20))
            let expanded = Int(read32(bytes, offset + 24))
            let nameLength = Int(read16(bytes, offset + 28))
            let extraLength = Int(read16(bytes, offset + 30))
            let commentLength = Int(read16(bytes, offset + 32))
            let local = Int(read32(bytes, offset + 42))
            guard offset + 46 + nameLength <= bytes.count else { throw Damaged() }
            let path = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            offset += 46 + nameLength + extraLength + commentLength
            guard wanted.contains(path) else { continue }
            files[path] = try contents(bytes, local: local, method: method, compressed: compressed, expanded: expanded)
        }
        return files
    }

    /// A Word document's part is a few megabytes at most; more is a damaged size or a
    /// zip bomb.
    static let largestFile = 64 << 20

    private static func contents(_ bytes: [UInt8], local: Int, method: UInt16, compressed: Int, expanded: Int)
        throws -> Data
    {
        guard local >= 0, local + 30 <= bytes.count, read32(bytes, local) == 0x0403_4B50,
            expanded <= largestFile
        else { throw Damaged() }
        let start = local + 30 + Int(read16(bytes, local + 26)) + Int(read16(bytes, local + 28))
        guard start + compressed <= bytes.count else { throw Damaged() }
        let stored = Data(bytes[start..<(start + compressed)])
        switch method {
        case 0:
            return stored
        case 8:
            var inflated = Data()
            _ = try Data.decompress(
                size: Int64(compressed), bufferSize: 1 << 16, skipCRC32: true,
                provider: { position, size in
                    // The stream has ended when its bytes have: inflating stops there.
                    guard position < stored.count else { throw Damaged() }
                    let from = Int(position)
                    return stored.subdata(in: from..<min(stored.count, from + size))
                },
                consumer: { chunk in
                    inflated.append(chunk)
                    if inflated.count > largestFile { throw Damaged() }
                })
            return inflated
        default:
            throw Damaged()
        }
    }

    /// The end-of-central-directory record: its signature, within the last 64 KB (its
    /// comment may run to that) and with the directory it points to inside the bytes.
    private static func endOfDirectory(_ bytes: [UInt8]) throws -> Int {
        guard bytes.count >= 22 else { throw Damaged() }
        var at = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while at >= lowest {
            if read32(bytes, at) == 0x0605_4B50 {
                let size = Int(read32(bytes, at + 12))
                let offset = Int(read32(bytes, at + 16))
                guard offset + size <= at else { throw Damaged() }
                return at
            }
            at -= 1
        }
        throw Damaged()
    }

    private static func read16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func read32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
