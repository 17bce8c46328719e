import Foundation

/// The number of pages of a PDF as LibreOffice writes it: its page objects ("/Type /Page"),
/// which LibreOffice keeps outside compressed object streams. Nil when none is found (a PDF
/// from a writer that packs its objects into streams).
public enum PdfPageCount {
    public static func count(_ data: Data) -> Int? {
        let bytes = [UInt8](data)
        let type = Array("/Type".utf8), page = Array("/Page".utf8)
        var count = 0
        var index = 0
        while index + type.count < bytes.count {
            guard bytes[index] == 0x2F, bytes[index ..< index + type.count].elementsEqual(type) else {
                index += 1
                continue
            }
            var next = index + type.count
            while next < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[next]) { next += 1 }
            if next + page.count <= bytes.count, bytes[next ..< next + page.count].elementsEqual(page) {
                let after = next + page.count < bytes.count ? bytes[next + page.count] : 0x20
                // "/Pages" is the page tree, "/PageLabel" something else: only "/Page" ends here.
                if !(after >= 0x41 && after <= 0x5A) && !(after >= 0x61 && after <= 0x7A) { count += 1 }
            }
            index = next
        }
        return count > 0 ? count : nil
    }

    public static func count(file path: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return count(data)
    }
}
