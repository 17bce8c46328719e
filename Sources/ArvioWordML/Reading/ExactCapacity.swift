extension Array {
    /// The same elements in storage of exactly their size. Arrays the tree keeps (a paragraph's
    /// inlines, a story's blocks) outlive the reader; growth slack on elements of a few hundred
    /// bytes each was a fifth of a large document's tree.
    func withExactCapacity() -> [Element] {
        guard capacity > count else { return self }
        var exact: [Element] = []
        exact.reserveCapacity(count)
        exact.append(contentsOf: self)
        return exact
    }
}
