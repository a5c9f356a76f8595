/// Lets at most a fixed number of tasks through at once; the others wait in order.
actor AsyncSemaphore {
  private var available: Int
  private var waiters: [CheckedContinuation<Void, Never>] = []

  /// Creates a semaphore letting `limit` tasks through (at least one).
  init(limit: Int) {
    available = max(1, limit)
  }

  /// Waits for a free place.
  func acquire() async {
    if available > 0 {
      available -= 1
      return
    }
    await withCheckedContinuation { waiters.append($0) }
  }

  /// Gives a place back, to the longest waiting task if there is one.
  func release() {
    if waiters.isEmpty {
      available += 1
    } else {
      waiters.removeFirst().resume()
    }
  }
}
