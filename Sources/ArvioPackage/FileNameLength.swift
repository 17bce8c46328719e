/// File names are at most 255 bytes on the file systems coordinators use (ext4, APFS, NTFS
/// count UTF-8 bytes or UTF-16 units; bytes are the stricter). A name Arvio makes from the
/// input's name plus a suffix ("-2022-04-2026-12-07.docx") is shortened at the end of the
/// input's part so that it still fits.
public enum FileNameLength {
    public static let limit = 255

    /// `stem + suffix`, the stem cut (whole characters) so that the name fits in `limit` bytes.
    public static func fitting(_ stem: String, suffix: String) -> String {
        var stem = Substring(stem)
        while !stem.isEmpty && stem.utf8.count + suffix.utf8.count > limit { stem = stem.dropLast() }
        return String(stem) + suffix
    }
}
