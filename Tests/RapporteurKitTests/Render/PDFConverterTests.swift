import Foundation
import Testing

@testable import RapporteurKit

/// The LibreOffice runner, with stand-ins for soffice: found on PATH or not, a
/// conversion that fails, one that makes a file, and one that takes too long.
@Suite struct PDFConverterTests {
    /// A folder holding a `soffice` that runs `script`.
    private func programs(_ script: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "soffice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let soffice = folder.appending(path: "soffice")
        try "#!/bin/sh\n\(script)\n".write(to: soffice, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: soffice.path)
        return folder
    }

    @Test func sofficeIsFoundOnPathOrTheWayToInstallItIsGiven() throws {
        let folder = try programs("exit 0")
        let found = try PDFConverter.onPath(environment: ["PATH": "/nonexistent:\(folder.path)"])
        #expect(found.soffice.path == folder.appending(path: "soffice").path)
        #expect(throws: RapporteurError.self) { try PDFConverter.onPath(environment: ["PATH": "/nonexistent"]) }
        do {
            _ = try PDFConverter.onPath(environment: [:])
            Issue.record("no PATH found a soffice")
        } catch let error as RapporteurError {
            #expect(error.kind == .failure)
            #expect(error.description.contains("apt-get install -y libreoffice-writer-nogui"), "\(error)")
        }
        // A folder named soffice is not the program.
        let decoy = try programs("exit 0")
        try FileManager.default.removeItem(at: decoy.appending(path: "soffice"))
        try FileManager.default.createDirectory(at: decoy.appending(path: "soffice"), withIntermediateDirectories: true)
        #expect(PDFConverter.find("soffice", path: decoy.path) == nil)
    }

    /// The stand-in is given the profile, the format, the folder and the file as
    /// LibreOffice takes them, and its PDF is what comes back.
    @Test func theConversionRunsSofficeHeadlessWithAProfileOfItsOwn() throws {
        let folder = try programs(
            #"""
            for last; do :; done
            out=""; previous=""
            for argument; do [ "$previous" = "--outdir" ] && out="$argument"; previous="$argument"; done
            case "$1" in -env:UserInstallation=file://*/profile) ;; *) echo "no profile: $1"; exit 9 ;; esac
            [ "$2 $3 $4" = "--headless --convert-to pdf" ] || { echo "arguments: $*"; exit 9; }
            { printf '%%PDF-stand-in of '; cat "$last"; } > "$out/document.pdf"
            """#)
        let converter = PDFConverter(soffice: folder.appending(path: "soffice"))
        let pdf = try converter.pdf(fromDocx: Data("the docx".utf8))
        #expect(String(decoding: pdf, as: UTF8.self) == "%PDF-stand-in of the docx")
    }

    @Test func aFailedConversionQuotesWhatSofficeSaid() throws {
        let folder = try programs("echo 'Error: source file could not be loaded' >&2; exit 0")
        let converter = PDFConverter(soffice: folder.appending(path: "soffice"))
        #expect(
            throws: RapporteurError.failure(
                "LibreOffice could not convert the document to PDF (soffice exited 0); "
                    + "soffice said: Error: source file could not be loaded")
        ) { try converter.pdf(fromDocx: Data("x".utf8)) }
    }

    @Test func aConversionThatHangsIsStopped() throws {
        let folder = try programs("echo starting; exec sleep 30")
        var converter = PDFConverter(soffice: folder.appending(path: "soffice"))
        converter.timeLimit = .milliseconds(300)
        let started = ContinuousClock.now
        #expect(throws: RapporteurError.self) { try converter.pdf(fromDocx: Data("x".utf8)) }
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    /// A conversion stopped for taking too long takes what it started with it.
    @Test func aStoppedConversionLeavesNoProcessOfItsOwnRunning() throws {
        let marker = FileManager.default.temporaryDirectory.appending(path: "soffice-child-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: marker) }
        // The stand-in starts a child that ignores SIGTERM, as soffice.bin may, and waits.
        let folder = try programs("sh -c 'trap \"\" TERM; sleep 60' & echo $! > \(marker.path); wait")
        var converter = PDFConverter(soffice: folder.appending(path: "soffice"))
        converter.timeLimit = .milliseconds(500)
        let started = ContinuousClock.now
        #expect(throws: RapporteurError.self) { try converter.pdf(fromDocx: Data("x".utf8)) }
        // Not held until the child ends by itself, a minute later.
        #expect(ContinuousClock.now - started < .seconds(20))
        let child = try #require(
            Int32(try String(contentsOf: marker, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        // Gone, or a zombie waiting to be reaped: not running.
        let deadline = ContinuousClock.now + .seconds(5)
        func running() -> Bool {
            guard let stat = try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8) else { return false }
            return !(stat.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") ?? true)
        }
        while running(), ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!running(), "process \(child) still runs")
    }
}
