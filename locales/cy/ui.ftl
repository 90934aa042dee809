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
resource-police-advice-description = Cyngor yr heddlu ar gam-drin delweddau personol.
resource-police-report-description = Sut i roi gwybod i’r heddlu, gan gynnwys ar-lein.
resource-crimestoppers-description = Rhoi gwybod yn ddienw.
resource-childline-description = Help cyfrinachol am ddim i bobl dan 18 oed, gan gynnwys { -report-remove } (gyda’r { -internet-watch-foundation }) er mwyn cael tynnu lluniau o bobl ifanc i lawr.
resource-ceop-safety-description = Cyngor ar ddiogelwch ar-lein i bobl ifanc.
resource-ceop-report-description = Gwnewch adroddiad i’r gwasanaeth { -ceop }.
resource-nca-description = Cyngor ar secstortio (cael eich blacmelio gyda delweddau personol).

## Format names, used in titles and the download page.

format-leaflet = Taflen DL
format-card = Cerdyn waled
format-handout = Taflen A4
format-handout-large = Taflen A4 print bras
format-card-sheet = Cardiau waled, 10 ar ddalen A4
format-card-discreet = Cerdyn waled cynnil
format-leaflet-a5 = Taflen A5 wedi’i phlygu

## The discreet wallet card: someone else may find it, so nothing on it may say what it is
## about. Never use words such as abuse, revenge porn, police, intimate, images or photos
## in these messages: the build refuses a discreet card containing them.

# PDF title of the discreet card: shown in the viewer's title bar and in file lists.
discreet-title = Rhifau defnyddiol
# Front of the discreet card: its heading.
discreet-front-heading = Rhifau defnyddiol
# Front of the discreet card, under the heading.
discreet-front-body = Cymorth cyfrinachol am ddim, pryd bynnag y bydd ei angen arnoch chi. Mae’r rhifau ar y cefn.
# $emergency is 999 and $non-emergency is 101, filled in by leafpress.
discreet-numbers = Argyfwng: { $emergency } · Nid argyfwng: { $non-emergency }
discreet-keep = Cadwch y cerdyn hwn mewn lle diogel.
# Under the QR codes on the discreet card.
discreet-scan = Sganiwch god gyda chamera ffôn i agor y wefan.
# Shown on the discreet card instead of the Revenge Porn Helpline's name and web address.
discreet-label-helpline = Llinell gymorth gyfrinachol i oedolion

## The website: the download page and the HTML editions of the guide.
## Page titles stay neutral on purpose: they show in browser tabs and history on a shared
## phone. Never put words such as "abuse", "images" or "police" in site-name or the titles.

# The site's name, at the top of every page and as the download page's main heading.
site-name = Taflenni a chardiau
# Browser tab title of the download page. Neutral (see above).
site-title = Taflenni a chardiau — lawrlwytho
# Browser tab title of the guide read online. Neutral (see above).
site-edition-title = Taflenni a chardiau — darllen ar-lein
# First link on every page, for keyboard and screen-reader users: jumps past the menus.
site-skip = Neidio i’r prif gynnwys
# The quick-exit button (as on GOV.UK): it replaces the page with a neutral website.
site-exit = Gadael y dudalen hon
# Under the quick-exit button, on computers with a keyboard.
site-exit-hint = Neu bwyswch y fysell Esc i adael yn gyflym.
# Download page, under the main heading.
site-intro = Darllenwch y canllaw ar-lein, neu lawrlwythwch ef i’w argraffu. Dewiswch y fersiwn ar gyfer y lle rydych chi ynddo.
# Heading of the list of languages. Each language is listed in its own name and script.
site-choose-language = Dewiswch iaith
# Heading of the list of editions (clinic, school, police).
site-choose-venue = Dewiswch fersiwn
# Link to the guide as a web page (the HTML edition).
site-read-online = Darllen ar-lein
# Heading of the list of PDF downloads.
site-downloads = Lawrlwytho i’w argraffu
# Link to a PDF file; the format name (e.g. "Wallet card") is shown next to it.
site-download-pdf = Lawrlwytho PDF
site-download-mp3 = Lawrlwytho MP3
site-download-epub = Lawrlwytho EPUB
site-download-brf = Lawrlwytho BRF
# Labels of the facts shown for each download.
site-page-size = Maint y dudalen
site-pages = Tudalennau
site-file-size = Maint y ffeil
# Label of the list of links to the same page in other languages.
site-other-languages = Ieithoedd eraill
# Link from the guide read online back to the download page.
site-all-downloads = Yr holl daflenni a chardiau
# Link to the file a print shop needs (with 3 mm bleed and trim marks), under "Download PDF".
site-print-master = Ffeil ar gyfer argraffdy, gyda gwaedu

## The venue board (`leafpress build --venue-details`): a page per venue (a clinic, school or
## police station with its own name, address and phone on its leaflets), and a list of them all.

# Heading of the list of every venue, and the link to it from the download page.
site-venues = Dod o hyd i’ch lleoliad
# Browser tab title of the list of venues. Neutral (see above).
site-board-title = Taflenni a chardiau — lleoliadau
# Under the heading of the list of venues.
site-board-intro = Mae gan bob lleoliad ei daflenni a’i gardiau ei hun, gyda’i enw, ei gyfeiriad a’i rif ffôn arnyn nhw.
# Label of the box that narrows the list of venues as you type.
site-filter = Hidlo yn ôl enw neu dref
# Shown when no venue matches what was typed in the box.
site-filter-none = Does dim lleoliad yn cyfateb. Rhowch gynnig ar enw neu dref arall.
# Label of a venue's address on its page.
site-address = Cyfeiriad
# Before the links to the lists of every venue's files, for print shops and web teams (a JSON and a CSV file).
site-venue-files = Ffeiliau pob lleoliad, fel rhestr:
