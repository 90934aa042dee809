## Labels around the guide: covers, contact lists, footers, document titles.

# Strip on every cover and card. $emergency is 999.
ui-in-danger = ਫ਼ੌਰੀ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ? { $emergency } ਨੂੰ ਫ਼ੋਨ ਕਰੋ।
ui-contacts-heading = ਮਦਦ ਕਿੱਥੋਂ ਮਿਲ ਸਕਦੀ ਹੈ
ui-card-contacts-heading = ਕੌਣ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ
# Wallet card: the police numbers. $non-emergency is 101, $emergency is 999.
ui-police-numbers = ਪੁਲਿਸ: { $non-emergency } (ਗ਼ੈਰ-ਐਮਰਜੈਂਸੀ) · { $emergency } (ਐਮਰਜੈਂਸੀ)
ui-phone = ਫ਼ੋਨ
ui-web = ਵੈੱਬ
ui-hours = ਸਮਾਂ
# Printed on every output (RNIB, PIF TICK): readers must know other versions exist.
ui-other-languages = ਇਹ ਗਾਈਡ ਹੋਰ ਭਾਸ਼ਾਵਾਂ ਅਤੇ ਫ਼ਾਰਮੈਟਾਂ ਵਿੱਚ ਵੀ ਉਪਲਬਧ ਹੈ।
# Wallet card: the card is too small for full web addresses.
ui-card-more = ਪੂਰੀ ਗਾਈਡ ਅਤੇ ਲਿੰਕ: ਲੀਫ਼ਲੈੱਟ ਜਾਂ ਹੈਂਡਆਊਟ ਮੰਗੋ।
# $version is like 1.0.0; $published and $review-by are dates written as YYYY-MM-DD.
ui-version = ਵਰਜ਼ਨ { $version }, ਪ੍ਰਕਾਸ਼ਿਤ { $published }। ਅਗਲੀ ਸਮੀਖਿਆ { $review-by } ਤੱਕ।
# Printed on every page of a locale whose translation has not been checked by a qualified
# translator (status "draft" in locale.toml). Translate it; keep it short.
ui-draft-mark = ਖਰੜਾ ਅਨੁਵਾਦ — ਅਜੇ ਕਿਸੇ ਯੋਗ ਅਨੁਵਾਦਕ ਵੱਲੋਂ ਜਾਂਚਿਆ ਨਹੀਂ ਗਿਆ।
# Shown under a write-in line on printed copies.
ui-write-in-blank = (ਇੱਥੇ ਲਿਖੋ)

## Contact list descriptions, one per resource in content/resources.toml.

hours-helpline = ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ, ਸਵੇਰੇ 10 ਵਜੇ ਤੋਂ ਸ਼ਾਮ 4 ਵਜੇ ਤੱਕ
hours-always = ਦਿਨ ਦੇ 24 ਘੰਟੇ, ਹਫ਼ਤੇ ਦੇ 7 ਦਿਨ
resource-helpline-description = ਬਾਲਗਾਂ (18 ਸਾਲ ਜਾਂ ਵੱਧ) ਲਈ ਗੁਪਤ, ਵਿਹਾਰਕ ਸਹਾਇਤਾ, ਸਮੱਗਰੀ ਹਟਵਾਉਣ ਬਾਰੇ ਸੇਧ ਸਮੇਤ।
resource-stopncii-description = ਤੁਹਾਡੀ ਤਸਵੀਰ ਜਾਂ ਵੀਡੀਓ ਦਾ “ਡਿਜੀਟਲ ਫਿੰਗਰਪ੍ਰਿੰਟ” (ਹੈਸ਼) ਬਣਾਉਂਦਾ ਹੈ ਤਾਂ ਜੋ ਹਿੱਸਾ ਲੈਣ ਵਾਲੇ ਪਲੇਟਫ਼ਾਰਮ ਮੇਲ ਖਾਂਦੇ ਅੱਪਲੋਡਾਂ ਨੂੰ ਲੱਭ ਕੇ ਹਟਾ ਸਕਣ। ਬਾਲਗਾਂ ਲਈ (18 ਸਾਲ ਜਾਂ ਵੱਧ)।
resource-police-advice-description = ਨਿੱਜੀ ਤਸਵੀਰਾਂ ਰਾਹੀਂ ਸ਼ੋਸ਼ਣ ਬਾਰੇ ਪੁਲਿਸ ਦੀ ਸਲਾਹ।
resource-police-report-description = ਪੁਲਿਸ ਨੂੰ ਰਿਪੋਰਟ ਕਿਵੇਂ ਕਰਨੀ ਹੈ, ਆਨਲਾਈਨ ਸਮੇਤ।
resource-crimestoppers-description = ਆਪਣਾ ਨਾਮ ਦੱਸੇ ਬਿਨਾਂ ਰਿਪੋਰਟ ਕਰੋ।
resource-childline-description = 18 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਵਾਲਿਆਂ ਲਈ ਮੁਫ਼ਤ, ਗੁਪਤ ਮਦਦ, ਜਿਸ ਵਿੱਚ { -report-remove } ({ -internet-watch-foundation } ਨਾਲ ਮਿਲ ਕੇ) ਵੀ ਸ਼ਾਮਲ ਹੈ, ਤਾਂ ਜੋ ਛੋਟੀ ਉਮਰ ਦੇ ਲੋਕਾਂ ਦੀਆਂ ਤਸਵੀਰਾਂ ਹਟਵਾਈਆਂ ਜਾ ਸਕਣ।
resource-ceop-safety-description = ਛੋਟੀ ਉਮਰ ਦੇ ਲੋਕਾਂ ਲਈ ਆਨਲਾਈਨ ਸੁਰੱਖਿਆ ਬਾਰੇ ਸਲਾਹ।
resource-ceop-report-description = { -ceop } ਨੂੰ ਰਿਪੋਰਟ ਕਰੋ।
resource-nca-description = ਸੈਕਸਟੋਰਸ਼ਨ (ਨਿੱਜੀ ਤਸਵੀਰਾਂ ਨਾਲ ਬਲੈਕਮੇਲ ਕੀਤੇ ਜਾਣ) ਬਾਰੇ ਸਲਾਹ।

## Format names, used in titles and the download page.

format-leaflet = DL ਲੀਫ਼ਲੈੱਟ
format-card = ਵਾਲਿਟ ਕਾਰਡ
format-handout = A4 ਹੈਂਡਆਊਟ
format-handout-large = ਵੱਡੇ ਅੱਖਰਾਂ ਵਾਲਾ A4 ਹੈਂਡਆਊਟ
format-card-sheet = ਵਾਲਿਟ ਕਾਰਡ, ਇੱਕ A4 ਸ਼ੀਟ ਉੱਤੇ 10
format-card-discreet = ਸਾਦਾ ਵਾਲਿਟ ਕਾਰਡ
format-leaflet-a5 = ਤਹਿ ਕੀਤਾ A5 ਲੀਫ਼ਲੈੱਟ

## The discreet wallet card: someone else may find it, so nothing on it may say what it is
## about. Never use words such as abuse, revenge porn, police, intimate, images or photos
## in these messages: the build refuses a discreet card containing them.

# PDF title of the discreet card: shown in the viewer's title bar and in file lists.
discreet-title = ਕੰਮ ਦੇ ਨੰਬਰ
# Front of the discreet card: its heading.
discreet-front-heading = ਕੰਮ ਦੇ ਨੰਬਰ
# Front of the discreet card, under the heading.
discreet-front-body = ਜਦੋਂ ਵੀ ਤੁਹਾਨੂੰ ਲੋੜ ਹੋਵੇ, ਮੁਫ਼ਤ ਅਤੇ ਗੁਪਤ ਸਹਾਇਤਾ। ਨੰਬਰ ਕਾਰਡ ਦੇ ਪਿੱਛੇ ਹਨ।
# $emergency is 999 and $non-emergency is 101, filled in by leafpress.
discreet-numbers = ਐਮਰਜੈਂਸੀ: { $emergency } · ਗ਼ੈਰ-ਐਮਰਜੈਂਸੀ: { $non-emergency }
discreet-keep = ਇਹ ਕਾਰਡ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ।
# Under the QR codes on the discreet card.
discreet-scan = ਵੈੱਬਸਾਈਟ ਖੋਲ੍ਹਣ ਲਈ ਫ਼ੋਨ ਦੇ ਕੈਮਰੇ ਨਾਲ ਕੋਡ ਸਕੈਨ ਕਰੋ।
# Shown on the discreet card instead of the Revenge Porn Helpline's name and web address.
discreet-label-helpline = ਬਾਲਗਾਂ ਲਈ ਗੁਪਤ ਹੈਲਪਲਾਈਨ

## The website: the download page and the HTML editions of the guide.
## Page titles stay neutral on purpose: they show in browser tabs and history on a shared
## phone. Never put words such as "abuse", "images" or "police" in site-name or the titles.

# The site's name, at the top of every page and as the download page's main heading.
site-name = ਲੀਫ਼ਲੈੱਟ ਅਤੇ ਕਾਰਡ
# Browser tab title of the download page. Neutral (see above).
site-title = ਲੀਫ਼ਲੈੱਟ ਅਤੇ ਕਾਰਡ — ਡਾਊਨਲੋਡ
# Browser tab title of the guide read online. Neutral (see above).
site-edition-title = ਲੀਫ਼ਲੈੱਟ ਅਤੇ ਕਾਰਡ — ਆਨਲਾਈਨ ਪੜ੍ਹੋ
# First link on every page, for keyboard and screen-reader users: jumps past the menus.
site-skip = ਮੁੱਖ ਸਮੱਗਰੀ ਉੱਤੇ ਜਾਓ
# The quick-exit button (as on GOV.UK): it replaces the page with a neutral website.
site-exit = ਇਸ ਪੰਨੇ ਤੋਂ ਬਾਹਰ ਜਾਓ
# Under the quick-exit button, on computers with a keyboard.
site-exit-hint = ਜਾਂ ਜਲਦੀ ਬਾਹਰ ਜਾਣ ਲਈ Esc ਬਟਨ ਦਬਾਓ।
# Download page, under the main heading.
site-intro = ਗਾਈਡ ਆਨਲਾਈਨ ਪੜ੍ਹੋ, ਜਾਂ ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ ਡਾਊਨਲੋਡ ਕਰੋ। ਤੁਸੀਂ ਜਿੱਥੇ ਹੋ, ਉਸ ਥਾਂ ਲਈ ਐਡੀਸ਼ਨ ਚੁਣੋ।
# Heading of the list of languages. Each language is listed in its own name and script.
site-choose-language = ਭਾਸ਼ਾ ਚੁਣੋ
# Heading of the list of editions (clinic, school, police).
site-choose-venue = ਐਡੀਸ਼ਨ ਚੁਣੋ
# Link to the guide as a web page (the HTML edition).
site-read-online = ਆਨਲਾਈਨ ਪੜ੍ਹੋ
# Heading of the list of PDF downloads.
site-downloads = ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ ਡਾਊਨਲੋਡ ਕਰੋ
# Link to a PDF file; the format name (e.g. "Wallet card") is shown next to it.
site-download-pdf = PDF ਡਾਊਨਲੋਡ ਕਰੋ
site-download-mp3 = MP3 ਡਾਊਨਲੋਡ ਕਰੋ
site-download-epub = EPUB ਡਾਊਨਲੋਡ ਕਰੋ
site-download-brf = BRF ਡਾਊਨਲੋਡ ਕਰੋ
# Labels of the facts shown for each download.
site-page-size = ਪੰਨੇ ਦਾ ਆਕਾਰ
site-pages = ਪੰਨੇ
site-file-size = ਫ਼ਾਈਲ ਦਾ ਆਕਾਰ
# Label of the list of links to the same page in other languages.
site-other-languages = ਹੋਰ ਭਾਸ਼ਾਵਾਂ
# Link from the guide read online back to the download page.
site-all-downloads = ਸਾਰੇ ਲੀਫ਼ਲੈੱਟ ਅਤੇ ਕਾਰਡ
# Link to the file a print shop needs (with 3 mm bleed and trim marks), under "Download PDF".
site-print-master = ਪ੍ਰਿੰਟਿੰਗ ਪ੍ਰੈੱਸ ਲਈ ਫ਼ਾਈਲ, ਬਲੀਡ ਸਮੇਤ

## The venue board (`leafpress build --venue-details`): a page per venue (a clinic, school or
## police station with its own name, address and phone on its leaflets), and a list of them all.

# Heading of the list of every venue, and the link to it from the download page.
site-venues = ਆਪਣੀ ਸੰਸਥਾ ਲੱਭੋ
# Browser tab title of the list of venues. Neutral (see above).
site-board-title = ਲੀਫ਼ਲੈੱਟ ਅਤੇ ਕਾਰਡ — ਸੰਸਥਾਵਾਂ
# Under the heading of the list of venues.
site-board-intro = ਹਰ ਸੰਸਥਾ ਦੇ ਆਪਣੇ ਲੀਫ਼ਲੈੱਟ ਅਤੇ ਕਾਰਡ ਹਨ, ਜਿਨ੍ਹਾਂ ਉੱਤੇ ਉਸਦਾ ਨਾਮ, ਪਤਾ ਅਤੇ ਫ਼ੋਨ ਨੰਬਰ ਹੈ।
# Label of the box that narrows the list of venues as you type.
site-filter = ਨਾਮ ਜਾਂ ਸ਼ਹਿਰ ਨਾਲ ਫ਼ਿਲਟਰ ਕਰੋ
# Shown when no venue matches what was typed in the box.
site-filter-none = ਕੋਈ ਸੰਸਥਾ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ। ਕੋਈ ਹੋਰ ਨਾਮ ਜਾਂ ਸ਼ਹਿਰ ਅਜ਼ਮਾਓ।
# Label of a venue's address on its page.
site-address = ਪਤਾ
# Before the links to the lists of every venue's files, for print shops and web teams (a JSON and a CSV file).
site-venue-files = ਸਾਰੀਆਂ ਸੰਸਥਾਵਾਂ ਦੀਆਂ ਫ਼ਾਈਲਾਂ, ਇੱਕ ਸੂਚੀ ਵਜੋਂ:
