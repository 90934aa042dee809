## Labels around the guide: covers, contact lists, footers, document titles.

# Strip on every cover and card. $emergency is 999.
ui-in-danger = Grozi ci bezpośrednie niebezpieczeństwo? Zadzwoń pod numer { $emergency }.
ui-contacts-heading = Gdzie szukać pomocy
ui-card-contacts-heading = Kto może pomóc
# Wallet card: the police numbers. $non-emergency is 101, $emergency is 999.
ui-police-numbers = Policja: { $non-emergency } (sprawy niepilne) · { $emergency } (nagłe wypadki)
ui-phone = Telefon
ui-web = Strona
ui-hours = Godziny
# Printed on every output (RNIB, PIF TICK): readers must know other versions exist.
ui-other-languages = Ten poradnik jest dostępny w innych językach i formatach.
# Wallet card: the card is too small for full web addresses.
ui-card-more = Pełny poradnik i linki: poproś o ulotkę lub materiał informacyjny A4.
# $version is like 1.0.0; $published and $review-by are dates written as YYYY-MM-DD.
ui-version = Wersja { $version }, opublikowano { $published }. Następny przegląd do { $review-by }.
# Printed on every page of a locale whose translation has not been checked by a qualified
# translator (status "draft" in locale.toml). Translate it; keep it short.
ui-draft-mark = Wersja robocza tłumaczenia — jeszcze niesprawdzona przez wykwalifikowanego tłumacza.
# Shown under a write-in line on printed copies.
ui-write-in-blank = (wpisz tutaj)

## Contact list descriptions, one per resource in content/resources.toml.

hours-helpline = Od poniedziałku do piątku, 10:00–16:00
hours-always = Całą dobę, 7 dni w tygodniu
resource-helpline-description = Poufne, praktyczne wsparcie dla osób dorosłych (18+), w tym wskazówki dotyczące usuwania treści.
resource-stopncii-description = Tworzy „cyfrowy odcisk palca” (hash) twojego zdjęcia lub filmu, dzięki czemu platformy uczestniczące w programie mogą wykrywać i usuwać pasujące przesłane pliki. Dla dorosłych (18+).
resource-police-advice-description = Porady policji dotyczące nadużyć z wykorzystaniem intymnych zdjęć.
resource-police-report-description = Jak zgłosić to policji, również przez internet.
resource-crimestoppers-description = Zgłoś anonimowo.
resource-childline-description = Bezpłatna, poufna pomoc dla osób poniżej 18 lat, w tym { -report-remove } (we współpracy z organizacją { -internet-watch-foundation }), aby usunąć z sieci zdjęcia młodych osób.
resource-ceop-safety-description = Porady dotyczące bezpieczeństwa w internecie dla młodych ludzi.
resource-ceop-report-description = Zgłoś sprawę do { -ceop }.
resource-nca-description = Porady dotyczące sekstorsji (szantażu z użyciem intymnych zdjęć).

## Format names, used in titles and the download page.

format-leaflet = Ulotka DL
format-card = Karta do portfela
format-handout = Materiał informacyjny A4
format-handout-large = Materiał informacyjny A4 w dużym druku
format-card-sheet = Karty do portfela, 10 na arkuszu A4
format-card-discreet = Dyskretna karta do portfela
format-leaflet-a5 = Składana ulotka A5

## The discreet wallet card: someone else may find it, so nothing on it may say what it is
## about. Never use words such as abuse, revenge porn, police, intimate, images or photos
## in these messages: the build refuses a discreet card containing them.

# PDF title of the discreet card: shown in the viewer's title bar and in file lists.
discreet-title = Przydatne numery
# Front of the discreet card: its heading.
discreet-front-heading = Przydatne numery
# Front of the discreet card, under the heading.
discreet-front-body = Bezpłatne, poufne wsparcie, kiedy tylko go potrzebujesz. Numery są na odwrocie.
# $emergency is 999 and $non-emergency is 101, filled in by leafpress.
discreet-numbers = Nagłe wypadki: { $emergency } · Sprawy niepilne: { $non-emergency }
discreet-keep = Trzymaj tę kartę w bezpiecznym miejscu.
# Under the QR codes on the discreet card.
discreet-scan = Zeskanuj kod aparatem w telefonie, aby otworzyć stronę internetową.
# Shown on the discreet card instead of the Revenge Porn Helpline's name and web address.
discreet-label-helpline = Poufna infolinia dla dorosłych

## The website: the download page and the HTML editions of the guide.
## Page titles stay neutral on purpose: they show in browser tabs and history on a shared
## phone. Never put words such as "abuse", "images" or "police" in site-name or the titles.

# The site's name, at the top of every page and as the download page's main heading.
site-name = Ulotki i karty
# Browser tab title of the download page. Neutral (see above).
site-title = Ulotki i karty — pobierz
# Browser tab title of the guide read online. Neutral (see above).
site-edition-title = Ulotki i karty — czytaj online
# First link on every page, for keyboard and screen-reader users: jumps past the menus.
site-skip = Przejdź do głównej treści
# The quick-exit button (as on GOV.UK): it replaces the page with a neutral website.
site-exit = Wyjdź z tej strony
# Under the quick-exit button, on computers with a keyboard.
site-exit-hint = Albo naciśnij klawisz Esc, żeby szybko wyjść.
# Download page, under the main heading.
site-intro = Przeczytaj poradnik online albo pobierz go, żeby wydrukować. Wybierz wersję dla miejsca, w którym jesteś.
# Heading of the list of languages. Each language is listed in its own name and script.
site-choose-language = Wybierz język
# Heading of the list of editions (clinic, school, police).
site-choose-venue = Wybierz wersję
# Link to the guide as a web page (the HTML edition).
site-read-online = Czytaj online
# Heading of the list of PDF downloads.
site-downloads = Pobierz do wydruku
# Link to a PDF file; the format name (e.g. "Wallet card") is shown next to it.
site-download-pdf = Pobierz PDF
site-download-mp3 = Pobierz MP3
site-download-epub = Pobierz EPUB
site-download-brf = Pobierz BRF
# Labels of the facts shown for each download.
site-page-size = Rozmiar strony
site-pages = Liczba stron
site-file-size = Rozmiar pliku
# Label of the list of links to the same page in other languages.
site-other-languages = Inne języki
# Link from the guide read online back to the download page.
site-all-downloads = Wszystkie ulotki i karty
# Link to the file a print shop needs (with 3 mm bleed and trim marks), under "Download PDF".
site-print-master = Plik dla drukarni, ze spadami

## The venue board (`leafpress build --venue-details`): a page per venue (a clinic, school or
## police station with its own name, address and phone on its leaflets), and a list of them all.

# Heading of the list of every venue, and the link to it from the download page.
site-venues = Znajdź swoją placówkę
# Browser tab title of the list of venues. Neutral (see above).
site-board-title = Ulotki i karty — placówki
# Under the heading of the list of venues.
site-board-intro = Każda placówka ma własne ulotki i karty, z jej nazwą, adresem i numerem telefonu.
# Label of the box that narrows the list of venues as you type.
site-filter = Filtruj według nazwy lub miejscowości
# Shown when no venue matches what was typed in the box.
site-filter-none = Żadna placówka nie pasuje. Spróbuj innej nazwy lub miejscowości.
# Label of a venue's address on its page.
site-address = Adres
# Before the links to the lists of every venue's files, for print shops and web teams (a JSON and a CSV file).
site-venue-files = Pliki wszystkich placówek w formie listy:
