import Foundation
import Testing

/// A write on a full disk says so, and leaves the database as it was.
@Suite(
    .enabled(
        if: SmallDisk.available,
        "mounting a small tmpfs needs root allowed to mount; DatabaseFailureTests provoke the same SQLITE_FULL through max_page_count"
    ))
struct DiskFullTests {
    /// No room at all (SQLite cannot even grow its shared-memory file, and reports an
    /// I/O error), and a little room (the log of the write itself does not fit).
    @Test(arguments: [0, 40 * 1024])
    func aWriteOnAFullDiskSaysTheDiskIsFull(room: Int) throws {
        let cli = try CLI.initialized()
        let disk = try SmallDisk(in: cli.folder)
        defer { disk.unmount() }
        let database = disk.folder.appending(path: "rapporteur.sqlite").path
        try FileManager.default.copyItem(atPath: cli.database, toPath: database)
        let environment = ["RAPPORTEUR_DB": database]
        try disk.fill(leaving: room)

        let result = try cli.run(
            arguments: ["decision", "add", "EB", "2024/3"], environment: environment, useDatabase: false)
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                error: the disk is full: \(database) could not grow, and nothing was changed; \
                free some space on its disk and run the command again

                """)

        try disk.empty()
        let list = try cli.run(arguments: ["decision", "list"], environment: environment, useDatabase: false)
        #expect(list.status == 0)
        #expect(list.stdout == "")
        let again = try cli.run(
            arguments: ["decision", "add", "EB", "2024/3"], environment: environment, useDatabase: false)
        #expect(again.status == 0, "\(again.stderr)")
    }
}
