extension Array {
    /// The same elements in storage of exactly their size. Arrays the tree keeps (a paragraph's
    /// inlines, a cell's blocks) outlive the reader; growth slack on elements of a few hundred
    /// bytes each was a fifth of a large document's tree. Large arrays (a body's blocks) are
    /// left alone: their slack is address space never touched, and a copy would briefly double
    /// them at the reader's peak.
    func withExactCapacity() -> [Element] {
        guard capacity > count, capacity * MemoryLayout<Element>.stride < 64 * 1024 else { return self }
        var exact: [Element] = []
        exact.reserveCapacity(count)
        exact.append(contentsOf: self)
        return exact
    }
}

extension Array {
    /// The elements moved, not copied, into storage of exactly their size; `self` is left empty
    /// with its capacity, to be filled again. A copy would retain and later release every string
    /// an element holds. `filler` is any value that needs no releasing (a payload-free case):
    /// it takes the moved elements' places until they are removed.
    mutating func movingOutExactly(leaving filler: Element) -> [Element] {
        let count = count
        guard count > 0 else { return [] }
        let moved = [Element](unsafeUninitializedCapacity: count) { target, initialised in
            withUnsafeMutableBufferPointer { source in
                target.baseAddress!.moveInitialize(from: source.baseAddress!, count: count)
                source.baseAddress!.initialize(repeating: filler, count: count)
            }
            initialised = count
        }
        removeAll(keepingCapacity: true)
        return moved
    }
}
