/// A first-in first-out queue between one producer thread and one consumer that blocks the
/// producer when full, so memory stays flat however fast the producer runs.
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    // Every stored property is read and written only while `condition` is locked.
    private let condition = Condition()
    private var elements: [Element] = []
    private var head = 0
    private var isClosed = false
    private let capacity: Int

    init(capacity: Int) {
        precondition(capacity > 0, "a bounded queue needs room for one element")
        self.capacity = capacity
    }

    /// Adds an element, waiting while the queue is full. Returns false once the queue is
    /// closed, so the producer can stop early.
    @discardableResult
    func push(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while elements.count - head >= capacity && !isClosed { condition.wait() }
        guard !isClosed else { return false }
        elements.append(element)
        condition.broadcast()
        return true
    }

    /// What ``pop(timeout:)`` found.
    enum PopResult {
        case element(Element)
        case timedOut
        case closed
    }

    /// Takes the oldest element, waiting for one; nil once the queue is closed and empty.
    func pop() -> Element? {
        while true {
            switch pop(timeout: 3600) {
            case .element(let element): return element
            case .closed: return nil
            case .timedOut: continue
            }
        }
    }

    /// Takes the oldest element, waiting at most `timeout` seconds for one.
    func pop(timeout: Double) -> PopResult {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Condition.deadline(secondsFromNow: timeout)
        while head == elements.count && !isClosed {
            if !condition.wait(until: deadline) { return .timedOut }
        }
        guard head < elements.count else { return .closed }
        let element = elements[head]
        head += 1
        if head > 1024 && head * 2 > elements.count {
            elements.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return .element(element)
    }

    /// True when no element is waiting to be taken.
    var isEmpty: Bool {
        condition.lock()
        defer { condition.unlock() }
        return elements.count == head
    }

    /// Ends the queue: pending elements can still be taken, new ones are refused.
    func close() {
        condition.lock()
        isClosed = true
        condition.broadcast()
        condition.unlock()
    }
}
