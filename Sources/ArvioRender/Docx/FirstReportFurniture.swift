import ArvioReport

extension FirstReport {
    /// The first report's pages: "<project> | Oma-arviointi 11/2021" in the header, as THL's
    /// template writes it, and "Sivu n / N" in the footer.
    public static func pageFurniture(_ report: Report) -> DocxRenderer.PageFurniture {
        let project = report.project.name ?? "Tulevaisuuden sosiaali- ja terveyskeskus -hanke"
        let period = report.period.map { PeriodWording($0.period).longColumn }
        return DocxRenderer.PageFurniture(header: project + (period.map { " | Oma-arviointi \($0)" } ?? ""), pageNumbers: true)
    }
}
