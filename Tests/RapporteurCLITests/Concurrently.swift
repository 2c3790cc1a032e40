import Foundation

/// Runs `body(0)`, …, `body(count - 1)` each on a thread of its own, all at once, and
/// returns when all have finished. Threads rather than tasks: each body blocks on
/// processes it starts, and the task pool has only as many threads as cores.
func concurrently(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        let thread = Thread {
            body(index)
            group.leave()
        }
        thread.start()
    }
    group.wait()
}

/// Lines gathered from several threads.
final class Tally: @unchecked Sendable {
    // Sendable by the lock, which guards `lines`.
    private let lock = NSLock()
    private var lines: [String] = []

    func add(_ line: String) {
        lock.lock()
        lines.append(line)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }
}
