import ArvioMessages
import Foundation

/// Builds the Innokylä summary from a report.
///
/// For each heading: the sections that report on the period (`PeriodSections`) of the heading's
/// goals are the sources. A source offers sentences:
/// - when the report uses dated entries, only this period's entry ("Huhtikuu 2022:" …); a
///   section without one, or with only guidance text in it, offers nothing;
/// - otherwise the section's own paragraphs, the latest running-text paragraph first, then its
///   list items (lead-ins ending in ":" or ";" and group headings of nested lists left out).
/// Sentences are taken round by round — every source's first sentence, then every source's
/// second — while they fit in `maxCharacters`, so one long section does not crowd out the
/// others; they are printed in document order. A heading whose goals offer nothing gets
/// "Ei uutta raportoitavaa tällä kaudella."
public enum SummaryBuilder {
    public struct Options: Sendable {
        /// Characters per paragraph, the closing sentence included.
        public var maxCharacters: Int = 600
        /// Fold goal 5 ("Kustannusten nousun hillintä") into the fourth paragraph as a closing
        /// sentence, for Innokylä's "neljän otsikon" (four headings).
        public var fourHeadings: Bool = false
        public init(maxCharacters: Int = 600, fourHeadings: Bool = false) {
            self.maxCharacters = maxCharacters
            self.fourHeadings = fourHeadings
        }
    }

    /// One heading per national goal, named as the goals' short forms; used when a mapping has
    /// no `innokylaHeadings`.
    public static let defaultHeadings: [TemplateMapping.InnokylaHeading] = NationalGoal.allCases.map {
        TemplateMapping.InnokylaHeading(heading: $0.shortTitle, goals: [$0.rawValue])
    }

    public static func summarise(_ report: Report, headings: [TemplateMapping.InnokylaHeading]?,
                                 written: CalendarDay, options: Options = Options()) -> InnokylaSummary {
        var notes: [Message] = []
        let dated = PeriodSections.usesDatedEntries(report)
        var period = report.period?.period
        if period == nil, dated, let latest = PeriodSections.latestLabelledPeriod(report) {
            period = latest
            notes.append(SummaryPhrase.periodNotFound.with(["label": EntryLabel.text(for: latest)]))
        } else if let info = report.period, info.guessed {
            notes.append(SummaryPhrase.periodInferred.with(parts: ["period": .verbatim(info.period.columnLabel), "evidence": info.said]))
        }

        var plan = (headings?.isEmpty == false ? headings! : defaultHeadings).map {
            (heading: $0.heading, goals: $0.goals, closing: [Int]())
        }
        if options.fourHeadings, plan.count > 4 {
            // Goal 5 is what goals 1–4 together aim at ("Kustannusten nousun hillintää tavoitellaan
            // neljän kansallisen hyötytavoitteen kautta", 004:55): its text closes the last paragraph.
            let folded = plan.filter { $0.goals.allSatisfy { $0 == 5 } }
            plan.removeAll { $0.goals.allSatisfy { $0 == 5 } }
            if !folded.isEmpty, !plan.isEmpty { plan[plan.count - 1].closing = folded.flatMap(\.goals) }
        }
        let present = Set(report.goals.map(\.number))
        for missing in Set(plan.flatMap { $0.goals + $0.closing }).subtracting(present).sorted() {
            notes.append(SummaryPhrase.goalMissing.with(["goal": "\(missing)"]))
        }

        let paragraphs = plan.map { entry -> InnokylaSummary.Paragraph in
            let closingStreams = interleaved(entry.closing.map { streams(report, goal: $0, period: period, dated: dated) })
            let closingBudget = options.maxCharacters / 2
            var closing = ""
            if !closingStreams.isEmpty {
                let lead = "\(closingHeading(entry.closing, headings: headings)): "
                let body = select(closingStreams, budget: closingBudget - lead.count)
                if !body.isEmpty { closing = lead + lowercasedFirst(body) }
            }
            let budget = options.maxCharacters - (closing.isEmpty ? 0 : closing.count + 1)
            let body = select(interleaved(entry.goals.map { streams(report, goal: $0, period: period, dated: dated) }), budget: budget)
            let nothingNew = body.isEmpty && closing.isEmpty
            var text = body.isEmpty ? InnokylaSummary.nothingNewText : body
            if !closing.isEmpty {
                text += " " + closing
                if text.count > options.maxCharacters { text = Sentences.truncated(text, to: options.maxCharacters) }
            }
            return InnokylaSummary.Paragraph(heading: entry.heading, goals: entry.goals, closingGoals: entry.closing,
                                             text: text, nothingNew: nothingNew)
        }
        return InnokylaSummary(period: period, written: written, paragraphs: paragraphs, notes: notes)
    }

    // MARK: Sources

    /// A sentence a source offers, with where it stands in the document.
    struct Candidate {
        /// Where the candidate's source comes in the paragraph (goal, then section).
        var rank: Int = 0
        var order: BlockPath
        var sentence: Int
        var text: String
    }

    /// Each period section of `goal` as a stream of candidates in the order they are offered.
    static func streams(_ report: Report, goal number: Int, period: PeriodKey?, dated: Bool) -> [[Candidate]] {
        guard let goal = report.goals.first(where: { $0.number == number }) else { return [] }
        return PeriodSections.of(goal).map { section in
            let units: [ContentBlock]
            if dated {
                guard let period, let entry = section.entry(for: period), entry.isWritten else { return [] }
                units = entry.blocks.filter(isText)
            } else {
                let paragraphs = section.undated.filter(isText)
                let usable = paragraphs.enumerated().filter { index, block in
                    !isLeadIn(block) && !isGroupHeading(block, next: index + 1 < paragraphs.count ? paragraphs[index + 1] : nil)
                }.map(\.element)
                units = usable.filter { $0.list == nil }.reversed() + usable.filter { $0.list != nil }
            }
            let sentences = units.map { Sentences.split(collapsed($0.text ?? "")).map(Sentences.asSentence).filter { !$0.isEmpty } }
            var stream: [Candidate] = []
            for round in 0 ..< (sentences.map(\.count).max() ?? 0) {
                for (unit, list) in zip(units, sentences) where round < list.count {
                    stream.append(Candidate(order: unit.at, sentence: round, text: list[round]))
                }
            }
            return stream
        }.filter { !$0.isEmpty }
    }

    private static func isText(_ block: ContentBlock) -> Bool {
        block.type == "paragraph" && !block.isEmpty && !PeriodSections.isGuidance(block) && (block.role == nil || block.role == "entry")
            && EntryLabel.of(block) == nil
    }

    /// "Alla on toimenpidekohtainen nykytilakuvaus;" — introduces a list, says nothing itself.
    private static func isLeadIn(_ block: ContentBlock) -> Bool {
        guard let last = (block.text ?? "").trimmingCharacters(in: .whitespaces).last else { return true }
        return last == ":" || last == ";"
    }

    /// "Valmistuneet", "Työn alla" (003): a list item whose next item sits a level deeper.
    private static func isGroupHeading(_ block: ContentBlock, next: ContentBlock?) -> Bool {
        guard let level = block.list?.level, let nextLevel = next?.list?.level else { return false }
        return nextLevel > level
    }

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

    /// Several goals under one heading: their sources take turns (each goal's first section, then
    /// each goal's second …) so no goal is crowded out; `rank` keeps the printed order by goal.
    static func interleaved(_ goals: [[[Candidate]]]) -> [[Candidate]] {
        var ranked = goals
        var rank = 0
        for g in ranked.indices {
            for s in ranked[g].indices {
                for c in ranked[g][s].indices { ranked[g][s][c].rank = rank }
                rank += 1
            }
        }
        var result: [[Candidate]] = []
        for index in 0 ..< (ranked.map(\.count).max() ?? 0) {
            for goal in ranked where index < goal.count { result.append(goal[index]) }
        }
        return result
    }

    // MARK: Selection

    /// Round-robin over the streams within `budget` characters; the chosen sentences in
    /// document order, joined by spaces. When not even one sentence fits, the first is cut.
    static func select(_ streams: [[Candidate]], budget: Int) -> String {
        guard budget > 0, !streams.isEmpty else { return "" }
        var chosen: [Candidate] = []
        var used = 0
        var position = Array(repeating: 0, count: streams.count)
        var open = Set(streams.indices)
        while !open.isEmpty {
            for source in streams.indices where open.contains(source) {
                guard position[source] < streams[source].count else { open.remove(source); continue }
                let candidate = streams[source][position[source]]
                let cost = candidate.text.count + (used == 0 ? 0 : 1)
                if used + cost <= budget {
                    chosen.append(candidate)
                    used += cost
                    position[source] += 1
                } else {
                    open.remove(source)
                }
            }
        }
        if chosen.isEmpty, let first = streams.first?.first {
            return Sentences.truncated(first.text, to: budget)
        }
        return chosen.sorted { ($0.rank, $0.order, $0.sentence) < ($1.rank, $1.order, $1.sentence) }
            .map(\.text).joined(separator: " ")
    }

    private static func closingHeading(_ goals: [Int], headings: [TemplateMapping.InnokylaHeading]?) -> String {
        let named = (headings ?? defaultHeadings).first { $0.goals == goals }?.heading
        return named ?? goals.compactMap { NationalGoal(rawValue: $0)?.shortTitle }.joined(separator: ", ")
    }

    private static func lowercasedFirst(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > 1, characters[0].isUppercase, !characters[1].isUppercase else { return text }
        return characters[0].lowercased() + String(characters.dropFirst())
    }
}
