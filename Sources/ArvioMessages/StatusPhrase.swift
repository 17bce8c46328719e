/// What the commands say beside their output: where they wrote, where the page is.
public enum StatusPhrase: String, PhraseBook {
    case wrote, wroteImport, wrotePlaced, wroteGoals, wrotePages, wroteOnePage
    case serveAt, serveWideHost, serveNoBrowser

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
