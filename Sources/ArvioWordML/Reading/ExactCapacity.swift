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
