// THL's oma-arviointi template text, autumn 2021 generation (v2021b), as data for `arvio init`
// (see THLTemplate). Kept in one YAML text so that the wording is read and changed in one place.
extension THLTemplate {
    static let v2021bYAML = #"""
# THL's oma-arviointi reporting template, autumn 2021 generation (v2021b), as seed 003 has it:
# THL's own text exactly, spaces included. v2021a's parts with the sentence on the Innokylä
# summary's four headings and the new Käsitteet (tulostavoitteet; "Tavoitteet eivät ole
# tekemistä…"); under each national goal the four sections of seed 003 (and of the mapping
# thl-oma-arviointi-2021-syksy), with the readiness table (Kehittämistoiminnan valmiusaste) and
# the indicator table. Seed 003 keeps the methods and the arviointiasteikko once, before the
# goals, as the parts "Tiedonkeruun ja arvioinnin menetelmät" and "Arvioinnin mittarit/kriteerit".
# Placeholders in braces are filled in: {project}, {deadline} ("15.11.2021"), {longColumn}
# ("11/2021"), {entryLabel} ("Lokakuu 2021"), {situation} ("lokakuun 2021 tilanteesta").
generation: v2021b
mapping: thl-oma-arviointi-2021-syksy
title: "Oma-arviointi"
subtitle: "{project}, raportointi {deadline}"
documentTitle: "{project}: oma-arviointi {longColumn}"
sections:
  - kind: instructions
    heading: "THL:n ohjeistus oma-arviointiin"
    paragraphs:
      - { text: " Sosiaali- ja terveyskeskus -ohjelman hankkeet velvoitetaan tekemään oma-arviointia kehittämistoiminnan etenemistä ja tuloksia koskien. Oma-arviointi toteutetaan hankkeen oma-arviointisuunnitelman mukaisesti ja se raportoidaan tälle pohjalle. Oma-arvioinnin ensisijainen tarkoitus on tukea hankkeen kehittämistoimintaa. THL hyödyntää oma-arviointeja lisäksi ohjelman kansallisessa seurannassa ja arvioinnissa." }
      - { text: "Kirjaa ja päivitä oma-arvioinnin toteutus aina samaan pohjaan alla olevan arviointiaikataulun mukaisesti. Tallenna uusin päivitetty ja päivätty versio pdf-liitetiedostoksi Innokylään oman alueesi Kokonaisuuden alle kohtaan Arviointi. Voit samalla poistaa edellisen version liitetiedoston. " }
      - { text: "Tee lyhyt tiivistelmä kustakin oma-arvioinnin raportoinnista Innokylään alueesi hankkeen Kokonaisuuden alle kohtaan Arviointi. Tee tiivistelmä aina edellisen tiivistelmän perään ja muista päivätä tiivistelmä. Kirjaa yksi kappale tiivistelmätekstiä Innokylässä valmiina olevien kansallisten hyötytavoitteiden mukaisten neljän otsikon alle.   " }
  - kind: tips
    heading: "Vinkkejä raportointiin"
    paragraphs:
      - { text: "Kirjoita lyhyesti, selkeästi ja informatiivisesti nostamalla esiin keskeisimmät asiat", bullet: true }
      - { text: "Kuvaa raportointipohjaan arvioituja tuloksia, ei pelkkää numeerista seurantadataa. Mikäli seurantadata on taulukkomuodossa, voit liittää sen raportin perään liitteeksi tai erilliseksi pdf-liitetiedostoksi (esim. excel) Innokylään oma-arviointiraportin yhteyteen. ", bullet: true }
      - { text: "Oma-arviointi raportoidaan puolivuosittain samaan raportointipohjaan. Päivitä tuloksia siten että mahdollinen edistyminen tai muutos tulee selkeästi näkyviin. Poista tarvittaessa vanhaa tekstiä.", bullet: true }
  - kind: concepts
    heading: "Käsitteet"
    paragraphs:
      - { text: "Sosiaali- ja terveyskeskus -ohjelmalla on viisi kansallista hyötytavoitetta (ks. Hankeopas). Ne kuvaavat asiaintiloja, joita ohjelmalla kansallisesti tavoitellaan. Hankkeen tulostavoitteet kuvaavat alueellisen hankkeen omia tarkennettuja tulostavoitteita kunkin kansallisen hyötytavoitteen alla. Hankkeen prosessitavoitteet ovat kehittämistoiminnan tavoitteita, jotka tulee saavuttaa matkalla kohti tulos- ja hyötytavoitteita. " }
      - { text: "Tavoitteet eivät ole tekemistä, vaan tavoite on jokin tila, joka tulee saavuttaa." }
      - { text: "Kehittämistoimenpiteet ovat toimenpiteitä (ja tekemistä), joiden avulla hankkeen prosessitavoitteet ja tulos- ja hyötytavoitteet voidaan saavuttaa. Tällaisia ovat esimerkiksi alueen tarpeiden tunnistaminen, toimintamallien ja ratkaisujen suunnittelu, kokeilu, käyttöönotto ja vakiinnuttaminen." }
      - { text: "Kuvio 1. jäsentää esimerkin avulla tulostavoitteiden, prosessitavoitteiden ja kehittämistoimenpiteiden välistä eroa." }
  - kind: schedule
    heading: "Oma-arvioinnin raportointiaikataulu"
    table:
      - [["Raportointi Innokylään viimeistään"], ["Oma-arvioinnin sisältö"]]
      - [["15.11.2020"], ["Raportointi sisältää ", "lähtötilanteen oma-arvioinnin, joka tulee tehdä ennen hankkeen kehittämistoimien aloitusta", "oma-arvioinnin lokakuun 2020 tilanteesta (vapaaehtoinen)"]]
      - [["15.5.2021"], ["Raportointi sisältää oma-arvioinnin huhtikuun 2021 tilanteesta"]]
      - [["15.11.2021"], ["Raportointi sisältää oma-arvioinnin lokakuun 2021 tilanteesta"]]
      - [["15.5.2022"], ["Raportointi sisältää oma-arvioinnin huhtikuun 2022 tilanteesta"]]
      - [["15.11.2022"], ["Raportointi sisältää oma-arvioinnin lokakuun 2022 tilanteesta"]]
# Written once for the whole report, as seed 003 has them.
  - kind: methods
    heading: "Tiedonkeruun ja arvioinnin menetelmät"
    placeholder: "< Kuvaus siitä miten tietoa kerätään (esim. kansalliset rekisteriaineistot, asiakas/potilastietojärjestelmät, kyselyt, asiakaspalautteet, asiakasraadit, haastattelut ja muut asiakasymmärryksen kartuttamisen menetelmät) ja miten arviointia tehdään kerätyn tiedon perusteella >"
  - kind: indicators
    heading: "Arvioinnin mittarit/kriteerit"
    paragraphs:
      - { text: "Arviointiasteikko:" }
      - { text: "Ei aloitettu (0 %)", numbered: true }
      - { text: "Käynnistetty (25 %)", numbered: true }
      - { text: "Hyvässä vauhdissa (50 %)", numbered: true }
      - { text: "Lähes valmis (75 %)", numbered: true }
      - { text: "Valmis / osa normaalitoimintaa (100 %)", numbered: true }
# Under each of the five national goals, in this order.
goalSections:
  - kind: goals
    heading: "Hankkeen tulostavoitteet ja prosessitavoitteet"
    placeholder: "< Kuvaus hankkeen omista hyötytavoitteista >"
    fill: planText
  - kind: baseline
    heading: "Lähtötilanteen arvioinnin tulokset"
    placeholder: "< Kuvaus mittareiden/kriteerien avulla tehdyn lähtötilanteen arvioinnin tuloksista >"
    fill: guidance
  - kind: actionsAndProcessMonitoring
    heading: "Tehdyt kehittämistoimenpiteet ja prosessitavoitteiden seurannan ja arvioinnin tulokset"
    placeholder: "< Kuvaus tehdyistä kehittämistoimenpiteistä ja arviointi niiden edistymisestä >"
    fill: readiness
  - kind: benefitMonitoring
    heading: "Hyötytavoitteiden seurannan ja arvioinnin tulokset"
    placeholder: "< Kuvaus tavoitteiden toteutumisen seurannan ja arvioinnin tuloksista >"
    fill: indicatorTable
tables:
  processGoal: "Prosessitavoite"
  readiness: "Kehittämistoiminnan valmiusaste"
  benefitGoal: "Hyötytavoite"
  metric: "Mittarit"
  baseline: "Lähtötila"
  periods: ["5/21", "11/21", "5/22", "11/22", "5/23", "11/23"]
# Arvio's own words around the plan's text (not THL's).
labels:
  planGoals: "Hankesuunnitelman osatavoitteet ja toimenpiteet:"
  planIndicators: "Hankesuunnitelman mittarit osatavoitteittain:"
  entry: "{entryLabel}:"
  entryPlaceholder: "< Kuvaus {situation} >"
  readinessIntro: "Hankesuunnitelman osatavoitteet ja toimenpiteet prosessitavoitteina; valmiusaste arviointiasteikon mukaan:"
  indicatorsIntro: "Hyötytavoitteiden etenemistä seurataan alla olevien hankesuunnitelman mittareiden kautta."
"""#
}
