import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process that holds the write lock of a database in WAL mode, when the
/// system can tell. SQLite itself does not say who holds a lock; it takes the
/// write lock as a POSIX lock on one byte of the `-shm` file, and the system
/// names the process that holds such a lock to whoever asks.
struct WriteLockHolder: Equatable {
    /// The byte of the `-shm` file that SQLite locks for the one writer
    /// (its WALINDEX_LOCK_OFFSET, 120; the writer's lock is the first).
    static let writerByte: off_t = 120

    let pid: Int32
    /// The program's name, where the system says it (/proc on Linux).
    let command: String?

    var description: String {
        "process \(pid)" + (command.map { " (\($0))" } ?? "")
    }

    /// The holder of `path`'s write lock, or nil when none is held, the holder is this
    /// process, or the system cannot tell.
    static func of(databaseAt path: String) -> WriteLockHolder? {
        let descriptor = open(path + "-shm", O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = writerByte
        lock.l_len = 1
        guard fcntl(descriptor, F_GETLK, &lock) == 0, lock.l_type != Int16(F_UNLCK), lock.l_pid > 0 else {
            return nil
        }
        let name = try? String(contentsOfFile: "/proc/\(lock.l_pid)/comm", encoding: .utf8)
        let command = name?.trimmingCharacters(in: .whitespacesAndNewlines)
        return WriteLockHolder(pid: lock.l_pid, command: command?.isEmpty == false ? command : nil)
    }
}
