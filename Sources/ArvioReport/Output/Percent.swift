import ArvioMessages
import Foundation

extension Language {
    /// A share as a percentage with one decimal: "100.0" in English, "100,0" in Finnish and Swedish.
    public func percent(_ share: Double) -> String {
        let text = String(format: "%.1f", 100 * share)
        return self == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }
}
