import ArvioMessages
import ArvioReport

/// `arvio next --updates edited.md`: reads the Markdown that `MarkdownRenderer` wrote, after a
/// coordinator edited it in any editor, back into a `Report` to diff against the original.
///
/// What it recovers: the national goals (`## n. title`, by title through the mapping's goal
/// titles, typos tolerated), sections by heading (the mapping's section rules; `###` inside a
/// goal), process-goal and other subsections (`####`), their paragraphs, list items and
/// placeholders (a paragraph in italics that is THL guidance text), tables; the readiness,
/// indicator and results tables as typed rows by period column ("〃" = the row above, "←" =
/// the value to the left spans this column, traffic lights from their words) and as tables in
/// the document's own layout; annexes (`## Liite …`), the unmapped texts, and the project,
/// region, period and mapping from the `>` line under the title.
///
/// What it cannot: formatting (emphasis marks are dropped), a goal heading as originally
/// written (the Markdown shows the canonical title; `heading` is the Markdown heading), list
/// labels other than numbers (bullets come back as •, o, ▪ by level), empty paragraphs, the
/// styles of paragraphs (`style` is nil; list items are "List Paragraph" when rendered), and
/// merged cells of other tables beyond what an HTML table's `rowspan`/`colspan` says.
///
/// Block paths are synthetic: `at` is the block's ordinal in the Markdown (every heading,
/// paragraph, list item and table counts one, from 0; the `>` summary line does not), and a
/// table row's path is `<table ordinal>/r<row>/c0/0` in the table as the document would have
/// it, like the importer's. They keep document order for `DocxRenderer` but do not point into
/// the original .docx: compare by goal, section and text.
public enum MarkdownReader {
    public static func read(_ markdown: String, mappings: MappingSet, mappingName: String? = nil,
                            file: String = "") -> Report {
        let blocks = MarkdownBlocks.parse(markdown)
        let summary = blocks.lazy.compactMap { block -> String? in
            if case .quote(let source) = block { return MarkdownText.unescape(source) }
            return nil
        }.first.map(Summary.init)
        var notes: [ReportWarning] = []
        let mapping = chooseMapping(mappings, named: mappingName ?? summary?.mapping, blocks: blocks, notes: &notes)
        var assembler = MarkdownAssembler(mapping: mapping, file: file)
        assembler.read(blocks)
        var report = assembler.report
        if let summary {
            report.project = ProjectInfo(name: summary.project, region: summary.region)
            if let period = summary.period {
                report.period = PeriodInfo(period: period, evidence: "Markdown: “Kausi: \(period.columnLabel)”", guessed: false)
            }
        }
        ProcessGoalLinker.link(&report)
        for warning in report.warnings { notes.add(warning) }
        report.warnings = notes
        return report
    }

    /// The mapping asked for, else the one the `>` line names, else the one whose wording the
    /// text has, else the shared THL mapping.
    private static func chooseMapping(_ mappings: MappingSet, named name: String?, blocks: [MarkdownBlock],
                                      notes: inout [ReportWarning]) -> TemplateMapping {
        if let name {
            if let mapping = mappings[name] { return mapping }
            notes.add(.markdown, WarningPhrase.markdownUnknownMapping.with(["name": name]))
        }
        let text = TextKey.normalise(blocks.prefix(400).map { block -> String in
            switch block {
            case .heading(_, let source), .paragraph(let source), .listItem(_, _, let source), .quote(let source): source
            case .table(let rows): rows.flatMap { $0.flatMap { $0 } }.joined(separator: " ")
            }
        }.joined(separator: " "))
        var best: (mapping: TemplateMapping, score: Int)?
        for mapping in mappings.templates {
            guard let detection = mapping.detect else { continue }
            if let unless = detection.unless, unless.contains(where: { text.contains(TextKey.normalise($0)) }) { continue }
            let score = detection.phrases.filter { text.contains(TextKey.normalise($0)) }.count
            if score > 0, score > best?.score ?? 0 { best = (mapping, score) }
        }
        if let best { return best.mapping }
        notes.add(.markdown, WarningPhrase.markdownNoTemplate.message)
        return mappings["thl-common"] ?? mappings.templates[0]
    }

    /// The `>` line: "Oma-arviointi · Hanke: … · Alue: … · Kausi: 11/21 · Pohja: …".
    struct Summary {
        var project: String?
        var region: String?
        var period: PeriodKey?
        var mapping: String?

        init(_ line: String) {
            for part in line.components(separatedBy: "·") {
                let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pieces.count == 2 else { continue }
                switch pieces[0].lowercased() {
                case "hanke": project = pieces[1]
                case "alue": region = pieces[1]
                case "kausi": period = PeriodKey(notation: pieces[1])
                case "pohja": mapping = pieces[1]
                default: continue
                }
            }
        }
    }
}
