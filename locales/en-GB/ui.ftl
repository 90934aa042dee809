## Labels around the guide: covers, contact lists, footers, document titles.

# Strip on every cover and card. $emergency is 999.
ui-in-danger = In immediate danger? Call { $emergency }.
ui-contacts-heading = Where to get help
ui-card-contacts-heading = Who can help
# Wallet card: the police numbers. $non-emergency is 101, $emergency is 999.
ui-police-numbers = Police: { $non-emergency } (non-emergency) · { $emergency } (emergency)
ui-phone = Phone
ui-web = Web
ui-hours = Hours
# Printed on every output (RNIB, PIF TICK): readers must know other versions exist.
ui-other-languages = This guide is available in other languages and formats.
# Optional, per locale: a line saying the document also exists in another language, e.g. in
# Welsh editions "Mae’r ddogfen hon ar gael yn Saesneg / This document is available in English".
# en-GB has none: English editions are used across the UK, not only in Wales.
# Wallet card: the card is too small for full web addresses.
ui-card-more = Full guide and links: ask for the leaflet or handout.
# $version is like 1.0.0; $published and $review-by are dates written as YYYY-MM-DD.
ui-version = Version { $version }, published { $published }. Next review by { $review-by }.
# Printed on every page of a locale whose translation has not been checked by a qualified
# translator (status "draft" in locale.toml). Translate it; keep it short.
ui-draft-mark = Draft translation — not yet checked by a qualified translator.
# Shown under a write-in line on printed copies.
ui-write-in-blank = (write here)

## Contact list descriptions, one per resource in content/resources.toml.

hours-helpline = Monday to Friday, 10am to 4pm
hours-always = 24 hours a day, 7 days a week
resource-helpline-description = Confidential, practical support for adults (18+), including takedown guidance.
resource-stopncii-description = Creates a “digital fingerprint” (hash) of your image or video so participating platforms can detect and remove matching uploads. Adults (18+).
resource-police-advice-description = Police advice on intimate image abuse.
resource-police-report-description = How to report it to the police, including online.
resource-crimestoppers-description = Report anonymously.
resource-childline-description = Free, confidential help for under-18s, including { -report-remove } (with the { -internet-watch-foundation }) to get images of young people taken down.
resource-ceop-safety-description = Online safety advice for young people.
resource-ceop-report-description = Make a report to { -ceop }.
resource-nca-description = Advice on sextortion (being blackmailed with intimate images).

## Format names, used in titles and the download page.

format-leaflet = DL leaflet
format-card = Wallet card
format-handout = A4 handout
format-handout-large = Large-print A4 handout
format-card-sheet = Wallet cards, 10 on an A4 sheet
format-card-discreet = Discreet wallet card
format-leaflet-a5 = A5 folded leaflet

## The discreet wallet card: someone else may find it, so nothing on it may say what it is
## about. Never use words such as abuse, revenge porn, police, intimate, images or photos
## in these messages: the build refuses a discreet card containing them.

# PDF title of the discreet card: shown in the viewer's title bar and in file lists.
discreet-title = Useful numbers
# Front of the discreet card: its heading.
discreet-front-heading = Useful numbers
# Front of the discreet card, under the heading.
discreet-front-body = Free, confidential support whenever you need it. The numbers are on the back.
# $emergency is 999 and $non-emergency is 101, filled in by leafpress.
discreet-numbers = Emergency: { $emergency } · Non-emergency: { $non-emergency }
discreet-keep = Keep this card somewhere safe.
# Under the QR codes on the discreet card.
discreet-scan = Scan a code with a phone camera to open the website.
# Shown on the discreet card instead of the Revenge Porn Helpline's name and web address.
discreet-label-helpline = Confidential helpline for adults

## The website: the download page and the HTML editions of the guide.
## Page titles stay neutral on purpose: they show in browser tabs and history on a shared
## phone. Never put words such as "abuse", "images" or "police" in site-name or the titles.

# The site's name, at the top of every page and as the download page's main heading.
site-name = Leaflets and cards
# Browser tab title of the download page. Neutral (see above).
site-title = Leaflets and cards — download
# Browser tab title of the guide read online. Neutral (see above).
site-edition-title = Leaflets and cards — read online
# First link on every page, for keyboard and screen-reader users: jumps past the menus.
site-skip = Skip to main content
# The quick-exit button (as on GOV.UK): it replaces the page with a neutral website.
site-exit = Exit this page
# Under the quick-exit button, on computers with a keyboard.
site-exit-hint = Or press the Esc key to leave quickly.
# Download page, under the main heading.
site-intro = Read the guide online, or download it to print. Choose the version for where you are.
# Heading of the list of languages. Each language is listed in its own name and script.
site-choose-language = Choose a language
# Heading of the list of editions (clinic, school, police).
site-choose-venue = Choose a version
# Link to the guide as a web page (the HTML edition).
site-read-online = Read online
# Heading of the list of PDF downloads.
site-downloads = Download to print
# Link to a PDF file; the format name (e.g. "Wallet card") is shown next to it.
site-download-pdf = Download PDF
# The download buttons of the audio and braille files (a file kind after "Download").
site-download-mp3 = Download MP3
site-download-epub = Download EPUB
site-download-brf = Download BRF
# Labels of the facts shown for each download.
site-page-size = Page size
site-pages = Pages
site-file-size = File size
# Label of the list of links to the same page in other languages.
site-other-languages = Other languages
# Link from the guide read online back to the download page.
site-all-downloads = All leaflets and cards
# Link to the file a print shop needs (with 3 mm bleed and trim marks), under "Download PDF".
site-print-master = Print-shop file, with bleed

## The venue board (`leafpress build --venue-details`): a page per venue (a clinic, school or
## police station with its own name, address and phone on its leaflets), and a list of them all.

# Heading of the list of every venue, and the link to it from the download page.
site-venues = Find your venue
# Browser tab title of the list of venues. Neutral (see above).
site-board-title = Leaflets and cards — venues
# Under the heading of the list of venues.
site-board-intro = Each venue has its own leaflets and cards, with its name, address and phone number on them.
# Label of the box that narrows the list of venues as you type.
site-filter = Filter by name or town
# Shown when no venue matches what was typed in the box.
site-filter-none = No venue matches. Try another name or town.
# Label of a venue's address on its page.
site-address = Address
# Before the links to the lists of every venue's files, for print shops and web teams (a JSON and a CSV file).
site-venue-files = Every venue's files, as a list:
