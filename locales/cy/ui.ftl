## Labels around the guide: covers, contact lists, footers, document titles.

# Strip on every cover and card. $emergency is 999.
ui-in-danger = Mewn perygl uniongyrchol? Ffoniwch { $emergency }.
ui-contacts-heading = Ble i gael help
ui-card-contacts-heading = Pwy all helpu
# Wallet card: the police numbers. $non-emergency is 101, $emergency is 999.
ui-police-numbers = Heddlu: { $non-emergency } (nid argyfwng) · { $emergency } (argyfwng)
ui-phone = Ffôn
ui-web = Gwe
ui-hours = Oriau
# Printed on every output (RNIB, PIF TICK): readers must know other versions exist.
ui-other-languages = Mae’r canllaw hwn ar gael mewn ieithoedd a fformatau eraill.
# Welsh editions only (Welsh Language Standards): printed in both languages, as bodies in
# Wales print it. Optional: locales without this message print nothing here.
ui-also-available = Mae’r ddogfen hon ar gael yn Saesneg / This document is available in English
# Wallet card: the card is too small for full web addresses.
ui-card-more = Y canllaw llawn a’r dolenni: gofynnwch am y daflen neu’r daflen A4.
# $version is like 1.0.0; $published and $review-by are dates written as YYYY-MM-DD.
ui-version = Fersiwn { $version }, cyhoeddwyd { $published }. Adolygiad nesaf erbyn { $review-by }.
# Printed on every page of a locale whose translation has not been checked by a qualified
# translator (status "draft" in locale.toml). Translate it; keep it short.
ui-draft-mark = Cyfieithiad drafft — heb ei wirio eto gan gyfieithydd cymwysedig.
# Shown under a write-in line on printed copies.
ui-write-in-blank = (ysgrifennwch yma)

## Contact list descriptions, one per resource in content/resources.toml.

hours-helpline = Dydd Llun i ddydd Gwener, 10yb i 4yp
hours-always = 24 awr y dydd, 7 diwrnod yr wythnos
resource-helpline-description = Cymorth ymarferol, cyfrinachol i oedolion (18+), gan gynnwys arweiniad ar dynnu cynnwys i lawr.
resource-stopncii-description = Mae’n creu “ôl bys digidol” (hash) o’ch llun neu’ch fideo fel bod platfformau sy’n cymryd rhan yn gallu canfod a dileu uwchlwythiadau sy’n cyfateb. Oedolion (18+).
resource-police-advice-description = Cyngor yr heddlu ar gam-drin lluniau agos-atoch.
resource-police-report-description = Sut i roi gwybod i’r heddlu, gan gynnwys ar-lein.
resource-crimestoppers-description = Rhoi gwybod yn ddienw.
resource-childline-description = Help cyfrinachol am ddim i bobl dan 18 oed, gan gynnwys { -report-remove } (gyda’r { -internet-watch-foundation }) er mwyn cael tynnu lluniau o bobl ifanc i lawr.
resource-ceop-safety-description = Cyngor ar ddiogelwch ar-lein i bobl ifanc.
resource-ceop-report-description = Gwnewch adroddiad i’r gwasanaeth { -ceop }.
resource-nca-description = Cyngor ar secstortio (cael eich blacmelio gyda lluniau agos-atoch).

## Format names, used in titles and the download page.

format-leaflet = Taflen DL
format-card = Cerdyn waled
format-handout = Taflen A4
