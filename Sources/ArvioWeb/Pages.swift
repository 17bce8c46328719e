import ArvioCore
import ArvioMessages
import ArvioNext
import ArvioPackage
import ArvioRender
import ArvioReport
import Foundation

/// The pages of the round: choose files → the report as understood → the next period's form →
/// downloads; and the error page. Pure functions of what the library returned.
struct Pages {
    let layout: PageLayout
    var language: Language { layout.language }
    func h(_ text: String) -> String { layout.h(text) }
    func t(_ label: Label) -> String { layout.t(label) }

    // MARK: Upload

    func upload(documents: [StoredDocument]) -> String {
        var body = "<h1>\(t(.uploadHeading))</h1>\n<p>\(t(.uploadHelp))</p>\n"
        body += layout.formStart("/upload", multipart: true, id: "upload")
        body += "<label class=\"files\">\(t(.chooseFiles)) <input type=\"file\" name=\"files\" id=\"files\" accept=\".docx\" multiple required></label> "
        body += "<button type=\"submit\" id=\"read\">\(t(.uploadButton))</button></form>\n"
        if !documents.isEmpty {
            body += "<h2>\(t(.documents))</h2><ul class=\"documents\">"
            for document in documents {
                body += "<li><a href=\"/doc/\(document.id)\">\(h(document.displayName))</a> — \(h(kindName(document.report.kind)))"
                if let period = document.report.period { body += ", \(h(period.period.columnLabel))" }
                body += "</li>"
            }
            body += "</ul>"
        }
        return layout.page(title: Label.uploadHeading[language], body)
    }

    // MARK: The report as understood

    func report(_ document: StoredDocument, others: [StoredDocument] = []) -> String {
        let report = document.report
        var body = "<h1>\(h(report.project.name ?? document.displayName))</h1>\n"
        body += "<p class=\"file\">\(h(document.displayName))</p>\n<dl class=\"facts\">"
        body += "<dt>\(t(.kind))</dt><dd id=\"kind\">\(h(kindName(report.kind)))</dd>"
        body += "<dt>\(t(.template))</dt><dd>\(h(report.template ?? "—")) (\(h(report.mapping)))</dd>"
        if let period = report.period {
            body += "<dt>\(t(.period))</dt><dd id=\"period\">\(h(period.period.columnLabel)) (\(h(period.period.deadline)))"
            if period.guessed { body += " — \(t(.periodGuessed))" }
            body += "</dd>"
        }
        body += "<dt>\(t(.coverage))</dt><dd>\(String(format: "%.1f", 100 * report.coverage.canonicalShare)) % \(t(.coverageText))</dd></dl>\n"
        body += actions(document)
        body += compare(document, others: others)
        body += warnings(report)
        body += findings(document.findings.filter { $0.goal == nil }, heading: true)
        let words = HTMLRenderer.Words(red: Label.red[language], yellow: Label.yellow[language], green: Label.green[language],
                                       unmapped: Label.unmapped[language])
        body += "<div class=\"report\">\n"
        body += HTMLRenderer.render(report, words: words) { goal in
            findings(document.findings.filter { $0.goal == goal }, heading: false)
        }
        body += "</div>"
        return layout.page(title: report.project.name ?? document.displayName, body)
    }

    private func actions(_ document: StoredDocument) -> String {
        var links: [String] = []
        if document.report.kind == .omaArviointi {
            links.append("<a class=\"button\" id=\"prepare-next\" href=\"/doc/\(document.id)/next\">\(t(.prepareNext))</a>")
        }
        if document.report.kind == .hankesuunnitelma {
            links.append(layout.formStart("/doc/\(document.id)/first", id: "first-report")
                + "<label>\(t(.period)) <input name=\"period\" value=\"2021-10\" pattern=\"[0-9]{4}-(04|10)\" size=\"8\"></label> "
                + "<button type=\"submit\">\(t(.firstReport))</button></form>")
        }
        if document.next != nil {
            links.append("<a class=\"button\" href=\"/doc/\(document.id)/downloads\">\(t(.downloads))</a>")
        }
        links.append("<a href=\"/doc/\(document.id)/file/report.md\">\(t(.downloadMarkdown))</a>")
        links.append("<a href=\"/doc/\(document.id)/file/report.yaml\">\(t(.downloadYaml))</a>")
        links.append("<a href=\"/doc/\(document.id)/file/report.json\">\(t(.downloadJson))</a>")
        return "<p class=\"actions\">" + links.joined(separator: " ") + "</p>\n"
    }

    /// With other versions uploaded in this session: choose one to see what changed since it.
    private func compare(_ document: StoredDocument, others: [StoredDocument]) -> String {
        guard !others.isEmpty else { return "" }
        var html = "<form method=\"get\" action=\"/doc/\(document.id)/diff\" id=\"compare\" class=\"compare\">"
        html += "<input type=\"hidden\" name=\"t\" value=\"\(h(layout.token))\">"
        html += "<label>\(t(.compareWith)) <select name=\"with\" id=\"compare-with\">"
        html += others.map { "<option value=\"\($0.id)\">\(h($0.displayName))\($0.report.period.map { " (\($0.period.columnLabel))" } ?? "")</option>" }.joined()
        html += "</select></label> <button type=\"submit\" id=\"compare-button\">\(t(.compareButton))</button></form>\n"
        return html
    }

    /// The differences from another uploaded version.
    func differences(_ document: StoredDocument, from other: StoredDocument, diff: String) -> String {
        var body = "<h1>\(t(.differences))</h1>\n<p class=\"file\">\(h(other.displayName)) → \(h(document.displayName))</p>"
        body += "<pre class=\"diff\" id=\"diff\">\(h(diff))</pre>"
        body += "<p><a href=\"/doc/\(document.id)\">\(t(.back))</a></p>"
        return layout.page(title: Label.differences[language], body)
    }

    private func warnings(_ report: Report) -> String {
        let list = ReportWarnings.of(report)
        var html = "<section class=\"warnings\"><h2>\(t(.warnings))</h2>"
        guard !list.isEmpty else { return html + "<p>\(t(.noWarnings))</p></section>\n" }
        html += "<ul>"
        for warning in list {
            let code = warning.code.rawValue
            let entry = ErrorCatalogue.entry(code)
            let words = CoordinatorLine.explanation(code: code, language: language,
                                                    englishMeaning: entry?.meaning ?? "", englishWhatToDo: entry?.whatToDo ?? "")
            html += "<li><strong>\(h(words.meaning))</strong> \(h(words.whatToDo))<br><span class=\"detail\">\(h(warning.said[language]))</span> <code>\(h(code))</code></li>"
        }
        return html + "</ul></section>\n"
    }

    private func findings(_ findings: [ReviewFinding], heading: Bool) -> String {
        guard !findings.isEmpty || heading else { return "" }
        var html = "<aside class=\"findings\">" + (heading ? "<h2>\(t(.findings))</h2>" : "")
        if findings.isEmpty && heading { return html + "<p>\(t(.noFindings))</p></aside>\n" }
        html += "<ul>"
        for finding in findings.sorted(by: { $0.severity < $1.severity }) {
            let label: Label = switch finding.severity { case .fix: .fix; case .look: .look; case .note: .note }
            html += "<li class=\"\(finding.severity.rawValue)\"><span class=\"severity\">\(t(label))</span> \(h(finding.at[language])): \(h(finding.says[language]))</li>"
        }
        return html + "</ul></aside>\n"
    }

    func kindName(_ kind: DocumentKind) -> String {
        switch kind {
        case .omaArviointi: Label.kindReport[language]
        case .hankesuunnitelma: Label.kindPlan[language]
        case .loppuTiivistelma: Label.kindFinalSummary[language]
        case .unknown: Label.kindUnknown[language]
        }
    }

    // MARK: Next period

    func nextForm(_ document: StoredDocument, preview: NextOutcome) -> String {
        let report = document.report
        let draftKey = "arvio-draft-\(document.displayName)-\(report.period.map { "\($0.period)" } ?? "")"
        var body = "<h1>\(t(.nextHeading)): \(h(preview.period.columnLabel))</h1>\n<p>\(t(.nextHelp))</p>\n"
        body += layout.formStart("/doc/\(document.id)/next", id: "next-form")
        body += "<div class=\"draft\" data-draft-key=\"\(h(draftKey))\">"
        body += "<p><label>\(t(.period)) <input name=\"period\" id=\"period\" value=\"\(h("\(preview.period)"))\" pattern=\"[0-9]{4}-(04|10)\" size=\"8\"></label> (\(h(preview.period.deadline)))</p>"
        let planned = NextPeriod.plannedEntries(report)
        for goal in report.goals {
            let entries = planned.enumerated().filter { $0.element.goal == goal.number }
            guard !entries.isEmpty || !goal.processGoals.isEmpty || !goal.indicators.isEmpty else { continue }
            body += "<fieldset class=\"goal\"><legend>\(goal.number). \(h(goal.title))</legend>"
            for (index, entry) in entries {
                let name = NextForm.entryField(index)
                body += "<label class=\"entry\"><span>\(h(entry.heading))</span> — \(t(.newEntry)) (\(h(PeriodWording(preview.period).entryLabel)))"
                body += "<textarea name=\"\(name)\" id=\"\(name)\" rows=\"3\"></textarea></label>"
            }
            if !goal.processGoals.isEmpty {
                body += "<table class=\"values\"><tr><th>\(t(.processGoals))</th><th>\(t(.readinessValue)) \(h(preview.period.columnLabel))</th></tr>"
                for (index, processGoal) in goal.processGoals.enumerated() {
                    let name = NextForm.readinessField(goal: goal.number, index: index)
                    body += "<tr><td>\(h(processGoal.ids.joined(separator: ", "))) \(h(processGoal.title))</td>"
                    body += "<td><input name=\"\(name)\" id=\"\(name)\" size=\"10\"></td></tr>"
                }
                body += "</table>"
            }
            if !goal.indicators.isEmpty {
                body += "<table class=\"values\"><tr><th>\(t(.indicators))</th><th>\(t(.indicatorValue)) \(h(preview.period.columnLabel))</th></tr>"
                for (index, indicator) in goal.indicators.enumerated() {
                    let name = NextForm.indicatorField(goal: goal.number, index: index)
                    body += "<tr><td>\(h(indicator.metric.first ?? ""))</td><td><input name=\"\(name)\" id=\"\(name)\" size=\"10\"></td></tr>"
                }
                body += "</table>"
            }
            body += "</fieldset>"
        }
        for (index, rows) in NextForm.annexRows(report, period: preview.period) {
            let annex = report.annexes[index]
            body += "<fieldset class=\"annex\"><legend>\(h(annex.title.trimmingCharacters(in: .whitespaces)))</legend>"
            body += "<table class=\"values\"><tr><th>\(h(annex.columns.indices.contains(annex.keyColumn) ? annex.columns[annex.keyColumn] : ""))</th>"
            body += "<th>\(t(.annexValue)) \(h(preview.period.columnLabel))</th></tr>"
            for row in rows {
                let name = NextForm.annexField(annex: index, row: row)
                body += "<tr><td>\(h(annex.rowKey(row)))</td><td><input name=\"\(name)\" id=\"\(name)\" size=\"10\"></td></tr>"
            }
            body += "</table></fieldset>"
        }
        let promises = preview.todo.filter { $0.section.hasPrefix("promised") }
        if !promises.isEmpty {
            body += "<fieldset class=\"promises\"><legend>\(t(.promised))</legend>"
            for (index, promise) in promises.enumerated() {
                let goal = promise.goal.map { "\(Label.goal[language]) \($0)" } ?? Label.wholeReport[language]
                body += "<label class=\"check\"><input type=\"checkbox\" name=\"promise-\(index)\"> \(h(goal)): \(h(promise.what))</label>"
            }
            body += "</fieldset>"
        }
        body += "<p><label class=\"check\"><input type=\"checkbox\" name=\"track\" id=\"track\"> \(t(.trackChanges))</label> "
        body += "<label>\(t(.author)) <input name=\"author\" id=\"author\" size=\"24\"></label></p>"
        body += "<p class=\"draft-status\" data-saved=\"\(t(.draftNote))\"></p></div>"
        body += "<button type=\"submit\" id=\"prepare\">\(t(.prepareButton))</button></form>"
        return layout.page(title: Label.nextHeading[language], body)
    }

    // MARK: Downloads

    func downloads(_ document: StoredDocument, next: PreparedNext, summary: String, diff: String, pdfAvailable: Bool) -> String {
        let base = "/doc/\(document.id)/file"
        var body = "<h1>\(t(.downloads)): \(h(next.period.columnLabel))</h1>\n<ul class=\"downloads\">"
        body += "<li><a id=\"download-docx\" href=\"\(base)/next.docx\">\(t(.downloadDocx))</a></li>"
        if pdfAvailable {
            body += "<li><a id=\"download-pdf\" class=\"slow\" data-working=\"\(t(.pdfWorking))\" href=\"\(base)/next.pdf\">\(t(.downloadPdf))</a> <span class=\"progress\"></span></li>"
        } else {
            body += "<li class=\"note\" id=\"pdf-missing\">\(t(.pdfMissing))</li>"
        }
        body += "<li><a href=\"\(base)/next.md\">\(t(.downloadMarkdown))</a></li>"
        body += "<li><a href=\"\(base)/next.yaml\">\(t(.downloadYaml))</a></li>"
        body += "<li><a href=\"\(base)/next.json\">\(t(.downloadJson))</a></li></ul>\n"
        body += "<section><h2>\(t(.todo)) (\(next.todo.filter { !$0.section.hasPrefix("promised") }.count))</h2>"
        let open = next.todo.filter { !$0.section.hasPrefix("promised") }
        if open.isEmpty {
            body += "<p>\(t(.nothingToDo))</p>"
        } else {
            body += "<details><summary>\(t(.todo))</summary><ul>" + open.map { item in
                let goal = item.goal.map { "\(Label.goal[language]) \($0)" } ?? Label.wholeReport[language]
                return "<li>\(h(goal)) — \(h(item.place[language])): \(h(item.task[language]))</li>"
            }.joined() + "</ul></details>"
        }
        body += "</section>\n<section><h2>\(t(.summary))</h2>"
        body += "<p><a href=\"/doc/\(document.id)/downloads?four=1\">\(t(.fourHeadings))</a></p>"
        body += "<textarea id=\"summary\" class=\"summary\" rows=\"14\" readonly>\(h(summary))</textarea>"
        body += "<p><button type=\"button\" class=\"copy\" data-copy=\"summary\" data-copied=\"\(t(.copied))\">\(t(.copy))</button></p></section>\n"
        body += "<section><h2>\(t(.differences))</h2><pre class=\"diff\" id=\"diff\">\(h(diff))</pre></section>"
        return layout.page(title: Label.downloads[language], body)
    }

    // MARK: Errors and notes

    struct Failure {
        var file: String
        var code: String?
        var line: String
    }

    func failures(_ failures: [Failure], read: [StoredDocument]) -> String {
        var body = "<h1>\(t(.errorHeading))</h1><ul class=\"errors\">"
        for failure in failures {
            body += "<li><strong>\(h(failure.line))</strong>" + (failure.code.map { " <code class=\"code\">\(h($0))</code>" } ?? "") + "</li>"
        }
        body += "</ul>"
        if !read.isEmpty {
            body += "<ul>" + read.map { "<li><a href=\"/doc/\($0.id)\">\(h($0.displayName))</a></li>" }.joined() + "</ul>"
        }
        body += "<p><a href=\"/\">\(t(.back))</a></p>"
        return layout.page(title: Label.errorHeading[language], body)
    }

    func message(_ label: Label) -> String {
        layout.page(title: Label.errorHeading[language], "<p class=\"message\">\(t(label))</p><p><a href=\"/\">\(t(.back))</a></p>")
    }
}
