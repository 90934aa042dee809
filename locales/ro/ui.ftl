## Labels around the guide: covers, contact lists, footers, document titles.

# Strip on every cover and card. $emergency is 999.
ui-in-danger = În pericol imediat? Sună la { $emergency }.
ui-contacts-heading = Unde găsești ajutor
ui-card-contacts-heading = Cine te poate ajuta
# Wallet card: the police numbers. $non-emergency is 101, $emergency is 999.
ui-police-numbers = Poliția: { $non-emergency } (nu e urgență) · { $emergency } (urgență)
ui-phone = Telefon
ui-web = Web
ui-hours = Program
# Printed on every output (RNIB, PIF TICK): readers must know other versions exist.
ui-other-languages = Acest ghid este disponibil și în alte limbi și formate.
# Wallet card: the card is too small for full web addresses.
ui-card-more = Ghidul complet și linkurile: cere pliantul sau fișa A4.
# $version is like 1.0.0; $published and $review-by are dates written as YYYY-MM-DD.
ui-version = Versiunea { $version }, publicată la { $published }. Următoarea revizuire până la { $review-by }.
# Printed on every page of a locale whose translation has not been checked by a qualified
# translator (status "draft" in locale.toml). Translate it; keep it short.
ui-draft-mark = Traducere provizorie — neverificată încă de un traducător calificat.
# Shown under a write-in line on printed copies.
ui-write-in-blank = (scrie aici)

## Contact list descriptions, one per resource in content/resources.toml.

hours-helpline = De luni până vineri, 10:00–16:00
hours-always = 24 de ore din 24, 7 zile din 7
resource-helpline-description = Sprijin practic și confidențial pentru adulți (18+), inclusiv îndrumări pentru eliminarea conținutului.
resource-stopncii-description = Creează o „amprentă digitală” (hash) a imaginii sau a videoclipului tău, astfel încât platformele participante să poată detecta și elimina încărcările identice. Adulți (18+).
resource-police-advice-description = Sfaturile poliției despre abuzul cu imagini intime.
resource-police-report-description = Cum raportezi poliției, inclusiv online.
resource-crimestoppers-description = Raportează anonim.
resource-childline-description = Ajutor gratuit și confidențial pentru tinerii sub 18 ani, inclusiv { -report-remove } (împreună cu organizația { -internet-watch-foundation }), pentru eliminarea imaginilor cu tineri.
resource-ceop-safety-description = Sfaturi de siguranță online pentru tineri.
resource-ceop-report-description = Fă o sesizare la { -ceop }.
resource-nca-description = Sfaturi despre sextorsiune (șantajul cu imagini intime).

## Format names, used in titles and the download page.

format-leaflet = Pliant DL
format-card = Card de portofel
format-handout = Fișă A4
format-handout-large = Fișă A4 cu litere mari
format-card-sheet = Carduri de portofel, 10 pe o foaie A4
format-card-discreet = Card de portofel discret
format-leaflet-a5 = Pliant A5 împăturit

## The discreet wallet card: someone else may find it, so nothing on it may say what it is
## about. Never use words such as abuse, revenge porn, police, intimate, images or photos
## in these messages: the build refuses a discreet card containing them.

# PDF title of the discreet card: shown in the viewer's title bar and in file lists.
discreet-title = Numere utile
# Front of the discreet card: its heading.
discreet-front-heading = Numere utile
# Front of the discreet card, under the heading.
discreet-front-body = Sprijin gratuit și confidențial, oricând ai nevoie. Numerele sunt pe verso.
# $emergency is 999 and $non-emergency is 101, filled in by leafpress.
discreet-numbers = Urgență: { $emergency } · Nu e urgență: { $non-emergency }
discreet-keep = Păstrează cardul acesta într-un loc sigur.
# Under the QR codes on the discreet card.
discreet-scan = Scanează un cod cu camera telefonului ca să deschizi site-ul.
# Shown on the discreet card instead of the Revenge Porn Helpline's name and web address.
discreet-label-helpline = Linie de asistență confidențială pentru persoane adulte

## The website: the download page and the HTML editions of the guide.
## Page titles stay neutral on purpose: they show in browser tabs and history on a shared
## phone. Never put words such as "abuse", "images" or "police" in site-name or the titles.

# The site's name, at the top of every page and as the download page's main heading.
site-name = Pliante și carduri
# Browser tab title of the download page. Neutral (see above).
site-title = Pliante și carduri — descarcă
# Browser tab title of the guide read online. Neutral (see above).
site-edition-title = Pliante și carduri — citește online
# First link on every page, for keyboard and screen-reader users: jumps past the menus.
site-skip = Sari la conținutul principal
# The quick-exit button (as on GOV.UK): it replaces the page with a neutral website.
site-exit = Ieși de pe această pagină
# Under the quick-exit button, on computers with a keyboard.
site-exit-hint = Sau apasă tasta Esc ca să ieși repede.
# Download page, under the main heading.
site-intro = Citește ghidul online sau descarcă-l ca să-l tipărești. Alege versiunea pentru locul în care ești.
# Heading of the list of languages. Each language is listed in its own name and script.
site-choose-language = Alege limba
# Heading of the list of editions (clinic, school, police).
site-choose-venue = Alege versiunea
# Link to the guide as a web page (the HTML edition).
site-read-online = Citește online
# Heading of the list of PDF downloads.
site-downloads = Descarcă pentru tipărire
# Link to a PDF file; the format name (e.g. "Wallet card") is shown next to it.
site-download-pdf = Descarcă PDF
site-download-mp3 = Descarcă MP3
site-download-epub = Descarcă EPUB
site-download-brf = Descarcă BRF
# Labels of the facts shown for each download.
site-page-size = Dimensiunea paginii
site-pages = Pagini
site-file-size = Dimensiunea fișierului
# Label of the list of links to the same page in other languages.
site-other-languages = Alte limbi
# Link from the guide read online back to the download page.
site-all-downloads = Toate pliantele și cardurile
# Link to the file a print shop needs (with 3 mm bleed and trim marks), under "Download PDF".
site-print-master = Fișier pentru tipografie, cu bleed

## The venue board (`leafpress build --venue-details`): a page per venue (a clinic, school or
## police station with its own name, address and phone on its leaflets), and a list of them all.

# Heading of the list of every venue, and the link to it from the download page.
site-venues = Găsește-ți instituția
# Browser tab title of the list of venues. Neutral (see above).
site-board-title = Pliante și carduri — instituții
# Under the heading of the list of venues.
site-board-intro = Fiecare instituție are propriile pliante și carduri, cu numele, adresa și numărul ei de telefon.
# Label of the box that narrows the list of venues as you type.
site-filter = Filtrează după nume sau localitate
# Shown when no venue matches what was typed in the box.
site-filter-none = Nicio instituție nu se potrivește. Încearcă alt nume sau altă localitate.
# Label of a venue's address on its page.
site-address = Adresa
# Before the links to the lists of every venue's files, for print shops and web teams (a JSON and a CSV file).
site-venue-files = Fișierele tuturor instituțiilor, ca listă:
