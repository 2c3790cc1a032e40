import Foundation

/// Watches the case being run from a thread of its own, and calls `onHang` once when
/// a case runs longer than the limit (the case cannot be stopped from outside; the
/// caller reports and ends the run).
final class FuzzWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var current: (label: String, started: Date)?
    private var stopped = false
    private let limit: TimeInterval
    private let onHang: @Sendable (_ label: String, _ seconds: TimeInterval) -> Void

    init(limit: TimeInterval, onHang: @escaping @Sendable (_ label: String, _ seconds: TimeInterval) -> Void) {
        self.limit = limit
        self.onHang = onHang
        Thread.detachNewThread { [self] in watch() }
    }

    func begin(_ label: String) {
        lock.withLock { current = (label, Date()) }
    }

    func end() {
        lock.withLock { current = nil }
    }

    func stop() {
        lock.withLock { stopped = true }
    }

    private func watch() {
        while true {
            Thread.sleep(forTimeInterval: 0.2)
            let (hung, finished): ((String, TimeInterval)?, Bool) = lock.withLock {
                guard let current else { return (nil, stopped) }
                let seconds = Date().timeIntervalSince(current.started)
                return (seconds > limit ? (current.label, seconds) : nil, stopped)
            }
            if finished { return }
            if let (label, seconds) = hung {
                onHang(label, seconds)
                return
            }
        }
    }
}
