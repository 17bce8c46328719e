import ArvioCore
import ArvioWordML

/// The project's name and region as the document writes them: from the subtitle, the core
/// properties' title, a project heading, or the first heading naming a "hanke".
enum ProjectDetector {
    static func detect(_ document: WordDocument, report: Report, regions: [TemplateMapping.RegionNames]) -> ProjectInfo {
        var candidates: [String] = []
        if let description = report.sections.first(where: { $0.kind == .projectDescription })?.heading {
            candidates.append(description)
        }
        for section in report.sections where section.kind == .title {
            candidates += section.content.compactMap(\.text).filter { TextKey.normalise($0).contains("hanke") }
        }
        if let title = document.coreProperties.title { candidates.append(title) }
        for paragraph in document.body.prefix(12) {
            if case .paragraph(let p) = paragraph, p.headingLevel != nil, TextKey.normalise(p.text).contains("hanke") {
                candidates.append(p.text)
            }
        }
        // A name counts only when it names the region or heads the project description: the
        // template's generic "Tulevaisuuden sosiaali- ja terveyskeskus -hanke" names no project.
        var info = ProjectInfo()
        let described = report.sections.first(where: { $0.kind == .projectDescription })?.heading
        let regionKeys = regions.map { region in ([region.name] + region.forms).map(TextKey.normalise) }
        for candidate in candidates {
            let key = TextKey.normalise(candidate)
            guard let found = regionKeys.firstIndex(where: { forms in forms.contains { key.contains($0) } }) else { continue }
            let region = regions[found]
            info.region = region.name
            info.name = projectName(from: candidate)
            break
        }
        if info.name == nil, let described { info.name = projectName(from: described) }
        return info
    }

    /// "Itä-Uudenmaan Tulevaisuuden sosiaali- ja terveyskeskus -hanke, raportointi 15.5.2021" →
    /// the part naming the project; the text before a reporting note or a colon.
    static func projectName(from text: String) -> String {
        var name = text.trimmed
        for separator in [", raportointi", ": oma-arviointi", ": loppuyhteenveto", " – täydennyshaku", ": hankesuunnitelma"] {
            if let range = name.range(of: separator, options: .caseInsensitive) { name = String(name[..<range.lowerBound]) }
        }
        return name
    }
}

import Foundation
