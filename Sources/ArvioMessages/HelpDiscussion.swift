/// Each command's longer explanation in `--help`, after its summary: what it does in detail,
/// where it writes, its exit codes. The English is also the README's account of the commands.
public enum HelpDiscussion: String, PhraseBook {
    case arvio, check, diff, dump, importCommand, initCommand, migrate, next, pdf, render, serve, summary

    public var texts: Texts {
        switch self {
        case .arvio:
            Texts(fi: """
                Poistumiskoodit: 0 valmis; 1 `arvio check` löysi korjattavaa ennen Innokylään vientiä; 2 osa erän tiedostoista \
                (`import`/`next` KANSIO… -o TULOSKANSIO) epäonnistui, ks. TULOSKANSIO/arvio-summary.csv; 10 ei Word-asiakirja; \
                11 vanha Word 97–2003 -asiakirja (.doc); 12 suojattu salasanalla; 13 vioittunut tai keskeneräinen tiedosto; 14 \
                sisällä ei ole pääasiakirjaa; 15 rikkinäinen tai hylätty XML; 16 suurempi kuin yksikään todellinen asiakirja \
                (zip-pommi); 17 vaarallinen zip-sisältö; 19 huomioita ja --strict; 20 sääntötiedosto on rikki; 21 sen nimisiä \
                sääntöjä ei ole; 22 --updates-tiedostoa ei voi käyttää; 23 --updates-tiedosto on tehty toisesta raportista; 24 \
                --updates-tiedosto muuttaa THL:n omaa tekstiä; 30 raportin kausi ei selviä (anna --period); 31 ei \
                oma-arviointi; 32 --period ei ole raportin kauden jälkeen; 33 asiakirjaa ei voi muokata (UTF-16); 34 ei \
                hankesuunnitelma (init); 35 kausi jouduttiin päättelemään, ja sitä seuraavan kauden merkinnät on jo \
                kirjoitettu (anna --period); 40 LibreOfficea ei ole asennettu (pdf); 41 LibreOffice epäonnistui tai ei \
                valmistunut ajoissa; 50 serve ei voi kuunnella osoitetta tai porttia; 64 komentoa käytetty väärin (myös -o-nimi, jonka pääte ei sovi muotoon); 66 tiedostoa ei \
                ole tai sitä ei voi lukea; 73 tulosta ei voi kirjoittaa (tiedosto on jo olemassa, se on syötetiedosto, se ei \
                ole tavallinen tiedosto, levy on täynnä tai kansioon ei voi kirjoittaa); 74 vakiotulosteeseen tai \
                vakiovirheeseen ei voi kirjoittaa (lukija, joka lopettaa kesken, kuten `| head`, ei ole virhe); 129, 130, 143 \
                pysäytetty signaalilla SIGHUP, Ctrl-C (SIGINT) tai SIGTERM, väliaikaiset tiedostot poistettu.

                Viestien kieli: --lang fi|sv|en, muuten ARVIO_LANG, muuten LANG (fi_FI → suomi, sv_FI → ruotsi), muuten \
                englanti.
                """,
                  sv: """
                Slutkoder: 0 klart; 1 `arvio check` hittade något att rätta före uppladdningen; 2 en del filer i en omgång \
                (`import`/`next` MAPP… -o UTMAPP) misslyckades, se UTMAPP/arvio-summary.csv; 10 inte ett Word-dokument; 11 \
                gammalt Word 97–2003-dokument (.doc); 12 lösenordsskyddat; 13 skadad eller ofullständig fil; 14 inget \
                huvuddokument i filen; 15 trasig eller avvisad XML; 16 större än något verkligt dokument (zip-bomb); 17 \
                osäkert zip-innehåll; 19 varningar med --strict; 20 en regelfil är trasig; 21 inga regler med det namnet; 22 \
                filen till --updates kan inte användas; 23 filen till --updates är gjord från en annan rapport; 24 filen till \
                --updates ändrar THL:s egen text; 30 rapportens period är okänd (ange --period); 31 inte en självvärdering; 32 \
                --period kommer inte efter rapportens period; 33 dokumentet kan inte redigeras (UTF-16); 34 inte en \
                projektplan (init); 35 perioden måste härledas och nästa periods anteckningar finns redan (ange --period); 40 \
                LibreOffice är inte installerat (pdf); 41 LibreOffice misslyckades eller tog för lång tid; 50 serve kan \
                inte lyssna på adressen eller porten; 64 fel användning \
                av kommandot (även ett -o-namn vars filändelse inte stämmer med formatet); 66 filen finns inte eller kan inte \
                läsas; 73 utdata kan inte skrivas (filen finns redan, är indatafilen, är ingen vanlig fil, disken är full \
                eller mappen är skrivskyddad); 74 standard ut eller standard fel kan inte skrivas (en läsare som slutar \
                tidigt, som `| head`, är inget fel); 129, 130, 143 stoppad av SIGHUP, Ctrl-C (SIGINT) eller SIGTERM, \
                tillfälliga filer borttagna.

                Meddelandenas språk: --lang fi|sv|en, annars ARVIO_LANG, annars LANG (fi_FI → finska, sv_FI → svenska), annars \
                engelska.
                """,
                  en: """
                Exit codes: 0 done; 1 `arvio check` found something to fix before uploading; 2 some files of a batch \
                (`import`/`next` FOLDER… -o OUTFOLDER) failed, see OUTFOLDER/arvio-summary.csv; 10 not a Word document; \
                11 old Word 97–2003 .doc; 12 password-protected; \
                13 damaged or incomplete file; 14 no main document inside; 15 broken or refused XML; \
                16 larger than any real document (zip bomb); 17 unsafe zip contents; 19 warnings with --strict; \
                20 a mapping file is broken; 21 no such mapping; 22 the --updates file cannot be used; \
                23 the --updates file was made from another report; 24 the --updates file changes THL's own text; \
                30 the report's period is unknown (give --period); 31 not an oma-arviointi; 32 --period is not \
                after the report's; 33 the document cannot be edited (UTF-16); 34 not a hankesuunnitelma (init); 35 the period had to be guessed and its next period is written already (give --period); \
                40 LibreOffice is not installed (pdf); 41 LibreOffice failed or timed out; 50 serve cannot listen on the \
                address or port; 64 wrong command-line usage \
                (also an -o name whose extension contradicts the format); 66 file not found or not readable; \
                73 the output cannot be written (exists, is the input, is not an ordinary file, the disk is full, or the \
                folder is not writable); 74 standard output or error cannot be written (a reader that stops early, as \
                `| head`, is not an error); 129, 130, 143 stopped by SIGHUP, Ctrl-C (SIGINT) or SIGTERM, temporary \
                files removed.

                Language of messages: --lang fi|sv|en, else ARVIO_LANG, else LANG (fi_FI → Finnish, sv_FI → Swedish), \
                else English.
                """)
        case .check:
            Texts(fi: """
                Jokainen havainto nimeää tavoitteensa ja osionsa, ja se on merkitty:

                korjaa: THL:n ohjeteksti (”< Kuvaus … >”), jonka alle ei ole kirjoitettu mitään; otsikko, jonka alla ei ole \
                mitään; tämän kauden päivätty merkintä (”Huhtikuu 2022:”) puuttuu, tai siinä on yhä vain ohjeteksti, jonka \
                `arvio next` lisäsi; tyhjiä soluja valmiusaste- ja mittaritaulukon tämän kauden sarakkeessa (”-” käy \
                vastauksesta); päivämäärät, jotka eroavat kansilehden, ylä- tai alatunnisteen ja tiedoston ominaisuuksien \
                välillä; hankesuunnitelmassa ei yhtään värillä merkittyä lisäystä, tai yli 25 sivua (kansilehteä ja \
                sisällysluetteloa laskematta).

                katso: tyhjä osio tavoitteiden ulkopuolella, tyhjä solu liitteen yhden kauden sarakkeessa, kausi, jota ei ole \
                raportointiaikataulussa, tiedosto, joka on viimeksi tallennettu ennen kautensa alkua, kausi, joka Arvion piti \
                päätellä.

                huom.: tarkistus, jota ei voitu tehdä (ei LibreOfficea sivujen laskemiseen), tai tiedoksi annettava asia.

                Hankesuunnitelman sivut lasketaan PDF:stä, jonka LibreOffice tekee (taustalla, omalla väliaikaisella \
                profiilillaan ja aikarajalla); ilman LibreOfficea tarkistus ohitetaan huomautuksella, ja --no-pages ohittaa \
                sen.

                Poistumiskoodi: 0 valmis vietäväksi (ei korjattavaa; --strict-valitsimella ei myöskään katsottavaa); 1 \
                havaintoja löytyi; komennon `arvio --help` koodit (10–17, 66, …), kun tiedostoa ei voi lukea.
                """,
                  sv: """
                Varje fynd anger sitt mål och avsnitt och är märkt:

                rätta: THL:s anvisningstext (”< Kuvaus … >”) utan något skrivet under den; en rubrik utan något under den; den \
                här periodens daterade anteckning (”Huhtikuu 2022:”) saknas eller har fortfarande bara anvisningstexten som \
                `arvio next` lade dit; tomma celler i den här periodens kolumn i tabellerna över beredskapsgrad och \
                indikatorer (”-” räknas som svar); datum som inte stämmer överens mellan titelsidan, sidhuvudet eller sidfoten \
                och filens egenskaper; i en projektplan inga tillägg märkta med färg, eller mer än 25 sidor (titelsidan och \
                innehållsförteckningen oräknade).

                titta: ett tomt avsnitt utanför målen, en tom cell i en bilagekolumn för en enda period, en period som inte \
                finns i rapporteringsschemat, en fil som senast sparades innan dess period började, en period som Arvio måste \
                härleda.

                obs.: en kontroll som inte kunde göras (ingen LibreOffice för sidräkningen) eller ett faktum att känna till.

                En projektplans sidor räknas i en PDF som LibreOffice gör (i bakgrunden, med en egen tillfällig profil och en \
                tidsgräns); utan LibreOffice hoppas kontrollen över med en anmärkning, och --no-pages hoppar över den.

                Slutkod: 0 klar att laddas upp (inget att rätta; med --strict inte heller något att titta på); 1 det finns \
                fynd; koderna i `arvio --help` (10–17, 66, …) när filen inte kan läsas.
                """,
                  en: """
                Each finding names its goal and section and is marked:

                fix: THL's guidance text ("< Kuvaus … >") with nothing written under it; a heading with nothing \
                under it; this period's dated entry ("Huhtikuu 2022:") missing, or still holding only the guidance \
                `arvio next` put there; empty cells in this period's column of the readiness and indicator tables \
                ("-" counts as an answer); dates that disagree between the title page, the page header or footer and \
                the document properties; in a plan, no additions marked in a colour, or more than 25 pages (not \
                counting the cover and the table of contents).

                look: an empty section outside the goals, an empty cell in a single-period annex column, a period \
                that is not in the reporting schedule, a file last saved before its period began, a period Arvio \
                had to infer.

                note: a check that could not be made (no LibreOffice for the page count) or a fact to know.

                A plan's pages are counted in a PDF that LibreOffice makes (headless, with its own temporary profile \
                and a time limit); without LibreOffice that check is skipped with a note, and --no-pages skips it.

                Exit status: 0 ready to upload (nothing to fix; with --strict, nothing to look at either); 1 there \
                are findings; the codes in `arvio --help` (10–17, 66, …) when the file cannot be read.
                """)
        case .diff:
            Texts(fi: """
                THL pyytää, että ”mahdollinen edistyminen tai muutos tulee selkeästi näkyviin”: tämä luettelee sen. Molemmat \
                tiedostot luetaan kuten `arvio import` ne lukee; tavoitteet pannaan vastakkain numeron, osiot otsikon, \
                prosessitavoitteet numeron (1.1) ja taulukon rivit avaimensa (prosessitavoite, mittari, kehittämiskohde) \
                mukaan, joten yläpuolelle lisätty teksti ei saa kaikkea sen alla näyttämään muuttuneelta.

                Tulostetaan tavoitteittain: lisätyt (+), poistetut (-) ja muuttuneet (~, ensin vanha, sitten uusi, \
                järjestyksessä) kappaleet; valmiusaste- ja mittariarvot kausittain, jotka täytettiin, tyhjennettiin tai \
                muuttuivat; tulos-, ongelma-, liite-, suunnitelma- ja riskitaulukoihin lisätyt tai niistä poistetut rivit ja \
                sarakkeet; sekä muuttunut otsikko tai kausi. --md tulostaa saman Markdownina. Poistumiskoodi on 0 riippumatta \
                siitä, muuttuiko jokin.
                """,
                  sv: """
                THL ber att ”mahdollinen edistyminen tai muutos tulee selkeästi näkyviin” (en eventuell utveckling eller \
                förändring ska synas tydligt): det här listar den. Båda filerna läses som `arvio import` läser dem; mål paras \
                ihop efter nummer, avsnitt efter rubrik, processmål efter nummer (1.1) och tabellrader efter sin nyckel \
                (processmål, indikator, utvecklingsområde), så att text som lagts till ovanför inte får allt nedanför att se \
                ändrat ut.

                Skrivs ut per mål: stycken som lagts till (+), tagits bort (-) och ändrats (~, först det gamla, sedan det nya, \
                i ordning); värden för beredskapsgrad och indikatorer per period som fyllts i, tömts eller ändrats; rader och \
                kolumner som lagts till eller tagits bort i resultat-, problem-, bilage-, plan- och risktabellerna; och en \
                ändrad titel eller period. --md skriver ut detsamma som Markdown. Slutkoden är 0 oavsett om något ändrats.
                """,
                  en: """
                THL asks that "mahdollinen edistyminen tai muutos tulee selkeästi näkyviin": this lists it. Both files \
                are read as `arvio import` reads them; goals are matched by number, sections by their heading, process \
                goals by their number (1.1), table rows by their key (process goal, metric, development area), so text \
                added above does not make everything below look changed.

                Printed per goal: paragraphs added (+), removed (-) and changed (~, old then new, in order); readiness \
                and indicator values per period that were filled, emptied or changed; rows and columns added or \
                removed in the results, problem, annex, plan and risk tables; and a changed title or period. --md \
                prints the same as Markdown. The exit status is 0 whether or not anything changed.
                """)
        case .dump:
            Texts(fi: """
                Tulostaa rivin jokaisesta kappaleesta (tyyli, otsikkotaso, luettelon numero tai merkki niin kuin Word sen \
                näyttää, teksti) sekä jokaisesta taulukon rivistä ja solusta (yhdistetyt solut, taustaväri). Koko puu: --json.
                """,
                  sv: """
                Skriver en rad per stycke (stil, rubriknivå, listans nummer eller tecken som Word visar det, text) och per \
                tabellrad och cell (sammanslagna celler, skuggning). Hela trädet: --json.
                """,
                  en: """
                Prints one line per paragraph (style, heading level, list label as Word shows it, text) and \
                per table row and cell (spans, merged cells, shading). Use --json for the full tree.
                """)
        case .importCommand:
            Texts(fi: """
                Tunnistaa pohjan asiakirjan sanamuodosta (tai käytä valitsinta --mapping) ja sijoittaa jokaisen tekstin oman \
                kansallisen tavoitteensa ja osionsa alle. Teksti, jota mikään sääntö ei tunnista, säilyy sijainteineen \
                kohdassa ”unmapped”, joten mitään ei katoa. Kirjoittaa YAMLin näytölle tai tiedostoon -o TIEDOSTO (.yaml tai \
                .json).

                Monta raporttia kerralla: `arvio import KANSIO… -o TULOSKANSIO` (tiedostoja ja kansioita; kansioista \
                alikansioineen haetaan *.docx-tiedostot). Asiakirjat luetaan rinnakkain (--jobs, oletuksena kaikki \
                suoritinytimet); kukin tulos tallennetaan kansioon TULOSKANSIO syötteen nimellä (NIMI.yaml, tai \
                --json-valitsimella NIMI.json) alikansiot säilyttäen. Tiedosto, jota ei voi lukea, ilmoitetaan yhdellä rivillä \
                ja ohitetaan. TULOSKANSIO/arvio-summary.csv luettelee jokaisen tiedoston: laji, kausi, löydetyt tavoitteet, \
                kattavuus, huomiot ja epäonnistuneiden virhekoodi. Poistumiskoodi 2, jos osa tiedostoista epäonnistui.
                """,
                  sv: """
                Känner igen mallen på dokumentets ordalydelse (eller använd --mapping) och placerar varje text under sitt \
                nationella mål och avsnitt. Text som ingen regel känner igen sparas med sin plats under ”unmapped”, så \
                ingenting går förlorat. Skriver YAML på skärmen eller till -o FIL (.yaml eller .json).

                Många rapporter på en gång: `arvio import MAPP… -o UTMAPP` (filer och mappar; i mapparna och deras undermappar \
                söks *.docx). Dokumenten läses parallellt (--jobs, som standard alla kärnor); varje resultat hamnar i UTMAPP \
                under indatafilens namn (NAMN.yaml, eller NAMN.json med --json), med undermapparna kvar. En fil som inte kan \
                läsas rapporteras på en rad och hoppas över. UTMAPP/arvio-summary.csv listar varje fil: typ, period, hittade \
                mål, täckning, varningar och felkoden för de filer som misslyckades. Slutkod 2 när några filer misslyckades.
                """,
                  en: """
                Finds the template from the document's wording (or use --mapping), then places every piece of \
                text under its national goal and section. Text no rule recognises is kept in "unmapped" with \
                its position, so nothing is lost. Writes YAML to the screen, or to -o FILE (.yaml or .json).

                Many reports at once: `arvio import FOLDER… -o OUTFOLDER` (files and folders; folders are searched \
                with their subfolders for *.docx). The documents are read in parallel (--jobs, all cores by \
                default); each result goes into OUTFOLDER under the input's name (NAME.yaml, or NAME.json with \
                --json), subfolders kept. A file that cannot be read is reported on one line and skipped. \
                OUTFOLDER/arvio-summary.csv lists every file: kind, period, goals found, coverage, warnings, \
                and the error code of those that failed. Exit status 2 when some files failed.
                """)
        case .initCommand:
            Texts(fi: """
                Kirjoittaa kauden THL:n oma-arviointipohjan — kauteen 2021-04 asti kevään 2021 version (v2021a), kaudesta \
                2021-10 alkaen syksyn 2021 version (v2021b) — THL:n ohjeineen, vinkkeineen, käsitteineen ja \
                raportointiaikatauluineen, otsikon ”<hanke>, raportointi 15.11.2021”, hankkeen ja kauden ylätunnisteeseen ja \
                sivunumerot alatunnisteeseen, sitten viisi kansallista tavoitetta. v2021b: jokaisen tavoitteen alla ”Hankkeen \
                tulostavoitteet ja prosessitavoitteet” saa suunnitelman hyötytavoitetekstin; valmiusastetaulukko \
                (Kehittämistoiminnan valmiusaste) luettelee suunnitelman tulostaulukon (TAVOITE n) osatavoitteet/toimenpiteet \
                prosessitavoitteina 1.1, 1.2, …, kullakin oma kuvauksensa, ja mittaritaulukko niiden mittarit ja \
                tulostavoitteet, kauden sarake tyhjänä. v2021a: ”Hankkeen tavoitteet ja prosessitavoitteet” saa suunnitelman \
                tekstin ja osatavoitteet, ”Arvioinnin mittarit/kriteerit” mittarit. Kausittain kirjoitettavat osiot saavat \
                THL:n ohjetekstin ja kaudelle päivätyn tyhjän merkinnän (”Lokakuu 2021:”), samoin kuin `arvio next` lisää \
                myöhemmät; kerran kirjoitettavat menetelmä- ja lähtötilanneosiot THL:n ohjetekstin. Kirjoitettavaksi jäävä \
                luetellaan niin kuin `arvio check` siitä huomauttaa. Ilman --period-valitsinta: seuraava erääntyvä raportti \
                (ensimmäinen 15.5. tai 15.11. tästä päivästä).

                Suunnitelma on .docx tai YAML/JSON, jonka `arvio migrate` kirjoitti. Ilman -o-valitsinta raportti tallennetaan \
                suunnitelman viereen nimellä <alue>-oma-arviointi-<määräpäivä>.docx (esim. \
                Kanta-Häme-oma-arviointi-2021-11-15.docx). Arvio ei koskaan kirjoita suunnitelman päälle; olemassa oleva \
                tulostiedosto korvataan vain --force-valitsimella. Poistumiskoodi 34: tiedosto ei ole hankesuunnitelma.
                """,
                  sv: """
                Skriver THL:s mall för självvärderingen för perioden — till och med 2021-04 vårens 2021 version (v2021a), från \
                2021-10 höstens 2021 version (v2021b) — med THL:s anvisningar, tips, begrepp och rapporteringsschema, rubriken \
                ”<projekt>, raportointi 15.11.2021”, projektet och perioden i sidhuvudet och sidnummer i sidfoten, sedan de \
                fem nationella målen. v2021b: under varje mål får ”Hankkeen tulostavoitteet ja prosessitavoitteet” planens \
                text om nyttomålen; tabellen över beredskapsgrad (Kehittämistoiminnan valmiusaste) listar \
                osatavoitteet/toimenpiteet i planens resultattabell (TAVOITE n) som processmål 1.1, 1.2, …, vart och ett med \
                sin egen beskrivning, och indikatortabellen deras mittarit och tulostavoitteet, med en tom kolumn för \
                perioden. v2021a: ”Hankkeen tavoitteet ja prosessitavoitteet” får planens text och osatavoitteet, ”Arvioinnin \
                mittarit/kriteerit” mittarit. Avsnitten som skrivs period för period får THL:s anvisningstext och en tom \
                anteckning daterad för perioden (”Lokakuu 2021:”), så som `arvio next` lägger till de senare; metod- och \
                utgångslägesavsnitten, som skrivs en gång, THL:s anvisningstext. Det som återstår att skriva listas så som \
                `arvio check` kommer att anmärka på det. Utan --period: nästa rapport som förfaller (den första 15.5. eller \
                15.11. från i dag).

                Planen är en .docx eller den YAML/JSON som `arvio migrate` skrev. Utan -o hamnar rapporten bredvid planen som \
                <region>-oma-arviointi-<sista dag>.docx (t.ex. Kanta-Häme-oma-arviointi-2021-11-15.docx). Arvio skriver aldrig \
                över planen; en befintlig utdatafil ersätts bara med --force. Slutkod 34: filen är inte en projektplan \
                (hankesuunnitelma).
                """,
                  en: """
                Writes THL's oma-arviointi template of the period — up to 2021-04 the spring 2021 generation (v2021a), \
                from 2021-10 the autumn 2021 one (v2021b) — with THL's instructions, tips, concepts and reporting \
                schedule, the title "<project>, raportointi 15.11.2021", the project and period in the page header and \
                page numbers in the footer, then the five national goals. v2021b: under every goal, "Hankkeen \
                tulostavoitteet ja prosessitavoitteet" gets the plan's benefit-goal text; the readiness table \
                (Kehittämistoiminnan valmiusaste) lists the osatavoitteet/toimenpiteet of the plan's results table \
                (TAVOITE n) as process goals 1.1, 1.2, …, each with its own narrative, and the indicator table their \
                mittarit and tulostavoitteet, with an empty column for the period. v2021a: "Hankkeen tavoitteet ja \
                prosessitavoitteet" gets the plan's text and osatavoitteet, "Arvioinnin mittarit/kriteerit" the \
                mittarit. The sections written period by period get THL's guidance text and an empty entry dated for \
                the period ("Lokakuu 2021:"), the way `arvio next` adds the later ones; the methods and baseline \
                sections, written once, THL's guidance text. What is left to write is listed as `arvio check` will flag \
                it. Without --period: the next report due (the first 15.5. or 15.11. from today).

                The plan is a .docx, or the YAML/JSON `arvio migrate` wrote. Without -o the report goes beside the plan \
                as <region>-oma-arviointi-<deadline>.docx (e.g. Kanta-Häme-oma-arviointi-2021-11-15.docx). Arvio never \
                writes over the plan; an existing output is replaced only with --force. Exit status 34: the file is not \
                a hankesuunnitelma.
                """)
        case .migrate:
            Texts(fi: """
                Lukee suunnitelman kuten `arvio import` — tausta, hyötytavoitteet viiden kansallisen tavoitteen otsikoiden \
                alla, prosessitavoitteet, rajaukset ja riippuvuudet, toimenpiteet kehittämiskohteittain, kustannukset, \
                hallinnointi, organisointi, viestintä, seuranta ja arviointi, tulostaulukot TAVOITE n -kohdittain ja \
                riskitaulukko, alaviitteet sekä värillä uudeksi merkitty teksti — ja lisää suunnitelman numeroidut vaiheet \
                (”1) lähtötilanteen arviointi syksy 2020” …) luettelona sekä kohdat, joissa kuhunkin alaviitteeseen viitataan. \
                Tulostaa, mitä se löysi kustakin osasta, ja mainitsee osat, jotka suunnitelmasta puuttuvat.

                Vanhemmat oma-arviointiraportit eivät tarvitse omaa siirtoaan: kun migrate saa sellaisen, se lukee sen \
                täsmälleen kuten `arvio import` ja kertoo sen.

                Kirjoittaa YAMLin näytölle tai tiedostoon -o TIEDOSTO (.yaml tai .json). Anna tiedosto komennolle `arvio \
                init`, niin hankkeen ensimmäinen oma-arviointi aloitetaan siitä.
                """,
                  sv: """
                Läser planen som `arvio import` gör — bakgrunden, nyttomålen under de fem nationella målrubrikerna, \
                processmålen, avgränsningar och beroenden, åtgärder per utvecklingsområde, kostnader, förvaltning, \
                organisation, kommunikation, uppföljning och utvärdering, resultattabellerna per TAVOITE n och risktabellen, \
                fotnoter och texten som märkts som ny med färg — och lägger till planens numrerade faser (”1) lähtötilanteen \
                arviointi syksy 2020” …) som en lista och var varje fotnot hänvisas till. Skriver ut vad den hittade för varje \
                del och nämner varje del som planen saknar.

                Äldre självvärderingsrapporter behöver ingen egen migrering: ges en sådan, läser migrate den precis som `arvio \
                import` och säger det.

                Skriver YAML på skärmen eller till -o FIL (.yaml eller .json). Ge den filen till `arvio init` för att påbörja \
                projektets första självvärdering.
                """,
                  en: """
                Reads the plan as `arvio import` does — background, the benefit goals under the five national goal \
                headings, process goals, limits and dependencies, actions by development area, costs, administration, \
                organisation, communication, monitoring and evaluation, the results tables per TAVOITE n and the risk \
                table, footnotes, and the text marked in colour as new — and adds the plan's numbered phases \
                ("1) lähtötilanteen arviointi syksy 2020" …) as a list and where each footnote is referenced. Prints what \
                it found for every part, and notes any part the plan lacks.

                Older oma-arviointi reports need no migration of their own: given one, migrate reads it exactly as \
                `arvio import` does and says so.

                Writes YAML to the screen, or to -o FILE (.yaml or .json). Give that file to `arvio init` to start the \
                project's first oma-arviointi.
                """)
        case .next:
            Texts(fi: """
                Kopioi raportin ja valmistelee sen seuraavalle kaudelle (raportin kautta seuraavalle tai --period-valitsimella \
                annetulle): lisää päivätyn merkinnän (”Huhtikuu 2022:”) jokaiseen kehittämistoimenpiteiden, seurannan ja \
                prosessitavoitteen osioon osion oman tekstin tyylillä; täyttää valmiusaste- ja mittaritaulukon kauden \
                sarakkeen, kun --updates antaa arvot; siirtää kansilehden, ylätunnisteen ja tiedoston ominaisuuksien \
                päivämäärät uudelle kaudelle; varjostaa raportointiaikataulusta kauden rivin. Kaikki muu kopioidaan ennallaan. \
                Tulostaa, mitä on vielä kirjoitettava.

                --updates-valitsimelle annetaan YAML, jonka `arvio import` kirjoitti, tai komennon `arvio render --to md` \
                Markdown, kun olet lisännyt siihen uuden kauden tekstin.

                Monta raporttia kerralla: `arvio next KANSIO… -o TULOSKANSIO` (tiedostoja ja kansioita; kansioista \
                alikansioineen haetaan *.docx-tiedostot), rinnakkain (--jobs, oletuksena kaikki suoritinytimet). Kukin uusi \
                versio tallennetaan kansioon TULOSKANSIO syötteen nimellä, johon lisätään kausi ja tämä päivä, alikansiot \
                säilyttäen. Tiedosto, jota ei voi valmistella (esim. hankesuunnitelma, koodi 31), ilmoitetaan yhdellä rivillä \
                ja ohitetaan. TULOSKANSIO/arvio-summary.csv luettelee jokaisen tiedoston uuden kauden, mitä on vielä \
                täytettävä ja epäonnistuneiden virhekoodin. Poistumiskoodi 2, jos osa tiedostoista epäonnistui.
                """,
                  sv: """
                Kopierar rapporten och, för nästa period (efter den som rapporten gäller, eller --period): lägger till en \
                daterad anteckning (”Huhtikuu 2022:”) i varje avsnitt om utvecklingsåtgärder, uppföljning och processmål, i \
                stil med avsnittets egen text; fyller periodens kolumn i tabellerna över beredskapsgrad och indikatorer där \
                --updates ger värden; flyttar datumen på titelsidan, i sidhuvudet och i filens egenskaper till den nya \
                perioden; skuggar periodens rad i rapporteringsschemat. Allt annat kopieras oförändrat. Skriver ut vad som \
                ännu ska skrivas.

                --updates tar den YAML som `arvio import` skrev, eller Markdown från `arvio render --to md`, när du har lagt \
                till den nya periodens text i den.

                Många rapporter på en gång: `arvio next MAPP… -o UTMAPP` (filer och mappar; i mapparna och deras undermappar \
                söks *.docx), parallellt (--jobs, som standard alla kärnor). Varje ny version hamnar i UTMAPP under \
                indatafilens namn med perioden och dagens datum, med undermapparna kvar. En fil som inte kan förberedas (t.ex. \
                en projektplan, kod 31) rapporteras på en rad och hoppas över. UTMAPP/arvio-summary.csv listar varje fil med \
                dess nya period, vad som återstår att fylla i och felkoden för de filer som misslyckades. Slutkod 2 när några \
                filer misslyckades.
                """,
                  en: """
                Copies the report and, for the next period (after the one the report covers, or --period): \
                adds a dated entry ("Huhtikuu 2022:") to every development-actions, monitoring and process-goal \
                section, in the style of that section's own text; fills the period's column of the readiness and \
                indicator tables where --updates gives values; moves the dates on the title page, in the page \
                header and in the document properties to the new period; shades the period's row of the reporting \
                schedule. Everything else is copied unchanged. Prints what is still to be written.

                --updates takes the YAML that `arvio import` wrote, or the Markdown of `arvio render --to md`, \
                after you have added the new period's text to it.

                Many reports at once: `arvio next FOLDER… -o OUTFOLDER` (files and folders; folders are searched \
                with their subfolders for *.docx), in parallel (--jobs, all cores by default). Each new version goes \
                into OUTFOLDER under the input's name with the period and today's date, subfolders kept. A file \
                that cannot be prepared (e.g. a plan, code 31) is reported on one line and skipped. \
                OUTFOLDER/arvio-summary.csv lists every file with its new period, what is left to fill in, and \
                the error code of those that failed. Exit status 2 when some files failed.
                """)
        case .pdf:
            Texts(fi: """
                Ilman -o-valitsinta PDF tallennetaan raportin viereen, nimenä hankkeen alue, asiakirjan laji ja päivämäärä: \
                Kymenlaakso-oma-arviointi-2021-11-15.pdf. Päivämäärä on raportin kauden määräpäivä (15.11.2021 lokakuun 2021 \
                raportille); jos kautta ei löydy raportista, se on tämä päivä.

                Tarvitsee LibreOfficen (Debianissa tai Ubuntussa: sudo apt-get install libreoffice-writer-nogui). Arvio etsii \
                sen soffice-ohjelmaa PATHista ja tavallisista asennuskansioista; toisen ohjelman voi valita muuttujalla \
                ARVIO_SOFFICE. Jokainen ajo käyttää omaa LibreOffice-profiiliaan, joten avoin LibreOffice-ikkuna ei ole \
                koskaan tiellä, ja LibreOffice pysäytetään --timeout sekunnin jälkeen. PDF kirjoitetaan kokonaan tai ei \
                ollenkaan.

                Poistumiskoodi 40: LibreOfficea ei ole asennettu; 41: LibreOffice epäonnistui tai aika loppui; 73: tulosta ei \
                voi kirjoittaa (se on jo olemassa eikä --force ole annettu, se on syötetiedosto, tai kansioon ei voi \
                kirjoittaa).
                """,
                  sv: """
                Utan -o hamnar PDF:en bredvid rapporten, med namn efter projektets region, dokumenttypen och ett datum: \
                Kymenlaakso-oma-arviointi-2021-11-15.pdf. Datumet är sista dagen för den period rapporten gäller (15.11.2021 \
                för rapporten för oktober 2021); när perioden inte finns i rapporten är det dagens datum.

                Kräver LibreOffice (i Debian eller Ubuntu: sudo apt-get install libreoffice-writer-nogui). Arvio söker \
                programmet soffice i PATH och i de vanliga installationsmapparna; ange ARVIO_SOFFICE för att använda ett \
                annat. Varje körning använder en egen LibreOffice-profil, så ett öppet LibreOffice-fönster är aldrig i vägen, \
                och LibreOffice stoppas efter --timeout sekunder. PDF:en skrivs hel eller inte alls.

                Slutkod 40: LibreOffice är inte installerat; 41: LibreOffice misslyckades eller tiden tog slut; 73: utdata kan \
                inte skrivas (finns redan utan --force, är indatafilen, eller mappen är skrivskyddad).
                """,
                  en: """
                Without -o the PDF goes beside the report, named from the project's region, the kind of document and a \
                date: Kymenlaakso-oma-arviointi-2021-11-15.pdf. The date is the deadline of the period the report covers \
                (15.11.2021 for the October 2021 report); when the period cannot be found in the report, it is today's date.

                Needs LibreOffice (on Debian or Ubuntu: sudo apt-get install libreoffice-writer-nogui). Arvio looks for \
                its soffice program on the PATH and in the usual install folders; set ARVIO_SOFFICE to use another one. \
                Each run uses a LibreOffice profile of its own, so an open LibreOffice window is never in the way, and \
                is stopped after --timeout seconds. The PDF is written complete or not at all.

                Exit status 40: LibreOffice is not installed; 41: LibreOffice failed or ran out of time; 73: the output \
                cannot be written (exists without --force, is the input, or the folder is not writable).
                """)
        case .render:
            Texts(fi: """
                Syöte on Word-asiakirja (.docx) tai raportti, jonka `arvio import` kirjoitti (.yaml, .yml, .json).

                --to md tulostaa Markdownin: tavoitteet muodossa ”## 1. …”, niiden osiot ”### …”, prosessitavoitteet ”#### 1.1 \
                …”, valmiusaste- ja mittaritaulukot yksi sarake kautta kohden (”〃” = sama kuin yllä olevalla rivillä, ”←” = \
                vasemmalla oleva arvo koskee myös tätä saraketta). Lisää uuden kauden teksti ja arvot millä tahansa editorilla \
                ja anna tiedosto komennolle `arvio next --updates`.

                --to docx kirjoittaa uuden Word-asiakirjan oikeine otsikkotyyleineen, luetteloineen ja taulukoineen, vanhan \
                tai siirretyn tekstin viemiseksi siistille pohjalle. Ilman -o-valitsinta se tallennetaan syötteen viereen \
                nimellä NIMI-uusi-pohja.docx. Arvio ei koskaan kirjoita syötteen päälle; olemassa oleva tulostiedosto \
                korvataan vain --force-valitsimella.
                """,
                  sv: """
                Indata är ett Word-dokument (.docx) eller en rapport som `arvio import` skrev (.yaml, .yml, .json).

                --to md skriver ut Markdown: målen som ”## 1. …”, deras avsnitt som ”### …”, processmålen som ”#### 1.1 …”, \
                tabellerna över beredskapsgrad och indikatorer med en kolumn per period (”〃” = samma som raden ovanför, ”←” = \
                värdet till vänster gäller också den här kolumnen). Lägg till den nya periodens text och värden i valfri \
                editor och ge filen till `arvio next --updates`.

                --to docx skriver ett nytt Word-dokument med riktiga rubrikformat, listor och tabeller, för att flytta gammal \
                eller migrerad text till en ren mall. Utan -o hamnar det bredvid indata som NAMN-uusi-pohja.docx (”ny mall”). \
                Arvio skriver aldrig över indata; en befintlig utdatafil ersätts bara med --force.
                """,
                  en: """
                The input is a Word document (.docx), or a report that `arvio import` wrote (.yaml, .yml, .json).

                --to md prints Markdown: the goals as "## 1. …", their sections as "### …", process goals as \
                "#### 1.1 …", readiness and indicator tables with one column per period ("〃" = same as the row above, \
                "←" = the value to the left covers this column too). Add the new period's text and values in any \
                editor and give the file to `arvio next --updates`.

                --to docx writes a new Word document with real heading styles, lists and tables, for moving old or \
                migrated text into a clean template. Without -o it goes beside the input as NAME-uusi-pohja.docx \
                ("new template"). Arvio never writes over the input; an existing output is replaced only with --force.
                """)
        case .serve:
            Texts(fi: """
                Kuuntelee osoitetta 127.0.0.1 ja tulostaa osoitteen satunnaisen avaimen kanssa (http://127.0.0.1:PORTTI/?t=…): \
                vain se, jolla on osoite, voi käyttää sivua. Valitse yksi tai useampi .docx-tiedosto; sivu näyttää, miten \
                Arvio ymmärsi kunkin, mistä arvioija huomauttaisi, lomakkeen seuraavan kauden merkinnöille ja arvoille sekä \
                ladattavat tiedostot: seuraava .docx (halutessasi muutokset jäljitettyinä), sen PDF (LibreOfficella), \
                Markdown, YAML/JSON, Innokylä-tiivistelmä ja muutokset. Ladatut tiedostot ovat yksityisessä väliaikaisessa \
                kansiossa, yksi kutakin selainistuntoa kohden, ja ne poistetaan, kun lopetat, 30 minuutin käyttämättömyyden \
                jälkeen ja kun palvelin pysähtyy (Ctrl-C).
                """,
                  sv: """
                Lyssnar på 127.0.0.1 och skriver ut en adress med en slumpmässig nyckel (http://127.0.0.1:PORT/?t=…): bara den \
                som har adressen kan använda sidan. Välj en eller flera .docx-filer; sidan visar hur Arvio förstod var och en, \
                vad en granskare skulle anmärka på, ett formulär för nästa periods anteckningar och värden, och nedladdningar: \
                nästa .docx (om du vill med spårade ändringar), dess PDF (med LibreOffice), Markdown, YAML/JSON, \
                sammanfattningen för Innokylä och ändringarna. Uppladdade filer ligger i en privat tillfällig mapp per \
                webbläsarsession och tas bort när du avslutar, efter 30 minuter utan användning och när servern stoppas \
                (Ctrl-C).
                """,
                  en: """
                Listens on 127.0.0.1 and prints an address with a random key (http://127.0.0.1:PORT/?t=…): only \
                someone who has the address can use the page. Choose one or more .docx files; the page shows how \
                Arvio understood each one, what a reviewer would flag, a form for the next period's entries and \
                values, and downloads: the next .docx (optionally with tracked changes), its PDF (with \
                LibreOffice), Markdown, YAML/JSON, the Innokylä summary and the differences. Uploaded files live \
                in a private temporary folder per browser session, removed when you finish, after 30 minutes \
                unused, and when the server stops (Ctrl-C).
                """)
        case .summary:
            Texts(fi: """
                THL pyytää Innokylään jokaisesta raportista lyhyen päivätyn tiivistelmän, aina edellisen tiivistelmän perään. \
                Tämä tulostaa päiväysrivin (”Oma-arviointi 5/22, 15.5.2022” ja kirjoituspäivä) ja jokaisen Innokylä-otsikon \
                alle yhden lyhyen kappaleen, lainattuna suoraan raportista: tämän kauden päivätyt merkinnät (”Huhtikuu 2022: \
                …”) kehittämistoimenpiteistä, seurannan ja arvioinnin tuloksista ja prosessitavoitteista tai, jos raportissa \
                ei ole päivättyjä merkintöjä, näiden osioiden viimeiset kappaleet. Kukin kappale päättyy virkkeen loppuun \
                --max-chars-rajan sisällä. Tavoite, jossa ei ole uutta, saa tekstin ”Ei uutta raportoitavaa tällä kaudella.” \
                Lue tiivistelmä läpi ennen liittämistä: se on luonnos raportin omin sanoin.

                Otsikot: yksi kutakin kansallista tavoitetta kohden, yhteensä viisi, niin kuin pohjan säännöt \
                (`innokylaHeadings`) ne luettelevat (ks. `arvio mappings`). Syksyn 2021 pohja pyytää tekstiä ”neljän otsikon” \
                alle, vaikka ohjelmassa on viisi tavoitetta; Arvio pitää oletuksena tavoitteen 5 (Kustannusten nousun \
                hillintä) omana viidentenä kappaleenaan, joten mitään, mitä raportti sanoo kustannuksista, ei katoa, ja \
                kappaleen voi liittää sinne, minne Innokylä sen haluaa. --four-headings liittää tavoitteen 5 sen sijaan \
                neljännen kappaleen loppuun päättäväksi virkkeeksi — raportit käsittelevät kustannusten nousun hillintää \
                tavoitteiden 1–4 tuloksena.

                --append TIEDOSTO lisää tiivistelmän tiedoston aiempien tiivistelmien perään (tiedosto luodaan, jos sitä ei \
                ole): aiempi teksti säilyy tavulleen, väliin tulee tyhjä rivi, ja tiedosto korvataan yhdellä kertaa, joten \
                keskeytynyt ajo ei koskaan jätä sitä puolivalmiiksi.
                """,
                  sv: """
                THL ber om en kort daterad sammanfattning av varje rapport i Innokylä, skriven efter den föregående. Det här \
                skriver ut en datumrad (”Oma-arviointi 5/22, 15.5.2022” och dagen den skrevs) och ett kort stycke under varje \
                rubrik i Innokylä, citerat ur själva rapporten: den här periodens daterade anteckningar (”Huhtikuu 2022: …”) \
                om utvecklingsåtgärderna, uppföljnings- och utvärderingsresultaten och processmålen eller, i en rapport utan \
                daterade anteckningar, de sista styckena i de avsnitten. Varje stycke slutar vid ett meningsslut inom \
                --max-chars. Ett mål utan något nytt får texten ”Ei uutta raportoitavaa tällä kaudella.” Läs igenom den innan \
                du klistrar in den: det är ett utkast med rapportens egna ord.

                Rubriker: en per nationellt mål, fem i allt, som mallens regler (`innokylaHeadings`) listar dem (se `arvio \
                mappings`). Mallen för hösten 2021 ber om text under ”neljän otsikon” (fyra rubriker) medan programmet har fem \
                mål; Arvio behåller som standard mål 5 (Kustannusten nousun hillintä) som ett eget femte stycke, så att inget \
                av det rapporten säger om kostnaderna går förlorat och stycket kan klistras in där Innokylä vill ha det. \
                --four-headings fogar i stället in mål 5 i det fjärde stycket som en avslutande mening — rapporterna behandlar \
                dämpningen av kostnadsökningen som resultatet av mål 1–4.

                --append FIL lägger till sammanfattningen efter de tidigare i FIL (skapas om den saknas): den tidigare texten \
                bevaras byte för byte, en tom rad skiljer dem åt, och filen ersätts i ett steg, så att en avbruten körning \
                aldrig lämnar den halvskriven.
                """,
                  en: """
                THL asks for a short dated summary of every report in Innokylä, written after the previous one. \
                This prints a date line ("Oma-arviointi 5/22, 15.5.2022" and the day it was written) and one short \
                paragraph under each Innokylä heading, quoted from the report itself: this period's dated entries \
                ("Huhtikuu 2022: …") of the development actions, monitoring results and process goals or, in a report \
                without dated entries, the last paragraphs of those sections. Each paragraph stops at a sentence end \
                within --max-chars. A goal with nothing new says "Ei uutta raportoitavaa tällä kaudella." Read it \
                through before pasting: it is a draft in the report's own words.

                Headings: one per national goal, five in all, as the mapping's `innokylaHeadings` lists them (see \
                `arvio mappings`). The 2021 autumn template asks for text under "neljän otsikon" (four headings) while \
                the programme has five goals; Arvio keeps goal 5 (Kustannusten nousun hillintä) as its own fifth \
                paragraph by default, so nothing the report says about costs is lost and the paragraph can be pasted \
                wherever Innokylä wants it. --four-headings folds goal 5 into the fourth paragraph as a closing \
                sentence instead — the reports treat cost containment as the result of goals 1–4.

                --append FILE adds the summary after the earlier ones in FILE (created if missing): the earlier text \
                is kept byte for byte, a blank line separates, and the file is replaced in one step, so an \
                interrupted run never leaves it half-written.
                """)
        }
    }
}
