/// SplitMix64 (Steele, Lea, Flood 2014): a small, fast generator whose whole output follows
/// from its seed, so the same seed gives the same generated document byte for byte on every
/// machine, and a failing property test names a seed that reproduces it (Swift's own generator
/// is seeded randomly on purpose).
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`, without the standard library's rejection sampling (whose
    /// implementation is not promised to stay the same between releases).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    public mutating func chance(_ percent: Int) -> Bool { int(0 ... 99) < percent }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(0 ... items.count - 1)] }
}
