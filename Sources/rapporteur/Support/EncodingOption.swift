import ArgumentParser
import RapporteurKit

/// `--encoding windows-1252` on the commands that read a document: the encoding is found
/// from the file (UTF-8, a byte-order mark, else Windows-1252, said in a note), and this
/// forces one when the finding is wrong.
struct EncodingOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The file's encoding, when it is not found by itself (utf-8, utf-16le, utf-16be, utf-32le, utf-32be, "
                + "windows-1252).",
            valueName: "encoding"))
    var encoding: TextEncoding?

    /// The file's text, with a note on stderr when its encoding was assumed.
    func text(ofFile file: String) throws -> String {
        let decoded = try TextFile.decoded(ofFile: file, encoding: encoding)
        if let note = decoded.note { Console.note(ErrorWording.text(note)) }
        return decoded.text
    }
}

extension TextEncoding: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
