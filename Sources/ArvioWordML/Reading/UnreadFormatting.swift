import ArvioXML

/// Formatting the reader never looks at, left out of a part's bytes before libxml2 parses them
/// (`SkippedElements`): fonts, sizes, languages, spacing, indents, widths, borders and margins.
/// Word repeats them on every run, paragraph and cell, so in a document formatted by hand they
/// are half of its XML (the 12.6 MB Russian report in Corpora/ goes to 5 MB), and the tree comes
/// out the same: nothing reads these names, they hold no text, and the elements after them keep
/// their lines and ordinals (which `next` uses to find them in the bytes).
///
/// Only names nothing in `ArvioWordML` asks for belong here; `w:jc`, `w:shd`, `w:color`, `w:u`
/// and the other properties in `WordNames` are read.
public enum UnreadFormatting {
    static let properties: Set<String> = [
        // Run properties
        "rFonts", "sz", "szCs", "lang", "kern", "spacing", "position", "bCs", "iCs", "noProof", "webHidden",
        "snapToGrid", "emboss", "imprint", "outline", "shadow", "effect", "fitText", "eastAsianLayout", "rtl", "cs",
        "specVanish",
        // Paragraph properties
        "keepNext", "keepLines", "pageBreakBefore", "widowControl", "suppressLineNumbers", "pBdr", "ind",
        "contextualSpacing", "mirrorIndents", "suppressOverlap", "suppressAutoHyphens", "kinsoku", "wordWrap",
        "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "adjustRightInd", "textAlignment",
        "textboxTightWrap",
        // Table, row and cell properties
        "tblW", "tblInd", "tblBorders", "tblLayout", "tblCellMar", "tblLook", "tblCellSpacing", "tblpPr", "tblOverlap",
        "trHeight", "cantSplit", "tcW", "tcBorders", "tcMar", "noWrap", "vAlign", "tcFitText", "hideMark", "textDirection",
    ]

    /// What borders and margins hold: their edges, each one empty element.
    static let edges: Set<String> = [
        "top", "left", "bottom", "right", "start", "end", "insideH", "insideV", "tl2br", "tr2bl", "between", "bar",
    ]

    /// The WordprocessingML namespaces `w` stands for: Transitional and Strict.
    static let wordNamespaces = Set(Namespaces.ooxml.filter { $0.value == "w" }.keys)

    /// For the parts `PartReader` reads (document, notes, comments, headers and footers). It reads
    /// through elements it does not know, so one of these is left out only when it holds nothing
    /// but edges: then reading it would have given nothing either. Cut when that leaves out a
    /// tenth of the part or more: Word's own files (a tenth to a fifth), LibreOffice's (half and
    /// more); a generated report with sizes on a few runs (8 %) parses faster whole.
    static let story = story(minimumShare: defaultShare)
    public static let defaultShare = 0.1

    /// What `options` ask to leave out of story parts: nothing, or `story` at their share.
    static func story(_ options: ReadOptions) -> SkippedElements? {
        guard options.skipsUnreadFormatting else { return nil }
        return options.unreadFormattingShare == defaultShare ? story : story(minimumShare: options.unreadFormattingShare)
    }

    static func story(minimumShare: Double) -> SkippedElements {
        SkippedElements(prefix: "w", namespaces: wordNamespaces, localNames: properties, contentNames: edges, minimumShare: minimumShare)
    }
}
