/// What the commands say beside their output: where they wrote, where the page is.
public enum StatusPhrase: String, PhraseBook {
    case wrote, wroteImport, wrotePlaced, wroteGoals, wrotePages, wroteOnePage
    case serveAt, serveWideHost, serveNoBrowser
    // A document's kind inside a line ("wrote x.yaml (oma-arviointi, …)"); English says the model's name.
    case kindOmaArviointi, kindPlan, kindFinalSummary, kindUnknown
    // After "Error: ", an error no part of Arvio expected (the system's own words, in English).
    case unexpected
    // --strict refusing a document for its warnings (ARVIO-STRICT): printed above it, or (in a batch) not.
    case strictOne, strictMany, strictOneInBatch, strictManyInBatch
    // `arvio mappings`' heading.
    case mappingsHeading

    public var texts: Texts {
        switch self {
        case .wrote: Texts(fi: "kirjoitettu {file}", sv: "skrev {file}", en: "wrote {file}")
        case .wroteImport:
            Texts(fi: "kirjoitettu {file} ({kind}, tavoitteita {goals}, {share} % tekstistä sijoitettu)",
                  sv: "skrev {file} ({kind}, {goals} mål, {share} % av texten placerad)",
                  en: "wrote {file} ({kind}, {goals} goals, {share} % of the text placed)")
        case .wrotePlaced:
            Texts(fi: "kirjoitettu {file} ({share} % tekstistä sijoitettu)", sv: "skrev {file} ({share} % av texten placerad)",
                  en: "wrote {file} ({share} % of the text placed)")
        case .wroteGoals: Texts(fi: "kirjoitettu {file} (tavoitteita {goals})", sv: "skrev {file} ({goals} mål)", en: "wrote {file} ({goals} goals)")
        case .wrotePages: Texts(fi: "kirjoitettu {file} ({count} sivua)", sv: "skrev {file} ({count} sidor)", en: "wrote {file} ({count} pages)")
        case .wroteOnePage: Texts(fi: "kirjoitettu {file} (1 sivu)", sv: "skrev {file} (1 sida)", en: "wrote {file} (1 page)")
        case .kindOmaArviointi: Texts(fi: "oma-arviointi", sv: "självvärdering", en: "oma-arviointi")
        case .kindPlan: Texts(fi: "hankesuunnitelma", sv: "projektplan", en: "hankesuunnitelma")
        case .kindFinalSummary: Texts(fi: "loppuyhteenveto", sv: "slutsammanfattning", en: "loppu-tiivistelma")
        case .kindUnknown: Texts(fi: "tuntematon asiakirja", sv: "okänt dokument", en: "unknown")
        case .unexpected:
            Texts(fi: "odottamaton virhe; järjestelmän oma viesti englanniksi: {detail}", sv: "oväntat fel; systemets eget meddelande på engelska: {detail}",
                  en: "{detail}")
        case .strictOne:
            Texts(fi: "{file}: yllä on 1 varoitus, ja `--strict` annettiin, joten mitään ei kirjoitettu. Korjaa se, mistä varoitus kertoo, tai jätä `--strict` pois.",
                  sv: "{file}: 1 varning ovan, och `--strict` angavs, så ingenting skrevs. Åtgärda det som varningen säger eller utelämna `--strict`.",
                  en: "{file}: 1 warning above, and --strict was given, so nothing was written. Fix what it says, or leave out --strict.")
        case .strictMany:
            Texts(fi: "{file}: yllä on {count} varoitusta, ja `--strict` annettiin, joten mitään ei kirjoitettu. Korjaa se, mistä varoitukset kertovat, tai jätä `--strict` pois.",
                  sv: "{file}: {count} varningar ovan, och `--strict` angavs, så ingenting skrevs. Åtgärda det som varningarna säger eller utelämna `--strict`.",
                  en: "{file}: {count} warnings above, and --strict was given, so nothing was written. Fix what they say, or leave out --strict.")
        case .strictOneInBatch:
            Texts(fi: "{file}: asiakirjasta on 1 varoitus, ja `--strict` annettiin, joten siitä ei kirjoitettu mitään (`arvio inspect {file}` näyttää varoituksen). Korjaa se, mistä varoitus kertoo, tai jätä `--strict` pois.",
                  sv: "{file}: 1 varning, och `--strict` angavs, så ingenting skrevs för dokumentet (`arvio inspect {file}` visar varningen). Åtgärda det som varningen säger eller utelämna `--strict`.",
                  en: "{file}: 1 warning, and --strict was given, so nothing was written for it (`arvio inspect {file}` lists it). Fix what it says, or leave out --strict.")
        case .strictManyInBatch:
            Texts(fi: "{file}: asiakirjasta on {count} varoitusta, ja `--strict` annettiin, joten siitä ei kirjoitettu mitään (`arvio inspect {file}` näyttää varoitukset). Korjaa se, mistä varoitukset kertovat, tai jätä `--strict` pois.",
                  sv: "{file}: {count} varningar, och `--strict` angavs, så ingenting skrevs för dokumentet (`arvio inspect {file}` visar varningarna). Åtgärda det som varningarna säger eller utelämna `--strict`.",
                  en: "{file}: {count} warnings, and --strict was given, so nothing was written for it (`arvio inspect {file}` lists them). Fix what they say, or leave out --strict.")
        case .mappingsHeading:
            Texts(fi: "Raporttipohjien vastaavuudet (valitse valitsimella --mapping NIMI):", sv: "Mappningar för rapportmallar (välj med --mapping NAMN):",
                  en: "Template mappings (use with --mapping NAME):")
        case .serveAt:
            Texts(fi: "Arvio on osoitteessa {address}\nLopeta painamalla Ctrl-C (ladatut tiedostot poistetaan silloin).",
                  sv: "Arvio finns på {address}\nAvsluta med Ctrl-C (de uppladdade filerna tas då bort).",
                  en: "Arvio is at {address}\nStop with Ctrl-C (uploaded files are then deleted).")
        case .serveWideHost:
            Texts(fi: "kuunnellaan osoitetta {host}, ei vain tällä koneella: kuka tahansa, joka tavoittaa sen ja jolla on osoite avaimineen, voi käyttää sivua.",
                  sv: "lyssnar på {host}, inte bara på den här datorn: vem som helst som når den och har adressen med nyckeln kan använda sidan.",
                  en: "listening on {host}, not only on this machine: anyone who can reach it and has the address with its key can use the page.")
        case .serveNoBrowser:
            Texts(fi: "selaimen avaavaa ohjelmaa ei löytynyt; avaa yllä oleva osoite itse.",
                  sv: "inget program som öppnar en webbläsare hittades; öppna adressen ovan själv.",
                  en: "no program to open a browser was found; open the address above yourself.")
        }
    }
}
