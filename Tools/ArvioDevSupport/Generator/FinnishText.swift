/// Finnish-looking prose about a sote-keskus project: real words of the reports' own domain in
/// a simple sentence grammar. It reads as nonsense, but it has the letters (ä, ö), word lengths,
/// compounds, numbers and punctuation of real reports, which is what a reader's speed depends on.
struct FinnishText {
    var random: SeededRandom

    private static let subjects = [
        "Asiakasohjaus", "Hankkeen työpaketti", "Perhekeskus", "Terveysasema", "Sote-keskuksen vastaanotto",
        "Suun terveydenhuolto", "Kuntoutuksen prosessi", "Mielenterveys- ja päihdepalvelu", "Ohjausryhmä",
        "Projektiryhmä", "Sosiaalityön yksikkö", "Digipalvelujen kehittäminen", "Etävastaanotto", "Chat-palvelu",
        "Asiointipalvelu", "Hyvinvointialue", "Kotikuntoutus", "Ikäihmisten neuvonta", "Palveluohjaaja",
        "Moniammatillinen tiimi", "Vastaanottotoiminta", "Hoitopolku", "Järjestöyhteistyö", "Tiedolla johtaminen",
    ]
    private static let verbs = [
        "on kehittänyt", "kehittää", "on ottanut käyttöön", "käynnisti", "tukee", "vahvistaa", "yhtenäisti",
        "suunnittelee", "arvioi", "seuraa", "laajentaa", "on kuvannut", "tarkentaa", "pilotoi", "mahdollistaa",
        "vähentää", "lisää", "parantaa", "kokoaa", "on valmistellut",
    ]
    private static let adjectives = [
        "uuden", "yhteisen", "yhtenäisen", "matalan kynnyksen", "monialaisen", "sähköisen", "asiakaslähtöisen",
        "vaikuttavan", "ennakoivan", "varhaisen", "oikea-aikaisen", "sujuvan", "alueellisen", "kansallisen",
        "näyttöön perustuvan", "kevyemmän", "ajantasaisen",
    ]
    private static let objects = [
        "toimintamallin", "palveluketjun", "ajanvarauksen", "asiakaspalautteen", "hoitotakuun seurannan",
        "palvelutarpeen arvion", "työnjaon", "konsultaatiomallin", "koulutuksen", "kyselyn", "ohjeistuksen",
        "digihoitopolun", "kirjaamiskäytännön", "etäpalvelun", "vastaanottolajin", "palveluvalikon",
        "tietojärjestelmän", "raportointipohjan", "asiakassegmentoinnin", "mittariston",
    ]
    private static let tails = [
        "koko alueella", "kaikissa kunnissa", "osana hankkeen työpakettia", "yhdessä järjestöjen kanssa",
        "suunnitelman mukaisesti", "syksyn 2021 aikana", "keväällä 2022", "asiakkaiden tarpeiden mukaan",
        "terveysasemilla", "perhekeskuksissa", "etelä- ja pohjoiskymenlaakson välillä", "ammattilaisten tueksi",
        "vuoden vaihteessa", "pilottialueilla", "tiiviissä yhteistyössä erikoissairaanhoidon kanssa",
    ]
    private static let connectives = ["ja", "sekä", "mutta", "jotta", "koska", "minkä lisäksi", "joten"]
    private static let clauses = [
        "työ jatkuu", "jalkautus on käynnissä", "tuloksia saadaan myöhemmin", "palaute on ollut myönteistä",
        "mittaaminen tarkentuu", "toimintaa arvioidaan uudelleen", "asiakasmäärät ovat kasvaneet",
        "henkilöstö on koulutettu", "resursseja on lisätty", "aikataulu on viivästynyt",
    ]
    private static let figures = [
        "Valmiusaste %d %%.", "Käyntejä kertyi %d kpl.", "Mukana on %d ammattilaista.",
        "Odotusaika lyheni %d päivää.", "Asiakkaista %d %% antoi palautetta.",
    ]

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    mutating func sentence() -> String {
        var words = [random.pick(Self.subjects), random.pick(Self.verbs)]
        if random.chance(60) { words.append(random.pick(Self.adjectives)) }
        words.append(random.pick(Self.objects))
        if random.chance(60) { words.append(random.pick(Self.tails)) }
        if random.chance(35) {
            words[words.count - 1] += ","
            words.append(random.pick(Self.connectives))
            words.append(random.pick(Self.clauses))
        }
        var text = words.joined(separator: " ") + "."
        if random.chance(15) {
            let figure = random.pick(Self.figures)
            let value = figure.contains("%%") ? random.int(1 ... 20) * 5 : random.int(2 ... 2400)
            text += " " + figure.replacingPercent(with: value)
        }
        return text
    }

    /// Sentences until the paragraph is at least `length` characters long.
    mutating func paragraph(length: Int) -> String {
        var text = sentence()
        while text.utf8.count < length { text += " " + sentence() }
        return text
    }

    /// A short statement, as in a list item or a table cell.
    mutating func phrase(maxWords: Int = 8) -> String {
        var words = [random.pick(Self.adjectives), random.pick(Self.objects)]
        if maxWords > 3 && random.chance(50) { words.append(random.pick(Self.tails)) }
        let first = words[0].prefix(1).uppercased() + words[0].dropFirst()
        words[0] = first
        return words.joined(separator: " ")
    }

    /// A process-goal title: a state to reach, "Asiakasohjaus toimii koko alueella uuden toimintamallin avulla."
    mutating func goalStatement() -> String {
        let states = ["on vakiintunut osaksi toimintaa", "toimii koko alueella", "paranee merkittävästi nykytilasta",
                      "tavoittaa asiakkaat oikea-aikaisesti", "tukee asiakkaan ohjautumista", "on asiakkaiden käytössä"]
        return "\(random.pick(Self.subjects)) \(random.pick(states)) \(random.pick(Self.adjectives)) \(random.pick(Self.objects)) avulla."
    }
}

private extension String {
    /// "Valmiusaste %d %%." → "Valmiusaste 50 %."
    func replacingPercent(with value: Int) -> String {
        var result = ""
        var rest = Substring(self)
        while let index = rest.firstIndex(of: "%") {
            result += rest[..<index]
            let next = rest.index(after: index)
            if next < rest.endIndex, rest[next] == "d" { result += String(value) } else { result += "%" }
            rest = next < rest.endIndex ? rest[rest.index(after: next)...] : ""
        }
        return result + rest
    }
}
