/// Finnish and Swedish for every entry of the error catalogue (`ErrorCatalogue`: errors and
/// warnings), keyed by the published code; the English is the catalogue's own. Kept apart from
/// the catalogue so the codes and exit statuses stay in one place and the words in another.
/// `MessageCatalogueTests` fails when a code of the catalogue has no entry here, or an entry no code.
public enum ErrorTranslations {
    public struct Entry: Sendable, Equatable {
        public let meaning: (fi: String, sv: String)
        public let whatToDo: (fi: String, sv: String)

        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.meaning == rhs.meaning && lhs.whatToDo == rhs.whatToDo
        }
    }

    private static func entry(_ meaningFi: String, _ meaningSv: String, do doFi: String, _ doSv: String) -> Entry {
        Entry(meaning: (meaningFi, meaningSv), whatToDo: (doFi, doSv))
    }

    public static let byCode: [String: Entry] = [
        "ARVIO-NOT-DOCX": entry(
            "Tiedosto ei ole Word-asiakirja (.docx).", "Filen är inte ett Word-dokument (.docx).",
            do: "Avaa se Wordissa ja tallenna Word-asiakirjana (.docx).", "Öppna den i Word och spara den som Word-dokument (.docx)."),
        "ARVIO-EMPTY": entry(
            "Tiedosto on tyhjä (0 tavua).", "Filen är tom (0 byte).",
            do: "Sen kopiointi tai lataus on ehkä jäänyt kesken: hae se uudelleen.", "Kopieringen eller nedladdningen blev kanske inte klar: hämta den på nytt."),
        "ARVIO-LEGACY-DOC": entry(
            "Tiedosto on vanha Word 97–2003 -asiakirja (.doc), myös jos sen nimi on muutettu .docx:ksi.",
            "Filen är ett gammalt Word 97–2003-dokument (.doc), även om namnet har ändrats till .docx.",
            do: "Avaa se Wordissa ja tallenna .docx-muodossa.", "Öppna den i Word och spara den i .docx-format."),
        "ARVIO-ENCRYPTED": entry(
            "Asiakirja on suojattu salasanalla tai sen sisällä on salattu osa.",
            "Dokumentet är lösenordsskyddat eller har en krypterad del.",
            do: "Wordissa: Tiedosto > Tiedot > Suojaa asiakirja, poista salasana ja tallenna uudelleen.",
            "I Word: Arkiv > Info > Skydda dokument, ta bort lösenordet och spara igen."),
        "ARVIO-DAMAGED": entry(
            "Tiedosto on vioittunut tai keskeneräinen (katkennut, väärä tarkistussumma).",
            "Filen är skadad eller ofullständig (avkortad, fel kontrollsumma).",
            do: "Lataa tai kopioi se uudelleen, tai avaa se Wordissa ja tallenna uusi kopio.",
            "Ladda ner eller kopiera den på nytt, eller öppna den i Word och spara en ny kopia."),
        "ARVIO-BAD-MODEL": entry(
            "Annettu .yaml/.json ei ole raportti sellaisena kuin `arvio import` sen kirjoittaa.",
            "Den angivna .yaml/.json-filen är inte en rapport så som `arvio import` skriver den.",
            do: "Anna tiedosto, jonka `arvio import` kirjoitti (tai itse .docx).", "Ge filen som `arvio import` skrev (eller själva .docx-filen)."),
        "ARVIO-NO-MAIN-PART": entry(
            "Zip-paketissa ei ole Word-asiakirjan pääosaa.", "Zip-paketet saknar Word-dokumentets huvuddel.",
            do: "Tiedosto ei ole kokonainen .docx: avaa se Wordissa ja tallenna uudelleen.", "Filen är ingen hel .docx: öppna den i Word och spara den igen."),
        "ARVIO-XML-MALFORMED": entry(
            "Asiakirjan osa ei ole kelvollista XML:ää (viesti kertoo osan ja rivin).",
            "En del av dokumentet är inte giltig XML (meddelandet anger delen och raden).",
            do: "Avaa se Wordissa ja tallenna uudelleen.", "Öppna den i Word och spara den igen."),
        "ARVIO-XML-DOCTYPE": entry(
            "Asiakirjan osassa on DOCTYPE-määrittely, jota Word ei koskaan kirjoita (mahdollinen XML-hyökkäys).",
            "En del av dokumentet har en DOCTYPE-deklaration, som Word aldrig skriver (en möjlig XML-attack).",
            do: "Hylätty tarkoituksella: selvitä, mistä tiedosto on tullut; tallenna se uudelleen Wordista.",
            "Avvisad med avsikt: ta reda på var filen kommer ifrån; spara den igen från Word."),
        "ARVIO-XML-TOO-DEEP": entry(
            "Elementtejä on sisäkkäin yli 256 tasoa (esim. taulukoita taulukoiden sisällä).",
            "Elementen är inkapslade i mer än 256 nivåer (t.ex. tabeller i tabeller).",
            do: "Hylätty tarkoituksella: yksinkertaista sisäkkäisyyttä Wordissa tai selvitä, mistä tiedosto on tullut.",
            "Avvisad med avsikt: förenkla inkapslingen i Word eller ta reda på var filen kommer ifrån."),
        "ARVIO-TOO-LARGE": entry(
            "Suurempi kuin yksikään todellinen asiakirja: osa yli 256 Mt, yhteensä yli 1 Gt, yli 20 000 zip-tiedostoa tai pakkaussuhde yli 200:1 (\"zip-pommi\").",
            "Större än något verkligt dokument: en del över 256 MB, sammanlagt över 1 GB, över 20 000 zip-filer eller ett komprimeringsförhållande över 200:1 (\"zip-bomb\").",
            do: "Hylätty tarkoituksella: ei oikea raportti. Pyydä asiakirja uudelleen.", "Avvisad med avsikt: ingen riktig rapport. Be om dokumentet på nytt."),
        "ARVIO-UNSAFE-ZIP": entry(
            "Zip-paketissa on vaarallinen tiedostonimi (absoluuttinen polku, `..`) tai sama osa kahdesti.",
            "Zip-paketet har ett osäkert filnamn (absolut sökväg, `..`) eller samma del två gånger.",
            do: "Tallenna asiakirja uudelleen Wordista.", "Spara dokumentet igen från Word."),
        "ARVIO-STRICT": entry(
            "`--strict` annettiin ja Arviolla oli varoituksia (lueteltu yllä); mitään ei kirjoitettu.",
            "`--strict` angavs och Arvio hade varningar (listade ovan); ingenting skrevs.",
            do: "Korjaa varoitusten asiat tai jätä `--strict` pois.", "Åtgärda det varningarna säger eller utelämna `--strict`."),
        "ARVIO-BAD-MAPPING": entry(
            "`--mappings`-kansion vastaavuustiedosto on rikki (viesti kertoo tiedoston ja rivin).",
            "En mappningsfil i `--mappings` är trasig (meddelandet anger fil och rad).",
            do: "Korjaa vastaavuustiedosto tai jätä `--mappings` pois.", "Rätta mappningsfilen eller utelämna `--mappings`."),
        "ARVIO-UNKNOWN-MAPPING": entry(
            "`--mapping NIMI` ei nimeä mitään vastaavuutta (viesti luettelee saatavilla olevat).",
            "`--mapping NAMN` anger ingen mappning (meddelandet listar de som finns).",
            do: "Käytä jotakin luetelluista nimistä.", "Använd ett av de listade namnen."),
        "ARVIO-BAD-UPDATES": entry(
            "`--updates`-tiedostoa ei voi lukea, tai se ei ole .yaml/.yml/.json/.md.",
            "Filen för `--updates` kan inte läsas eller är inte .yaml/.yml/.json/.md.",
            do: "Anna `arvio import` -komennon YAML tai `arvio render`/`next --to md` -komennon Markdown.",
            "Ge YAML-filen från `arvio import` eller Markdown-filen från `arvio render`/`next --to md`."),
        "ARVIO-NEXT-NO-PERIOD": entry(
            "Arvio ei tunnista, mitä raportointikautta raportti koskee.", "Arvio kan inte avgöra vilken rapporteringsperiod rapporten gäller.",
            do: "Kerro valmisteltava kausi (esim. 2022-04).", "Ange perioden som ska förberedas (t.ex. 2022-04)."),
        "ARVIO-NEXT-NOT-A-REPORT": entry(
            "Seuraavan kauden versiota pyydettiin hankesuunnitelmasta tai loppuyhteenvedosta.",
            "En version för nästa period begärdes av en projektplan eller en slutsammanfattning.",
            do: "Anna oma-arviointiraportti.", "Ge självvärderingsrapporten (oma-arviointi)."),
        "ARVIO-SUMMARY-NOT-A-REPORT": entry(
            "Innokylä-tiivistelmää pyydettiin hankesuunnitelmasta tai loppuyhteenvedosta.",
            "En Innokylä-sammanfattning begärdes av en projektplan eller en slutsammanfattning.",
            do: "Anna oma-arviointiraportti.", "Ge självvärderingsrapporten (oma-arviointi)."),
        "ARVIO-NEXT-PERIOD-NOT-AFTER": entry(
            "Valittu kausi ei ole raportin nykyisen kauden jälkeen.", "Den valda perioden kommer inte efter rapportens nuvarande period.",
            do: "Valitse myöhäisempi kausi.", "Välj en senare period."),
        "ARVIO-NEXT-ENCODING": entry(
            "Asiakirja on tallennettu UTF-16-muodossa, jota Arvio lukee mutta ei muokkaa.",
            "Dokumentet är sparat i UTF-16, som Arvio läser men inte redigerar.",
            do: "Avaa se Wordissa ja tallenna uudelleen.", "Öppna det i Word och spara det igen."),
        "ARVIO-NOT-A-PLAN": entry(
            "Ensimmäistä raporttia pyydettiin muusta kuin hankesuunnitelmasta (raportista, loppuyhteenvedosta tai tuntemattomasta asiakirjasta).",
            "En första rapport begärdes av något annat än en projektplan (en rapport, en slutsammanfattning eller ett okänt dokument).",
            do: "Anna hankesuunnitelma (.docx) tai YAML/JSON, jonka `arvio migrate` kirjoitti.",
            "Ge projektplanen (.docx) eller den YAML/JSON som `arvio migrate` skrev."),
        "ARVIO-NEXT-PERIOD-GUESSED": entry(
            "Raportin kausi jouduttiin päättelemään (otsikko, ylätunniste tai tiedoston tiedot eivät kerro sitä), ja raportissa on jo päätellyn kauden jälkeisen kauden päivätyt merkinnät (\"Huhtikuu 2022:\"): ne kirjoitettaisiin uudelleen.",
            "Rapportens period måste härledas (rubriken, sidhuvudet eller filens egenskaper anger den inte), och rapporten har redan de daterade anteckningarna för perioden efter den härledda (\"Huhtikuu 2022:\"): de skulle skrivas på nytt.",
            do: "Kerro valmisteltava kausi (esim. 2022-10) tai kirjoita kausi kansilehdelle (\"raportointi 15.5.2022\").",
            "Ange perioden som ska förberedas (t.ex. 2022-10) eller skriv perioden på titelsidan (\"raportointi 15.5.2022\")."),
        "ARVIO-UPDATES-MISMATCH": entry(
            "`--updates`-tiedosto on tehty toisesta raportista (toinen alue, asiakirjan laji tai kausi); viesti kertoo mistä.",
            "Filen till `--updates` är gjord från en annan rapport (en annan region, dokumenttyp eller period); meddelandet säger vilken.",
            do: "Anna tästä raportista tehty päivitystiedosto (`arvio next RAPORTTI --to md` tai `arvio import RAPORTTI`).",
            "Ge uppdateringsfilen som gjorts från den här rapporten (`arvio next RAPPORT --to md` eller `arvio import RAPPORT`)."),
        "ARVIO-UPDATES-TEMPLATE-TEXT": entry(
            "`--updates`-tiedosto muuttaa THL:n omaa tekstiä (johdanto, Vinkkejä, Käsitteet, aikataulu); viesti nimeää kappaleen.",
            "Filen till `--updates` ändrar THL:s egen text (inledningen, Vinkkejä, Käsitteet, tidtabellen); meddelandet anger stycket.",
            do: "Peru muutos päivitystiedostossa, tai anna `--allow-template-edits`, jos muutos on tarkoituksellinen.",
            "Ångra ändringen i uppdateringsfilen, eller ge `--allow-template-edits` om den är avsiktlig."),
        "ARVIO-OUTPUT-EXTENSION": entry(
            "`-o` nimeää tiedoston, jonka pääte ei sovi siihen, mitä komento kirjoittaa (YAML-tekstiä nimeen `x.docx`, Word-asiakirja nimeen `x.yaml`).",
            "`-o` anger en fil vars filändelse inte passar det som kommandot skriver (YAML i `x.docx`, ett Word-dokument i `x.yaml`).",
            do: "Käytä viestin nimeämää päätettä tai valitse muoto valinnalla `--to`/`--json`.",
            "Använd filändelsen som meddelandet anger, eller välj format med `--to`/`--json`."),
        "ARVIO-OUTPUT-NOT-FILE": entry(
            "`-o` nimeää jotain, mikä ei ole tiedosto: kansion, laitteen kuten `/dev/null` tai nimetyn putken; Arvio korvaa vain tavallisia tiedostoja, `--force`-valinnallakin.",
            "`-o` anger något som inte är en fil: en mapp, en enhet som `/dev/null` eller ett namngivet rör; Arvio ersätter bara vanliga filer, även med `--force`.",
            do: "Anna tiedoston nimi valinnalla `-o`.",
            "Ange ett filnamn med `-o`."),
        "ARVIO-DISK-FULL": entry(
            "Levy (tai levykiintiösi) on täynnä; tulostiedostoa ei kirjoitettu eikä mitään jäänyt jäljelle.",
            "Disken (eller din kvot på den) är full; utfilen skrevs inte och inget lämnades kvar.",
            do: "Vapauta tilaa levyltä tai kirjoita toiselle levylle valinnalla `-o`.",
            "Frigör utrymme på disken eller skriv till en annan disk med `-o`."),
        "ARVIO-WRITE-FAILED": entry(
            "Vakiotulosteeseen tai virhetulosteeseen ei voi kirjoittaa (esim. ohjattu täydelle levylle); tuloste jäi kesken. Lukija, joka lopettaa aikaisin (`arvio dump TIEDOSTO | head`), ei ole virhe.",
            "Det går inte att skriva till standard ut eller standard fel (t.ex. omdirigerat till en full disk); utskriften blev ofullständig. En läsare som slutar tidigt (`arvio dump FIL | head`) är inget fel.",
            do: "Ohjaa tuloste tiedostoon levylle, jolla on tilaa, tai käytä valintaa `-o TIEDOSTO`.",
            "Omdirigera till en fil på en disk med utrymme, eller använd `-o FIL`."),
        "ARVIO-NO-LIBREOFFICE": entry(
            "PDF:n tekemiseen tarvitaan LibreOffice, jota ei löytynyt.", "LibreOffice behövs för att göra en PDF, men hittades inte.",
            do: "Asenna se (`sudo apt-get install libreoffice-writer-nogui`) tai aseta `ARVIO_SOFFICE` osoittamaan sen `soffice`-ohjelmaan.",
            "Installera det (`sudo apt-get install libreoffice-writer-nogui`) eller sätt `ARVIO_SOFFICE` till dess `soffice`-program."),
        "ARVIO-PDF-FAILED": entry(
            "LibreOffice ei saanut asiakirjasta tehtyä PDF:ää.", "LibreOffice kunde inte göra en PDF av dokumentet.",
            do: "Tarkista, että asiakirja aukeaa Wordissa tai LibreOfficessa, tallenna se uudelleen ja yritä taas.",
            "Kontrollera att dokumentet öppnas i Word eller LibreOffice, spara det igen och försök på nytt."),
        "ARVIO-PDF-TIMEOUT": entry(
            "LibreOffice ei saanut PDF:ää valmiiksi aikarajassa, ja se pysäytettiin.", "LibreOffice blev inte klar med PDF-filen inom tidsgränsen och stoppades.",
            do: "Yritä uudelleen tai anna enemmän aikaa (`--timeout`).", "Försök igen eller ge mer tid (`--timeout`)."),
        "ARVIO-CANNOT-LISTEN": entry(
            "`arvio serve` ei voi kuunnella tätä osoitetta ja porttia: portti on toisen ohjelman käytössä, alle 1024:n portti vaatii ylläpitäjän oikeudet, tai `--host` ei ole tämän koneen osoite.",
            "`arvio serve` kan inte lyssna på den här adressen och porten: ett annat program använder porten, en port under 1024 kräver administratörsrättigheter, eller så är `--host` ingen adress på den här datorn.",
            do: "Valitse toinen `--port` tai jätä se pois, jolloin Arvio valitsee vapaan portin; anna `--host`-valitsimelle tämän koneen osoite.",
            "Välj en annan `--port` eller utelämna den, så väljer Arvio en ledig port; ge `--host` en adress på den här datorn."),
        "ARVIO-NOT-FOUND": entry(
            "Tiedostoa ei ole.", "Filen finns inte.",
            do: "Tarkista nimi ja kansio.", "Kontrollera namnet och mappen."),
        "ARVIO-UNREADABLE": entry(
            "Tiedosto on olemassa, mutta sitä ei voi lukea (esim. käyttöoikeudet, tai se on kansio).",
            "Filen finns men kan inte läsas (t.ex. behörigheter, eller så är den en mapp).",
            do: "Tarkista, että sinulla on oikeus lukea tiedosto.", "Kontrollera att du har rätt att läsa filen."),
        "ARVIO-OUTPUT-EXISTS": entry(
            "`-o` nimeää tiedoston, joka on jo olemassa.", "`-o` anger en fil som redan finns.",
            do: "Valitse toinen nimi tai lisää `--force` korvataksesi sen.", "Välj ett annat namn eller lägg till `--force` för att ersätta den."),
        "ARVIO-OUTPUT-IS-INPUT": entry(
            "`-o` nimeää syötetiedoston itsensä; Arvio ei koskaan kirjoita syötteensä päälle.",
            "`-o` anger själva indatafilen; Arvio skriver aldrig över sin indata.",
            do: "Valitse toinen nimi `-o`:lla.", "Välj ett annat namn med `-o`."),
        "ARVIO-CANNOT-WRITE": entry(
            "Tulosta ei voi kirjoittaa (kansio puuttuu tai ei ole kirjoitettava, tai nimi on kansio); mitään ei jäänyt jälkeen.",
            "Resultatet kan inte skrivas (mappen saknas eller är skrivskyddad, eller namnet är en mapp); inget lämnades kvar.",
            do: "Tarkista kansio tai valitse toinen nimi `-o`:lla.", "Kontrollera mappen eller välj ett annat namn med `-o`."),
        "ARVIO-APPEND-NOT-TEXT": entry(
            "`arvio summary --append` nimeää tiedoston, joka ei ole UTF-8-tekstiä (esim. .docx).",
            "`arvio summary --append` anger en fil som inte är UTF-8-text (t.ex. en .docx).",
            do: "Anna teksti- tai Markdown-tiedosto (.md, .txt); Arvio ei kirjoita Word-tiedostoihin.",
            "Ge en text- eller Markdown-fil (.md, .txt); Arvio skriver aldrig i Word-filer."),
        // Warnings
        "ARVIO-W-NO-TEMPLATE": entry(
            "Tunnetun pohjan sanamuotoja ei löytynyt; asiakirja luettiin vain THL:n yhteisellä vastaavuudella.",
            "Ingen känd mall hittades i texten; dokumentet lästes endast med THL:s gemensamma mappning.",
            do: "Valitse pohja `--mapping NIMI` (katso `arvio mappings`).", "Välj mallen med `--mapping NAMN` (se `arvio mappings`)."),
        "ARVIO-W-NO-PERIOD": entry(
            "Oma-arvioinnin raportointikautta ei löytynyt otsikosta, ylätunnisteesta eikä taulukoista.",
            "Självvärderingens rapporteringsperiod hittades inte i rubriken, sidhuvudet eller tabellerna.",
            do: "Kirjoita kausi kansilehdelle (esim. \"raportointi 15.5.2022\") tai valitse kausi itse.",
            "Skriv perioden på titelsidan (t.ex. \"raportointi 15.5.2022\") eller välj perioden själv."),
        "ARVIO-W-GUESSED-PERIOD": entry(
            "Raportointikausi pääteltiin (esim. taulukon viimeisestä täytetystä sarakkeesta), sitä ei ollut kirjoitettu.",
            "Rapporteringsperioden härleddes (t.ex. från en tabells sista ifyllda kolumn), den var inte angiven.",
            do: "Tarkista Arvion nimeämä kausi ja valitse toinen, jos se on väärä.", "Kontrollera perioden som Arvio anger och välj en annan om den är fel."),
        "ARVIO-W-MISSING-GOAL": entry(
            "Oma-arvioinnista puuttuu yhden tai useamman kansallisen tavoitteen otsikko.",
            "Självvärderingen saknar rubriken för ett eller flera av de nationella målen.",
            do: "Tarkista, että jokainen tavoiteotsikko on asiakirjassa kuten pohjassa.", "Kontrollera att varje målrubrik finns i dokumentet som i mallen."),
        "ARVIO-W-MISSING-SECTION": entry(
            "Kansallisesta tavoitteesta puuttuu osio, joka pohjassa on jokaisen tavoitteen alla (esim. \"Tehdyt kehittämistoimenpiteet\").",
            "Ett nationellt mål saknar en del som mallen har under varje mål (t.ex. \"Tehdyt kehittämistoimenpiteet\").",
            do: "Lisää osio tai tarkista, että sen otsikko on kirjoitettu kuten pohjassa.", "Lägg till delen eller kontrollera att rubriken är skriven som i mallen."),
        "ARVIO-W-UNMAPPED": entry(
            "Osa tekstistä ei osunut mihinkään pohjan osioon; se on tallessa kohdassa \"ei sijoitettu\".",
            "En del av texten passade inte in i någon del av mallen; den finns kvar under \"inte placerad\".",
            do: "Tarkista Arvion nimeämän tekstin ympärillä olevat otsikot.", "Kontrollera rubrikerna kring texten som Arvio anger."),
        "ARVIO-W-TABLE": entry(
            "Taulukkoa tai sen riviä ei voitu lukea lajinsa mukaisena (valmiusaste, mittarit, tulokset …); sen teksti on tallessa.",
            "En tabell eller tabellrad kunde inte läsas som sin typ (beredskapsgrad, indikatorer, resultat …); texten finns kvar.",
            do: "Vertaa Arvion nimeämää taulukkoa pohjan taulukkoon.", "Jämför tabellen som Arvio anger med mallens tabell."),
        "ARVIO-W-PROCESS-GOAL": entry(
            "Valmiusastetaulukon prosessitavoite ja sen kuvauksen otsikko eivät vastaa toisiaan.",
            "Ett processmål i beredskapstabellen och rubriken för dess beskrivning motsvarar inte varandra.",
            do: "Numeroi kuvauksen otsikko kuten taulukon rivi (\"1.1 …\").", "Numrera beskrivningens rubrik som tabellraden (\"1.1 …\")."),
        "ARVIO-W-NOT-READ": entry(
            "Toisesta tiedostosta asiakirjaan tuotua sisältöä (altChunk) tai asiakirjan osaa, johon se viittaa (teema), ei voitu lukea.",
            "Innehåll som importerats till dokumentet från en annan fil (altChunk), eller en del som dokumentet hänvisar till (temat), kunde inte läsas.",
            do: "Avaa asiakirja Wordissa ja tallenna uudelleen, jotta sisältö tulee osaksi asiakirjaa.",
            "Öppna dokumentet i Word och spara det igen, så att innehållet blir en del av dokumentet."),
        "ARVIO-W-UNSUPPORTED": entry(
            "Tuntemattoman elementin sisällä oleva teksti säilytettiin omana kappaleenaan.",
            "Text i ett okänt element behölls som ett eget stycke.",
            do: "Tarkista se teksti tuloksesta.", "Kontrollera den texten i resultatet."),
        "ARVIO-W-MARKDOWN": entry(
            "Annettu Markdown nimeää tuntemattoman vastaavuuden tai siinä ei ole tunnetun pohjan sanamuotoja.",
            "Den angivna Markdown-texten anger en okänd mappning eller saknar känd malltext.",
            do: "Aloita Markdownista, jonka `arvio render --to md` tai `arvio next --to md` kirjoitti.",
            "Utgå från den Markdown som `arvio render --to md` eller `arvio next --to md` skrev."),
        "ARVIO-W-HEADING-UNSURE": entry(
            "Otsikon näköinen rivi (lihavoitu tai isompi, numeroitu) ei ole mikään pohjan otsikoista eikä jatka yllä olevan otsikon numerointia; se luettiin tekstinä.",
            "En rad som ser ut som en rubrik (fet eller större, numrerad) är ingen av mallens rubriker och fortsätter inte numreringen av rubriken ovanför; den lästes som text.",
            do: "Jos rivi on otsikko, anna sille otsikkotyyli (Otsikko 1, 2, …) tai pohjan sanamuoto; muuten mitään ei tarvitse tehdä.",
            "Om raden är en rubrik, ge den ett rubrikformat (Rubrik 1, 2, …) eller mallens formulering; annars behövs inget göras."),
        "ARVIO-W-PERIOD-UNREAD": entry(
            "Valmiusaste- tai mittaritaulukon otsikkosolu näyttää kaudelta (vuosi, vuodenaika tai kuukausi), mutta Arvio ei tunnista sitä, joten sen sarakkeen arvot puuttuvat raportista.",
            "En rubrikcell i en tabell över beredskapsgrad eller indikatorer ser ut som en period (ett år, en årstid eller en månad) men är ingen som Arvio känner igen, så kolumnens värden saknas i rapporten.",
            do: "Kirjoita kausi kuten pohjissa (”5/22”, ”11/22”, ”Lähtötila”) tai ”Kevät 2022”, ”Syksy 2022”, ”15.5.2022”; jos sarake ei ole kausi, mitään ei tarvitse tehdä.",
            "Skriv perioden som i mallarna (”5/22”, ”11/22”, ”Lähtötila”) eller ”Våren 2022”, ”Hösten 2022”, ”15.5.2022”; om kolumnen inte är en period behövs inget göras."),
        "ARVIO-W-PLAN-EMPTY-GOAL": entry(
            "`arvio init`: hankesuunnitelmassa ei ole kansalliselle tavoitteelle hyötytavoitteen tekstiä eikä tulostaulukon rivejä, joten ensimmäisen raportin osioissa on sen kohdalla vain THL:n ohjeteksti.",
            "`arvio init`: projektplanen har varken text om nyttomålet eller rader i resultattabellen för ett nationellt mål, så den första rapportens avsnitt för det målet har bara THL:s anvisningstext.",
            do: "Kirjoita tavoitteen osuus raporttiin itse, tai lisää teksti ja rivit hankesuunnitelmaan ja aja `arvio init` uudelleen.",
            "Skriv målets del av rapporten själv, eller lägg till texten och raderna i projektplanen och kör `arvio init` igen."),
        "ARVIO-W-PLAN-NO-PHASES": entry(
            "`arvio migrate`: hankesuunnitelman kohdasta ”Prosessitavoitteet” ei löytynyt numeroituja vaiheita (”1) … 2) …”), joten siirretyssä suunnitelmassa ei ole vaiheita.",
            "`arvio migrate`: inga numrerade faser (”1) … 2) …”) hittades under ”Prosessitavoitteet” i projektplanen, så den överförda planen har inga faser.",
            do: "Tarkista, että kohdan ”Prosessitavoitteet” vaiheet on numeroitu ”1)”, ”2)”, …; muuten mitään ei tarvitse tehdä.",
            "Kontrollera att faserna under ”Prosessitavoitteet” är numrerade ”1)”, ”2)”, …; annars behövs inget göras."),
        "ARVIO-W-OTHER": entry(
            "Varattu: tämän version varoituksista mikään ei käytä tätä. Aiempien versioiden kirjoittamissa tiedostoissa se voi olla huomiolla, jolla on nyt oma tunnuksensa.",
            "Reserverad: ingen varning i den här versionen använder den. Filer som tidigare versioner skrev kan ha den för en anmärkning som nu har en egen kod.",
            do: "Lue viesti; kun asiakirja tuodaan uudelleen, huomio saa oman tunnuksensa.",
            "Läs meddelandet; när dokumentet importeras på nytt får anmärkningen sin egen kod."),
    ]

    /// What a sniffed file looks like (`FileSniffer`'s English words) in Finnish and Swedish.
    public static let looksLike: [String: (fi: String, sv: String)] = [
        "a Rich Text (.rtf) file": ("RTF-tiedostolta (.rtf)", "en RTF-fil (.rtf)"),
        "a PDF": ("PDF-tiedostolta", "en PDF-fil"),
        "an XML file (perhaps Word 2003 XML)": ("XML-tiedostolta (ehkä Word 2003 XML)", "en XML-fil (kanske Word 2003 XML)"),
        "a web page (HTML)": ("verkkosivulta (HTML)", "en webbsida (HTML)"),
        "a damaged zip": ("vioittuneelta zip-paketilta", "ett skadat zip-paket"),
    ]
}
