import ArvioXML

/// The WordprocessingML names the reader looks for, resolved once per part to the part's name
/// ids (see `XMLElement.nameId`), so the walk compares integers instead of hashing and
/// comparing strings for every element. A name the part never uses gets an id no element has.
struct WordNames {
    static let absent = Int32.min

    let part: ObjectIdentifier
    // Blocks
    let p, tbl, sdt, sdtContent, customXml, smartTag, alternateContent, ins, moveTo, del, moveFrom: Int32
    let bookmarkStart, bookmarkEnd, commentRangeStart, commentRangeEnd, sectPr, altChunk: Int32
    // Paragraph properties
    let pPr, pStyle, val, jc, outlineLvl, rPr, pPrChange, numPr, numId, ilvl: Int32
    // Inlines
    let proofErr, permStart, permEnd, r, hyperlink, dir, bdo, fldSimple, oMath, oMathPara: Int32
    // Run content
    let t, delText, instrText, delInstrText, fldChar, fldCharType, tab, ptab, br, type, cr: Int32
    let noBreakHyphen, softHyphen, sym, symEx, symExLong, footnoteReference, endnoteReference: Int32
    let commentReference, drawing, pict, object: Int32
    // Run properties
    let rStyle, b, i, strike, dstrike, smallCaps, caps, vanish, u, color, highlight, shd, fill, vertAlign, sz: Int32
    // Tables
    let tr, tc, tcPr, gridSpan, vMerge, trPr, gridBefore, gridAfter, tblHeader: Int32

    /// The ids of `element`'s part.
    init(_ element: XMLElement) {
        func id(_ name: String) -> Int32 { element.nameId(name) ?? Self.absent }
        part = element.partIdentity
        p = id("w:p"); tbl = id("w:tbl"); sdt = id("w:sdt"); sdtContent = id("w:sdtContent")
        customXml = id("w:customXml"); smartTag = id("w:smartTag"); alternateContent = id("mc:AlternateContent")
        ins = id("w:ins"); moveTo = id("w:moveTo"); del = id("w:del"); moveFrom = id("w:moveFrom")
        bookmarkStart = id("w:bookmarkStart"); bookmarkEnd = id("w:bookmarkEnd")
        commentRangeStart = id("w:commentRangeStart"); commentRangeEnd = id("w:commentRangeEnd")
        sectPr = id("w:sectPr"); altChunk = id("w:altChunk")
        pPr = id("w:pPr"); pStyle = id("w:pStyle"); val = id("w:val"); jc = id("w:jc"); outlineLvl = id("w:outlineLvl")
        rPr = id("w:rPr"); pPrChange = id("w:pPrChange"); numPr = id("w:numPr"); numId = id("w:numId"); ilvl = id("w:ilvl")
        proofErr = id("w:proofErr"); permStart = id("w:permStart"); permEnd = id("w:permEnd"); r = id("w:r")
        hyperlink = id("w:hyperlink"); dir = id("w:dir"); bdo = id("w:bdo"); fldSimple = id("w:fldSimple")
        oMath = id("m:oMath"); oMathPara = id("m:oMathPara")
        t = id("w:t"); delText = id("w:delText"); instrText = id("w:instrText"); delInstrText = id("w:delInstrText")
        fldChar = id("w:fldChar"); fldCharType = id("w:fldCharType"); tab = id("w:tab"); ptab = id("w:ptab")
        br = id("w:br"); type = id("w:type"); cr = id("w:cr")
        noBreakHyphen = id("w:noBreakHyphen"); softHyphen = id("w:softHyphen"); sym = id("w:sym")
        symEx = id("w16se:symEx"); symExLong = id("{http://schemas.microsoft.com/office/word/2015/wordml/symex}symEx")
        footnoteReference = id("w:footnoteReference"); endnoteReference = id("w:endnoteReference")
        commentReference = id("w:commentReference"); drawing = id("w:drawing"); pict = id("w:pict"); object = id("w:object")
        rStyle = id("w:rStyle"); b = id("w:b"); i = id("w:i"); strike = id("w:strike"); dstrike = id("w:dstrike")
        smallCaps = id("w:smallCaps"); caps = id("w:caps"); vanish = id("w:vanish"); u = id("w:u"); color = id("w:color")
        highlight = id("w:highlight"); shd = id("w:shd"); fill = id("w:fill"); vertAlign = id("w:vertAlign")
        sz = id("w:sz")
        tr = id("w:tr"); tc = id("w:tc"); tcPr = id("w:tcPr"); gridSpan = id("w:gridSpan"); vMerge = id("w:vMerge")
        trPr = id("w:trPr"); gridBefore = id("w:gridBefore"); gridAfter = id("w:gridAfter"); tblHeader = id("w:tblHeader")
    }

    /// These names if `element` is in their part, else the names of its own part.
    func `for`(_ element: XMLElement) -> WordNames {
        element.partIdentity == part ? self : WordNames(element)
    }
}

extension OnOff {
    /// `flag(_:)` with the part's resolved names.
    static func flag(_ element: XMLElement?, _ names: WordNames) -> Bool? {
        guard let element else { return nil }
        return value(element.attribute(nameId: names.val)) ?? true
    }
}
