import ArvioMessages

extension PeriodInfo {
    /// `evidence` in the coordinator's language. The model keeps the English line (it is in
    /// every YAML and golden file), so the few forms PeriodDetector, MarkdownReader and the
    /// commands write are recognised here; anything else is shown as written.
    public var said: Message {
        let forms: [(prefix: String, suffix: String, phrase: EvidencePhrase)] = [
            ("title: “…", "”", .title), ("opening paragraph: “…", "”", .openingParagraph), ("document title: “", "”", .documentTitle),
            ("page header: “", "”", .pageHeader), ("latest filled table column ", "", .latestColumn), ("Markdown: “", "”", .markdown),
        ]
        for form in forms where evidence.hasPrefix(form.prefix) && evidence.hasSuffix(form.suffix)
            && evidence.count >= form.prefix.count + form.suffix.count {
            let text = evidence.dropFirst(form.prefix.count).dropLast(form.suffix.count)
            return form.phrase.with(["text": String(text)])
        }
        return .verbatim(evidence)
    }
}
