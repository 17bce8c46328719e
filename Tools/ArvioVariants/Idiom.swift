import Foundation

/// A Word habit a regional report may be written in. Each rewrites a .docx so that it says
/// the same things in another way; a reader that understands Word reads both to the same report.
public enum Idiom: String, CaseIterable, Sendable, CustomStringConvertible {
    /// Heading styles removed: the paragraph is Normal with bold, larger runs; a number that came
    /// from list numbering is typed into the text ("1.1 ").
    case headingsAsDirectFormatting = "headings-direct"
    /// A row spanning the whole table ("Asiakasohjaus ja neuvonta") becomes a first column
    /// merged vertically (`w:vMerge`) over its group's rows.
    case groupLabelsInMergedColumn = "group-merged"
    /// The same group label, written again on every row of its group in a new first column.
    case groupLabelsOnEveryRow = "group-repeated"
    /// Table cells labelled "5/21", "11/2021", "Lähtötila" relabelled the ways other reports
    /// write periods: "Kevät 2021", "syksy -21", "15.11.2021", "Hösten 2021", "Lähtötilanne
    /// (2020)", … (`PeriodLabels`).
    case periodLabels = "period-words"
    /// `w:fill="RRGGBB"` → `w:val="solid" w:color="RRGGBB" w:fill="auto"`.
    case solidShading = "shading-solid"
    /// `w:fill="RRGGBB"` → `w:themeFill="accentN"`, the theme part holding RRGGBB in that slot.
    case themeShading = "shading-theme"
    /// `w:fill="RRGGBB"` → `w:themeFill="accentN"` with `w:themeFillShade` or `w:themeFillTint`,
    /// the theme holding a near-white or near-black colour that only the shade or tint turns
    /// into RRGGBB's hue (`TintedSlot`).
    case themeTintedShading = "shading-theme-tint"
    /// `w:fill="RRGGBB"` → dotted patterns, alternately `w:val="pct50" w:color="RRGGBB"
    /// w:fill="FFFFFF"` (the colour's dots on white: seen lighter, same hue) and `w:val="pct20"
    /// w:color="auto" w:fill="RRGGBB"` (black dots on the colour: seen darker, same hue).
    case patternShading = "shading-pct"
    /// Content controls (`w:sdt`) around each heading with the content up to the next heading.
    case controlsAroundSections = "sdt-sections"
    /// A content control around every paragraph, in the body and in table cells.
    case controlsAroundParagraphs = "sdt-paragraphs"
    /// A content control around every table row.
    case controlsAroundRows = "sdt-rows"
    /// A content control around every table cell.
    case controlsAroundCells = "sdt-cells"
    /// A reviewer's pending changes: runs inside `w:ins`, deleted text and a deleted paragraph
    /// (`w:del`, `w:delText`, a deleted paragraph mark) that the accepted view drops.
    case pendingChanges = "tracked-changes"
    /// Table rows changed by a reviewer and left pending: the last row of every table marked as
    /// inserted (`w:trPr/w:ins`, kept by the accepted view) and a deleted row after it
    /// (`w:trPr/w:del`, its text in `w:delText`, dropped by the accepted view).
    case trackedRows = "tracked-rows"
    /// Text split into one run per word, with proofing marks between them (Word after editing,
    /// Google Docs exports).
    case runFragments = "run-fragments"
    /// Letters with diacritics written decomposed (NFD: "a" and a combining diaeresis), as text
    /// pasted from macOS or a PDF arrives.
    case decomposedText = "decomposed"
    /// Style ids as a Finnish Word writes them ("Otsikko1", "Luettelokappale"), names unchanged.
    case finnishStyleIds = "finnish-style-ids"
    /// Strict Open XML: purl.oclc.org namespaces and relationship types, `w:conformance="strict"`.
    case strict

    public var description: String { rawValue }

    /// Every idiom that can be combined, in the order they are applied. One group-label form
    /// and one shading form: the others rewrite the same elements another way.
    public static let allTogether: [Idiom] = [
        .groupLabelsInMergedColumn, .periodLabels, .themeShading, .controlsAroundSections, .headingsAsDirectFormatting,
        .runFragments, .decomposedText, .pendingChanges, .trackedRows, .controlsAroundCells, .controlsAroundRows,
        .controlsAroundParagraphs, .finnishStyleIds, .strict,
    ]

    /// Application order: tables before anything wraps their rows; sections are found by
    /// heading styles before those are removed; Strict last, after every `w:` name is written.
    static let order: [Idiom] = [
        .groupLabelsInMergedColumn, .groupLabelsOnEveryRow, .periodLabels, .solidShading, .themeShading, .themeTintedShading, .patternShading,
        .controlsAroundSections, .headingsAsDirectFormatting, .runFragments, .decomposedText, .pendingChanges, .trackedRows,
        .controlsAroundCells, .controlsAroundRows, .controlsAroundParagraphs, .finnishStyleIds, .strict,
    ]
}

/// What a variant changed: edits per idiom (0 means the document had nothing that idiom
/// rewrites, e.g. no shading) and notes on what was left as it was and why.
public struct VariantSummary: Sendable {
    public var edits: [Idiom: Int] = [:]
    public var notes: [String] = []
    /// Texts rewritten to say the same in other words (`Idiom.periodLabels`), in document order:
    /// a reader may keep such a text as written, so a comparison needs to know what it was.
    public var relabelled: [Relabelling] = []

    public struct Relabelling: Sendable, Equatable {
        public var original: String
        public var written: String
    }
}

/// Writes a variant of a .docx in other Word idioms. Independent of Arvio's reader on purpose:
/// the metamorphic tests compare Arvio's reading of the original with its reading of the
/// variant, so what to rewrite is decided here from the XML alone.
public enum VariantWriter {
    /// Reads `input`, applies `idioms` and writes the result to `output` (never onto `input`).
    @discardableResult
    public static func write(_ input: String, idioms: [Idiom], to output: String) throws -> VariantSummary {
        guard URL(fileURLWithPath: input).standardizedFileURL != URL(fileURLWithPath: output).standardizedFileURL else {
            throw VariantFailure.cannotWrite(output)
        }
        let (package, summary) = try rewrite(DocxPackage(path: input), file: input, idioms: idioms)
        try package.write(to: output)
        return summary
    }

    /// The same for bytes in memory: the variant's bytes and what changed.
    public static func variant(of bytes: Data, idioms: [Idiom]) throws -> (bytes: Data, summary: VariantSummary) {
        let (package, summary) = try rewrite(DocxPackage(bytes: bytes), file: "input", idioms: idioms)
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("arvio-variant-\(UUID().uuidString).docx")
        try package.write(to: temporary.path)
        defer { try? FileManager.default.removeItem(at: temporary) }
        return (try Data(contentsOf: temporary), summary)
    }

    static func rewrite(_ package: DocxPackage, file: String, idioms: [Idiom]) throws -> (DocxPackage, VariantSummary) {
        let parts = try WordParts(package: package, file: file)
        var summary = VariantSummary()
        for idiom in Idiom.order where idioms.contains(idiom) {
            var notes: [String] = []
            let edits: Int
            switch idiom {
            case .headingsAsDirectFormatting: edits = try HeadingsAsDirectFormatting.apply(parts, notes: &notes)
            case .groupLabelsInMergedColumn: edits = try GroupLabels.apply(parts, form: .mergedColumn, notes: &notes)
            case .groupLabelsOnEveryRow: edits = try GroupLabels.apply(parts, form: .everyRow, notes: &notes)
            case .periodLabels: edits = try PeriodLabels.apply(parts, relabelled: &summary.relabelled, notes: &notes)
            case .solidShading: edits = try Shading.apply(parts, form: .solid, notes: &notes)
            case .themeShading: edits = try Shading.apply(parts, form: .theme, notes: &notes)
            case .themeTintedShading: edits = try Shading.apply(parts, form: .themeTinted, notes: &notes)
            case .patternShading: edits = try Shading.apply(parts, form: .pattern, notes: &notes)
            case .controlsAroundSections: edits = try ContentControls.aroundSections(parts, notes: &notes)
            case .controlsAroundParagraphs: edits = try ContentControls.aroundParagraphs(parts, notes: &notes)
            case .controlsAroundRows: edits = try ContentControls.aroundRows(parts, notes: &notes)
            case .controlsAroundCells: edits = try ContentControls.aroundCells(parts, notes: &notes)
            case .runFragments: edits = try RunFragments.apply(parts, notes: &notes)
            case .decomposedText: edits = try DecomposedText.apply(parts, notes: &notes)
            case .pendingChanges: edits = try PendingChanges.apply(parts, notes: &notes)
            case .trackedRows: edits = try PendingChanges.rows(parts, notes: &notes)
            case .finnishStyleIds: edits = try FinnishStyleIds.apply(parts, notes: &notes)
            case .strict: edits = try StrictConformance.apply(parts, notes: &notes)
            }
            summary.edits[idiom] = edits
            summary.notes += notes.map { "\(idiom): \($0)" }
        }
        return (parts.finish(), summary)
    }
}
