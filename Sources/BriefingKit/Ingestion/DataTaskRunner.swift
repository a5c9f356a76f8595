import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The delegate of the fetcher's `URLSession`: collects each task's body, stops a task whose
/// body grows past the size limit or that runs past the total timeout, and hands back the
/// outcome when the task completes.
final class DataTaskRunner: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  /// How a task ended.
  struct Outcome {
    var response: HTTPURLResponse?
    var data: Data
    var error: Error?
    /// The body grew past the limit and the task was stopped.
    var exceededLimit: Bool
    /// The task ran past a timeout and was stopped.
    var timeout: Timeout?
    /// The address the last response came from.
    var finalURL: URL?
  }

  /// Which timeout stopped a task.
  enum Timeout {
    /// No connection, or no bytes, for the idle (connect) timeout.
    case idle
    /// The whole request took longer than the total timeout.
    case total
  }

  /// Guarded by the runner's lock.
  private final class State: @unchecked Sendable {
    var data = Data()
    var maxBytes: Int
    var exceededLimit = false
    var timeout: Timeout?
    var lastActivity = ContinuousClock.now
    var continuation: CheckedContinuation<Outcome, Never>?

    init(maxBytes: Int) { self.maxBytes = maxBytes }
  }

  private let lock = NSLock()
  private var states: [Int: State] = [:]

  /// Runs `task` to its end, stopping it past `maxBytes` of body, after `idleTimeout` seconds
  /// without a byte, or after `totalTimeout` seconds in all.
  func run(
    _ task: URLSessionDataTask, maxBytes: Int, idleTimeout: Double, totalTimeout: Double
  ) async -> Outcome {
    let state = State(maxBytes: maxBytes)
    let start = ContinuousClock.now
    let total = start + .milliseconds(Int64(totalTimeout * 1000))
    let idle = Duration.milliseconds(Int64(idleTimeout * 1000))
    // A Dispatch timer, not a sleeping task: it fires on time even when the cooperative thread
    // pool is busy, so a timeout is never late on a loaded machine.
    let timer = DispatchSource.makeTimerSource(queue: .global())
    timer.setEventHandler { [weak self] in
      guard let self else { return }
      let deadline = min(total, self.lastActivity(of: state) + idle)
      let now = ContinuousClock.now
      if now >= deadline {
        self.mark(state, timeout: deadline == total ? .total : .idle)
        task.cancel()
        timer.cancel()
      } else {
        timer.schedule(deadline: .now() + Self.seconds(deadline - now))
      }
    }
    timer.schedule(deadline: .now() + Self.seconds(min(total, start + idle) - start))
    timer.resume()
    defer { timer.cancel() }
    return await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        lock.lock()
        state.continuation = continuation
        states[task.taskIdentifier] = state
        lock.unlock()
        task.resume()
      }
    } onCancel: {
      task.cancel()
    }
  }

  /// A duration as Dispatch's interval type.
  private static func seconds(_ duration: Duration) -> DispatchTimeInterval {
    let (seconds, attoseconds) = duration.components
    return .nanoseconds(max(1, Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)))
  }

  private func mark(_ state: State, timeout: Timeout) {
    lock.withLock { state.timeout = timeout }
  }

  private func lastActivity(of state: State) -> ContinuousClock.Instant {
    lock.withLock { state.lastActivity }
  }

  private func state(for task: URLSessionTask) -> State? {
    lock.lock()
    defer { lock.unlock() }
    return states[task.taskIdentifier]
  }

  func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
  ) {
    let state = state(for: dataTask)
    if let state { lock.withLock { state.lastActivity = .now } }
    if let state, response.expectedContentLength > Int64(state.maxBytes) {
      lock.withLock { state.exceededLimit = true }
      completionHandler(.cancel)
      dataTask.cancel()
      return
    }
    completionHandler(.allow)
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    guard let state = state(for: dataTask) else { return }
    lock.lock()
    state.data.append(data)
    state.lastActivity = .now
    let exceeded = state.data.count > state.maxBytes
    if exceeded { state.exceededLimit = true }
    lock.unlock()
    if exceeded { dataTask.cancel() }
  }

  func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
    lock.lock()
    let state = states.removeValue(forKey: task.taskIdentifier)
    let continuation = state?.continuation
    state?.continuation = nil
    let outcome = Outcome(
      response: task.response as? HTTPURLResponse, data: state?.data ?? Data(), error: error,
      exceededLimit: state?.exceededLimit ?? false, timeout: state?.timeout,
      finalURL: task.response?.url ?? task.currentRequest?.url)
    lock.unlock()
    continuation?.resume(returning: outcome)
  }
}
