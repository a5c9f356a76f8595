/// The tokens of an article's paragraphs, in one allocation when the size is known up front, so
/// the rules read them through unsafe buffers with no array to allocate, count references of or
/// bounds-check per paragraph.
final class TokenStore {
  private var chunks: [UnsafeMutablePointer<TextToken>] = []
  private var current: UnsafeMutablePointer<TextToken>? = nil
  private var used = 0
  private var capacity = 0

  /// A store with room for the tokens of `bytes` bytes of text (one token per byte at most).
  init(bytes: Int) {
    reserve(bytes + 1)
  }

  deinit {
    // Tokens are plain values: the memory is freed without deinitializing them.
    for chunk in chunks { chunk.deallocate() }
  }

  private func reserve(_ count: Int) {
    let size = max(count, 4096)
    let chunk = UnsafeMutablePointer<TextToken>.allocate(capacity: size)
    chunks.append(chunk)
    current = chunk
    used = 0
    capacity = size
  }

  /// Tokenizes a paragraph after the tokens already stored: its tokens, and what the word lists
  /// say about its words together.
  func append(_ bytes: UnsafeBufferPointer<UInt8>, tokenizer: Tokenizer)
    -> (tokens: UnsafeMutableBufferPointer<TextToken>, classes: WordClass)
  {
    let room = bytes.count + 1
    if current == nil || capacity - used < room { reserve(room) }
    guard let current else { return (UnsafeMutableBufferPointer(start: nil, count: 0), []) }
    let buffer = UnsafeMutableBufferPointer(start: current + used, count: room)
    let (count, classes) = tokenizer.tokenize(bytes, into: buffer)
    used += count
    return (UnsafeMutableBufferPointer(rebasing: buffer[0..<count]), classes)
  }
}
