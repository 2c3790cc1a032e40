import Foundation

/// Watches the case being run from a thread of its own, and calls `onHang` once when
/// a case has used more processor time than the limit, or has waited ten times as long
/// (a deadlock uses none). Processor time, not the clock: on a machine busy with other
/// work a case takes longer without reading any slower. The case cannot be stopped from
/// outside; the caller reports and ends the run.
final class FuzzWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var current: (label: String, started: Date, clock: clockid_t, cpuStart: TimeInterval)?
    private var stopped = false
    private let limit: TimeInterval
    private let onHang: @Sendable (_ label: String, _ seconds: TimeInterval) -> Void

    init(limit: TimeInterval, onHang: @escaping @Sendable (_ label: String, _ seconds: TimeInterval) -> Void) {
        self.limit = limit
        self.onHang = onHang
        Thread.detachNewThread { [self] in watch() }
    }

    /// Called on the thread that runs the case.
    func begin(_ label: String) {
        var clock = clockid_t()
        pthread_getcpuclockid(pthread_self(), &clock)
        let start = Self.seconds(of: clock)
        lock.withLock { current = (label, Date(), clock, start) }
    }

    func end() {
        lock.withLock { current = nil }
    }

    func stop() {
        lock.withLock { stopped = true }
    }

    private static func seconds(of clock: clockid_t) -> TimeInterval {
        var time = timespec()
        guard clock_gettime(clock, &time) == 0 else { return 0 }
        return TimeInterval(time.tv_sec) + TimeInterval(time.tv_nsec) / 1e9
    }

    private func watch() {
        while true {
            Thread.sleep(forTimeInterval: 0.2)
            let (hung, finished): ((String, TimeInterval)?, Bool) = lock.withLock {
                guard let current else { return (nil, stopped) }
                let used = Self.seconds(of: current.clock) - current.cpuStart
                let waited = Date().timeIntervalSince(current.started)
                return (used > limit || waited > limit * 10 ? (current.label, max(used, waited)) : nil, stopped)
            }
            if finished { return }
            if let (label, seconds) = hung {
                onHang(label, seconds)
                return
            }
        }
    }
}
