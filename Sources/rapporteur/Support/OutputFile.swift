import ArgumentParser
import Foundation

/// The file given to `-o`, checked before anything is read or written.
enum OutputFile {
    /// A file can be written at `path`: it is not a folder, and its folder exists.
    static func check(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw ValidationError("-o \(path): it is a folder; give a file name")
        }
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            throw ValidationError("-o \(path): the folder \(folder) does not exist; create it first")
        }
        if !isFolder.boolValue { throw ValidationError("-o \(path): \(folder) is a file, not a folder") }
    }
}
