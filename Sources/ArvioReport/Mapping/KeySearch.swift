/// Whether a normalised key contains another, for the detectors' "does this heading name a
/// hanke / the region" questions. Foundation's `contains` bridges both strings to NSString; for
/// plain texts (`PlainText`: each scalar a character, none equivalent to another) a match of
/// their UTF-8 bytes is a match of characters, so the bytes are searched instead.
enum KeySearch {
    static func contains(_ key: String, _ part: String) -> Bool {
        guard !part.isEmpty, PlainText.scalarCount(key) != nil, PlainText.scalarCount(part) != nil else {
            return key.contains(part)
        }
        return ByteSearch.contains(key.utf8, Array(part.utf8))
    }
}

import Foundation
