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
