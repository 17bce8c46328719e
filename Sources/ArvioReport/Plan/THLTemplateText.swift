// THL's oma-arviointi template text as data, for `arvio init` (see THLTemplate). Kept in one
// YAML text so that the wording is read and changed in one place, never in the code.
extension THLTemplate {
    static let v2021aYAML = #"""
# THL's oma-arviointi reporting template, spring 2021 generation (v2021a), as seed 001 has it:
# THL's own text exactly, trailing spaces included ("Kirjaa … liitetiedoston. "), because the
# template's text is never to be changed. `arvio init` writes a first report from it.
# Placeholders in braces are filled in: {project}, {deadline} ("15.11.2021"), {longColumn}
# ("11/2021"), {entryLabel} ("Lokakuu 2021"), {situation} ("lokakuun 2021 tilanteesta").
generation: v2021a
mapping: thl-oma-arviointi-2021-kevat
title: "Oma-arviointi"
subtitle: "{project}, raportointi {deadline}"
documentTitle: "{project}: oma-arviointi {longColumn}"
sections:
  - kind: instructions
    heading: "THL:n ohjeistus oma-arviointiin"
    paragraphs:
      - { text: "Sosiaali- ja terveyskeskus -ohjelman hankkeet velvoitetaan tekemään oma-arviointia kehittämistoiminnan etenemistä ja tuloksia koskien. Oma-arviointi toteutetaan hankkeen oma-arviointisuunnitelman mukaisesti ja se raportoidaan tälle pohjalle. Oma-arvioinnin ensisijainen tarkoitus on tukea hankkeen kehittämistoimintaa. THL hyödyntää oma-arviointeja lisäksi ohjelman kansallisessa seurannassa ja arvioinnissa." }
      - { text: "Kirjaa ja päivitä oma-arvioinnin toteutus aina samaan pohjaan alla olevan arviointiaikataulun mukaisesti. Tallenna uusin päivitetty ja päivätty versio pdf-liitetiedostoksi Innokylään oman alueesi Kokonaisuuden alle kohtaan Arviointi. Voit samalla poistaa edellisen version liitetiedoston. " }
      - { text: "Tee lyhyt tiivistelmä kustakin oma-arvioinnin raportoinnista Innokylään alueesi hankkeen Kokonaisuuden alle kohtaan Arviointi. Tee tiivistelmä aina edellisen tiivistelmän perään ja muista päivätä tiivistelmä.   " }
  - kind: tips
    heading: "Vinkkejä raportointiin"
    paragraphs:
      - { text: "Kirjoita lyhyesti, selkeästi ja informatiivisesti nostamalla esiin keskeisimmät asiat", bullet: true }
      - { text: "Kuvaa raportointipohjaan arvioituja tuloksia, ei pelkkää numeerista seurantadataa. Mikäli seurantadata on taulukkomuodossa, voit liittää sen raportin perään liitteeksi tai erilliseksi pdf-liitetiedostoksi (esim. excel) Innokylään oma-arviointiraportin yhteyteen. ", bullet: true }
      - { text: "Oma-arviointi raportoidaan puolivuosittain samaan raportointipohjaan. Päivitä tuloksia siten että mahdollinen edistyminen tai muutos tulee selkeästi näkyviin. Poista tarvittaessa vanhaa tekstiä.", bullet: true }
  - kind: concepts
    heading: "Käsitteet"
    paragraphs:
      - { text: "Sosiaali- ja terveyskeskus -ohjelmalla on viisi kansallista hyötytavoitetta (ks. Hankeopas). Ne kuvaavat asiaintiloja, joita ohjelmalla kansallisesti tavoitellaan. Hankkeen tavoitteet kuvaavat alueellisen hankkeen omia tarkennettuja hyötytavoitteita kunkin kansallisen hyötytavoitteen alla. Hankkeen prosessitavoitteet ovat välitavoitteita, jotka tulee saavuttaa matkalla kohti hyötytavoitteita." }
      - { text: "Kehittämistoimenpiteet ovat toimenpiteitä, joiden avulla hankkeen prosessitavoitteet ja lopulliset tavoitteet voidaan saavuttaa. Tällaisia ovat esimerkiksi alueen tarpeiden tunnistaminen, toimintamallien ja ratkaisujen suunnittelu, kokeilu, käyttöönotto ja vakiinnuttaminen." }
  - kind: schedule
    heading: "Oma-arvioinnin raportointiaikataulu"
    table:
      - [["Raportointi Innokylään viimeistään"], ["Oma-arvioinnin sisältö"]]
      - [["15.11.2020"], ["Raportointi sisältää ", "lähtötilanteen oma-arvioinnin, joka tulee tehdä ennen hankkeen kehittämistoimien aloitusta", "oma-arvioinnin lokakuun 2020 tilanteesta (vapaaehtoinen)"]]
      - [["15.5.2021"], ["Raportointi sisältää oma-arvioinnin huhtikuun 2021 tilanteesta"]]
      - [["15.11.2021"], ["Raportointi sisältää oma-arvioinnin lokakuun 2021 tilanteesta"]]
      - [["15.5.2022"], ["Raportointi sisältää oma-arvioinnin huhtikuun 2022 tilanteesta"]]
      - [["15.11.2022"], ["Raportointi sisältää oma-arvioinnin lokakuun 2022 tilanteesta"]]
# Under each of the five national goals, in this order. "fill" says what `arvio init` puts
# there: the plan's goals (its benefit-goal text and its results table's osatavoitteet), the
# plan's mittarit, or an empty entry dated for the period (as `arvio next` adds them).
goalSections:
  - kind: goals
    heading: "Hankkeen tavoitteet ja prosessitavoitteet"
    placeholder: "< Kuvaus hankkeen omista hyötytavoitteista >"
    fill: planGoals
  - kind: indicators
    heading: "Arvioinnin mittarit/kriteerit"
    placeholder: "< Kuvaus mittareista/kriteereistä, joilla hankkeen tavoitteiden toteutumista seurataan >"
    fill: planIndicators
  - kind: methods
    heading: "Tiedonkeruun ja arvioinnin menetelmät"
    placeholder: "< Kuvaus siitä miten tietoa kerätään (esim. kansalliset rekisteriaineistot, asiakas/potilastietojärjestelmät, kyselyt, asiakaspalautteet, asiakasraadit, haastattelut ja muut asiakasymmärryksen kartuttamisen menetelmät) ja miten arviointia tehdään kerätyn tiedon perusteella >"
    fill: guidance
  - kind: baseline
    heading: "Lähtötilanteen arvioinnin tulokset"
    placeholder: "< Kuvaus mittareiden/kriteerien avulla tehdyn lähtötilanteen arvioinnin tuloksista >"
    fill: guidance
  - kind: actions
    heading: "Tehdyt kehittämistoimenpiteet"
    placeholder: "< Kuvaus tehdyistä kehittämistoimenpiteistä ja arviointi niiden edistymisestä >"
    fill: datedEntry
  - kind: monitoring
    heading: "Seurannan ja arvioinnin tulokset"
    placeholder: "< Kuvaus tavoitteiden toteutumisen seurannan ja arvioinnin tuloksista >"
    fill: datedEntry
# Arvio's own words around the plan's text (not THL's).
labels:
  planGoals: "Hankesuunnitelman osatavoitteet ja toimenpiteet:"
  planIndicators: "Hankesuunnitelman mittarit osatavoitteittain:"
  entry: "{entryLabel}:"
  entryPlaceholder: "< Kuvaus {situation} >"
"""#
}
