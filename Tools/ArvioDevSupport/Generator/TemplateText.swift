/// THL's own guidance text of the autumn 2021 oma-arviointi template, as every report based on it
/// carries it (the seeds' wording). Arvio recognises the template from these sentences.
enum TemplateText {
    /// The five national goals (kansalliset hyötytavoitteet), in order, as every THL template names them.
    static let goalTitles = [
        "Palveluiden yhdenvertaisen saatavuuden, oikea-aikaisuuden ja jatkuvuuden parantaminen",
        "Toiminnan painotuksen siirtäminen raskaista palveluista ehkäisevään ja ennakoivaan työhön",
        "Palveluiden laadun ja vaikuttavuuden parantaminen",
        "Palveluiden monialaisuuden ja yhteentoimivuuden varmistaminen",
        "Kustannusten nousun hillitseminen",
    ]
    static let instructions = [
        "Sosiaali- ja terveyskeskus -ohjelman hankkeet velvoitetaan tekemään oma-arviointia kehittämistoiminnan etenemistä ja tuloksia koskien. Oma-arviointi toteutetaan hankkeen oma-arviointisuunnitelman mukaisesti ja se raportoidaan tälle pohjalle. Oma-arvioinnin ensisijainen tarkoitus on tukea hankkeen kehittämistoimintaa. THL hyödyntää oma-arviointeja lisäksi ohjelman kansallisessa seurannassa ja arvioinnissa.",
        "Kirjaa ja päivitä oma-arvioinnin toteutus aina samaan pohjaan alla olevan arviointiaikataulun mukaisesti. Tallenna uusin päivitetty ja päivätty versio pdf-liitetiedostoksi Innokylään oman alueesi Kokonaisuuden alle kohtaan Arviointi. Voit samalla poistaa edellisen version liitetiedoston.",
        "Tee lyhyt tiivistelmä kustakin oma-arvioinnin raportoinnista Innokylään alueesi hankkeen Kokonaisuuden alle kohtaan Arviointi. Tee tiivistelmä aina edellisen tiivistelmän perään ja muista päivätä tiivistelmä. Kirjaa yksi kappale tiivistelmätekstiä Innokylässä valmiina olevien kansallisten hyötytavoitteiden mukaisten neljän otsikon alle.",
    ]
    static let tips = [
        "Kirjoita lyhyesti, selkeästi ja informatiivisesti nostamalla esiin keskeisimmät asiat",
        "Kuvaa raportointipohjaan arvioituja tuloksia, ei pelkkää numeerista seurantadataa. Mikäli seurantadata on taulukkomuodossa, voit liittää sen raportin perään liitteeksi tai erilliseksi pdf-liitetiedostoksi (esim. excel) Innokylään oma-arviointiraportin yhteyteen.",
        "Oma-arviointi raportoidaan puolivuosittain samaan raportointipohjaan. Päivitä tuloksia siten että mahdollinen edistyminen tai muutos tulee selkeästi näkyviin. Poista tarvittaessa vanhaa tekstiä.",
    ]
    static let concepts = [
        "Sosiaali- ja terveyskeskus -ohjelmalla on viisi kansallista hyötytavoitetta (ks. Hankeopas). Ne kuvaavat asiaintiloja, joita ohjelmalla kansallisesti tavoitellaan. Hankkeen tulostavoitteet kuvaavat alueellisen hankkeen omia tarkennettuja tulostavoitteita kunkin kansallisen hyötytavoitteen alla. Hankkeen prosessitavoitteet ovat kehittämistoiminnan tavoitteita, jotka tulee saavuttaa matkalla kohti tulos- ja hyötytavoitteita.",
        "Tavoitteet eivät ole tekemistä, vaan tavoite on jokin tila, joka tulee saavuttaa.",
        "Kehittämistoimenpiteet ovat toimenpiteitä (ja tekemistä), joiden avulla hankkeen prosessitavoitteet ja tulos- ja hyötytavoitteet voidaan saavuttaa. Tällaisia ovat esimerkiksi alueen tarpeiden tunnistaminen, toimintamallien ja ratkaisujen suunnittelu, kokeilu, käyttöönotto ja vakiinnuttaminen.",
    ]
    static let readinessScale = [
        "Ei aloitettu (0 %)", "Käynnistetty (25 %)", "Hyvässä vauhdissa (50 %)", "Lähes valmis (75 %)",
        "Valmis / osa normaalitoimintaa (100 %)",
    ]
}
