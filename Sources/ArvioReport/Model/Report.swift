import ArvioMessages
/// The structured report: what a coordinator and THL mean by an oma-arviointi, a
/// hankesuunnitelma or a final summary, built from the document tree through a template
/// mapping. Every text of the body lands here: in a canonical field or in `unmapped`.
///
/// Codable with a stable key order (declaration order in YAML, sorted keys in JSON), so the
/// same document always gives the same bytes.
public struct Report: Codable, Equatable, Sendable {
    public var schemaVersion: Int = 1
    public var source: SourceInfo
    public var kind: DocumentKind
    /// Name of the template mapping used (a file in Mappings/).
    public var mapping: String
    /// THL template generation: "v2020", "v2021a", "v2021b", "plan2021", "final-summary".
    public var template: String?
    public var project: ProjectInfo
    /// The reporting period this version reports on, with how it was found.
    public var period: PeriodInfo?
    /// Instructions, tips, concepts, general remarks, project description: everything outside the goals.
    public var sections: [Section] = []
    /// Oma-arvioinnin raportointiaikataulu (001): the reporting deadlines.
    public var schedule: [ScheduleEntry] = []
    /// The five national benefit goals (kansalliset hyötytavoitteet) as this document treats them.
    public var goals: [BenefitGoalPart] = []
    /// Results table of a final summary (002 "TAULUKKO 1."): one row per action, with traffic lights.
    public var results: [ResultsRow] = []
    /// A hankesuunnitelma's own parts (004).
    public var plan: ProjectPlan?
    /// Liitteet (annexes) such as 003's "Liite 1" and "Liite 2".
    public var annexes: [Annex] = []
    /// Body text no mapping rule claimed, in document order, with where it is and why.
    public var unmapped: [UnmappedBlock] = []
    /// Tracked changes found in the document (who, when, what).
    public var trackedChanges: [TrackedChange] = []
    /// What Arvio was unsure of while reading, each once, with its catalogue code.
    public var warnings: [ReportWarning] = []
    public var coverage: Coverage

    public init(source: SourceInfo, kind: DocumentKind, mapping: String, project: ProjectInfo = ProjectInfo(),
                coverage: Coverage = Coverage()) {
        self.source = source
        self.kind = kind
        self.mapping = mapping
        self.project = project
        self.coverage = coverage
    }
}

public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    /// Oma-arviointi: the half-yearly self-assessment in THL's template.
    case omaArviointi = "oma-arviointi"
    /// Hankesuunnitelma: the project plan.
    case hankesuunnitelma
    /// Loppu-tiivistelmä: a project-made final results summary.
    case loppuTiivistelma = "loppu-tiivistelma"
    case unknown
}

public struct SourceInfo: Codable, Equatable, Sendable {
    public var file: String
    public var mainPart: String
    public var title: String?
    public var modified: String?
    public init(file: String, mainPart: String, title: String? = nil, modified: String? = nil) {
        self.file = file
        self.mainPart = mainPart
        self.title = title
        self.modified = modified
    }
}

public struct ProjectInfo: Codable, Equatable, Sendable {
    /// The project's name as written ("Kymenlaakson tulevaisuuden sote-keskus hanke").
    public var name: String?
    /// The region (maakunta / hyvinvointialue) as written ("Kymenlaakso", "Itä-Uusimaa").
    public var region: String?
    public init(name: String? = nil, region: String? = nil) {
        self.name = name
        self.region = region
    }
}

public struct PeriodInfo: Codable, Equatable, Sendable {
    public var period: PeriodKey
    /// What the period was read from ("core title '… 5/2021'", "subtitle 'raportointi 15.5.2021'").
    public var evidence: String
    /// True when inferred rather than stated.
    public var guessed: Bool
    public init(period: PeriodKey, evidence: String, guessed: Bool) {
        self.period = period
        self.evidence = evidence
        self.guessed = guessed
    }
}

/// Share of body text characters that landed in canonical fields versus `unmapped`.
public struct Coverage: Codable, Equatable, Sendable {
    public var bodyCharacters: Int = 0
    public var canonicalCharacters: Int = 0
    public var unmappedCharacters: Int = 0
    public init() {}
    public var canonicalShare: Double {
        bodyCharacters == 0 ? 1 : Double(canonicalCharacters) / Double(bodyCharacters)
    }
}

public struct UnmappedBlock: Codable, Equatable, Sendable {
    public var at: BlockPath
    public var text: String
    /// Why no named part took the text, in the library's English, as written into YAML/JSON.
    public var reason: String
    /// The same in any language (`inspect` says it after the text); a block read back from
    /// YAML, JSON or Markdown has its English only.
    public var reasonSaid: Message

    public init(at: BlockPath, text: String, reason: String) {
        self.init(at: at, text: text, reason: Message.verbatim(reason))
    }

    public init(at: BlockPath, text: String, reason: Message) {
        self.at = at
        self.text = text
        self.reason = reason.english
        self.reasonSaid = reason
    }

    enum CodingKeys: String, CodingKey { case at, text, reason }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(at: try container.decode(BlockPath.self, forKey: .at), text: try container.decode(String.self, forKey: .text),
                  reason: try container.decode(String.self, forKey: .reason))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(at, forKey: .at)
        try container.encode(text, forKey: .text)
        try container.encode(reason, forKey: .reason)
    }

    // Two blocks are the same when they hold the same text at the same place for the same reason.
    public static func == (lhs: UnmappedBlock, rhs: UnmappedBlock) -> Bool {
        lhs.at == rhs.at && lhs.text == rhs.text && lhs.reason == rhs.reason
    }
}

public struct TrackedChange: Codable, Equatable, Sendable {
    public var kind: String
    public var author: String?
    public var date: String?
    public var text: String
}
