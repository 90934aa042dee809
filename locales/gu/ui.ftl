## Labels around the guide: covers, contact lists, footers, document titles.

# Strip on every cover and card. $emergency is 999.
ui-in-danger = તાત્કાલિક જોખમમાં છો? { $emergency } પર કૉલ કરો.
ui-contacts-heading = મદદ ક્યાંથી મેળવવી
ui-card-contacts-heading = કોણ મદદ કરી શકે
# Wallet card: the police numbers. $non-emergency is 101, $emergency is 999.
ui-police-numbers = પોલીસ: { $non-emergency } (કટોકટી સિવાય) · { $emergency } (કટોકટી)
ui-phone = ફોન
ui-web = વેબ
ui-hours = સમય
# Printed on every output (RNIB, PIF TICK): readers must know other versions exist.
ui-other-languages = આ માર્ગદર્શિકા અન્ય ભાષાઓ અને સ્વરૂપોમાં ઉપલબ્ધ છે.
# Wallet card: the card is too small for full web addresses.
ui-card-more = સંપૂર્ણ માર્ગદર્શિકા અને લિંક્સ: પત્રિકા અથવા માહિતી પત્રક માંગો.
# $version is like 1.0.0; $published and $review-by are dates written as YYYY-MM-DD.
ui-version = સંસ્કરણ { $version }, પ્રકાશિત { $published }. આગામી સમીક્ષા { $review-by } સુધીમાં.
# Printed on every page of a locale whose translation has not been checked by a qualified
# translator (status "draft" in locale.toml). Translate it; keep it short.
ui-draft-mark = ડ્રાફ્ટ અનુવાદ — હજી લાયક અનુવાદક દ્વારા તપાસાયેલ નથી.
# Shown under a write-in line on printed copies.
ui-write-in-blank = (અહીં લખો)

## Contact list descriptions, one per resource in content/resources.toml.

hours-helpline = સોમવારથી શુક્રવાર, સવારે 10 થી સાંજે 4
hours-always = દિવસના 24 કલાક, અઠવાડિયાના 7 દિવસ
resource-helpline-description = પુખ્ત વયના લોકો (18+) માટે ગોપનીય, વ્યવહારુ સહાય, જેમાં સામગ્રી દૂર કરાવવા અંગે માર્ગદર્શન પણ સામેલ છે.
resource-stopncii-description = તમારી છબી અથવા વિડિયોની “ડિજિટલ ફિંગરપ્રિન્ટ” (હેશ) બનાવે છે, જેથી ભાગ લેતાં પ્લેટફોર્મ મેળ ખાતા અપલોડ શોધીને દૂર કરી શકે. પુખ્ત વયના લોકો (18+).
resource-police-advice-description = અંતરંગ છબીઓના દુરુપયોગ અંગે પોલીસની સલાહ.
resource-police-report-description = પોલીસને તેની જાણ કેવી રીતે કરવી, ઑનલાઇન સહિત.
resource-crimestoppers-description = નામ જાહેર કર્યા વિના જાણ કરો.
resource-childline-description = 18 વર્ષથી ઓછી ઉંમરના લોકો માટે મફત, ગોપનીય મદદ, જેમાં યુવાનોની છબીઓ દૂર કરાવવા માટે { -report-remove } ({ -internet-watch-foundation } સાથે) પણ સામેલ છે.
resource-ceop-safety-description = યુવાનો માટે ઑનલાઇન સલામતી અંગે સલાહ.
resource-ceop-report-description = { -ceop } ને રિપોર્ટ કરો.
resource-nca-description = સેક્સટોર્શન (અંતરંગ છબીઓ દ્વારા બ્લેકમેઇલ થવું) અંગે સલાહ.

## Format names, used in titles and the download page.

format-leaflet = DL પત્રિકા
format-card = પાકીટ કાર્ડ
format-handout = A4 માહિતી પત્રક
format-handout-large = મોટા અક્ષરોવાળું A4 માહિતી પત્રક
format-card-sheet = પાકીટ કાર્ડ, એક A4 કાગળ પર 10
format-card-discreet = સાદા દેખાવનું પાકીટ કાર્ડ
format-leaflet-a5 = ગડી વાળેલી A5 પત્રિકા

## The discreet wallet card: someone else may find it, so nothing on it may say what it is
## about. Never use words such as abuse, revenge porn, police, intimate, images or photos
## in these messages: the build refuses a discreet card containing them.

# PDF title of the discreet card: shown in the viewer's title bar and in file lists.
discreet-title = ઉપયોગી નંબરો
# Front of the discreet card: its heading.
discreet-front-heading = ઉપયોગી નંબરો
# Front of the discreet card, under the heading.
discreet-front-body = જ્યારે પણ જરૂર હોય ત્યારે મફત, ગોપનીય સહાય. નંબરો પાછળની બાજુએ છે.
# $emergency is 999 and $non-emergency is 101, filled in by leafpress.
discreet-numbers = કટોકટી: { $emergency } · કટોકટી સિવાય: { $non-emergency }
discreet-keep = આ કાર્ડ કોઈ સલામત જગ્યાએ રાખો.
# Under the QR codes on the discreet card.
discreet-scan = વેબસાઇટ ખોલવા માટે ફોનના કૅમેરાથી કોડ સ્કૅન કરો.
# Shown on the discreet card instead of the Revenge Porn Helpline's name and web address.
discreet-label-helpline = પુખ્ત વયના લોકો માટે ગોપનીય હેલ્પલાઇન

## The website: the download page and the HTML editions of the guide.
## Page titles stay neutral on purpose: they show in browser tabs and history on a shared
## phone. Never put words such as "abuse", "images" or "police" in site-name or the titles.

# The site's name, at the top of every page and as the download page's main heading.
site-name = પત્રિકાઓ અને કાર્ડ
# Browser tab title of the download page. Neutral (see above).
site-title = પત્રિકાઓ અને કાર્ડ — ડાઉનલોડ
# Browser tab title of the guide read online. Neutral (see above).
site-edition-title = પત્રિકાઓ અને કાર્ડ — ઑનલાઇન વાંચો
# First link on every page, for keyboard and screen-reader users: jumps past the menus.
site-skip = મુખ્ય સામગ્રી પર જાઓ
# The quick-exit button (as on GOV.UK): it replaces the page with a neutral website.
site-exit = આ પાનું છોડો
# Under the quick-exit button, on computers with a keyboard.
site-exit-hint = અથવા ઝડપથી બહાર નીકળવા માટે Esc બટન દબાવો.
# Download page, under the main heading.
site-intro = માર્ગદર્શિકા ઑનલાઇન વાંચો, અથવા છાપવા માટે ડાઉનલોડ કરો. તમે જ્યાં છો તે જગ્યા માટેની આવૃત્તિ પસંદ કરો.
# Heading of the list of languages. Each language is listed in its own name and script.
site-choose-language = ભાષા પસંદ કરો
# Heading of the list of editions (clinic, school, police).
site-choose-venue = આવૃત્તિ પસંદ કરો
# Link to the guide as a web page (the HTML edition).
site-read-online = ઑનલાઇન વાંચો
# Heading of the list of PDF downloads.
site-downloads = છાપવા માટે ડાઉનલોડ કરો
# Link to a PDF file; the format name (e.g. "Wallet card") is shown next to it.
site-download-pdf = PDF ડાઉનલોડ કરો
site-download-mp3 = MP3 ડાઉનલોડ કરો
site-download-epub = EPUB ડાઉનલોડ કરો
site-download-brf = BRF ડાઉનલોડ કરો
# Labels of the facts shown for each download.
site-page-size = પાનાનું કદ
site-pages = પાનાં
site-file-size = ફાઇલનું કદ
# Label of the list of links to the same page in other languages.
site-other-languages = અન્ય ભાષાઓ
# Link from the guide read online back to the download page.
site-all-downloads = બધી પત્રિકાઓ અને કાર્ડ
# Link to the file a print shop needs (with 3 mm bleed and trim marks), under "Download PDF".
site-print-master = છાપખાના માટેની ફાઇલ, બ્લીડ સાથે

## The venue board (`leafpress build --venue-details`): a page per venue (a clinic, school or
## police station with its own name, address and phone on its leaflets), and a list of them all.

# Heading of the list of every venue, and the link to it from the download page.
site-venues = તમારી સંસ્થા શોધો
# Browser tab title of the list of venues. Neutral (see above).
site-board-title = પત્રિકાઓ અને કાર્ડ — સંસ્થાઓ
# Under the heading of the list of venues.
site-board-intro = દરેક સંસ્થાની પોતાની પત્રિકાઓ અને કાર્ડ છે, જેના પર તેનું નામ, સરનામું અને ફોન નંબર છે.
# Label of the box that narrows the list of venues as you type.
site-filter = નામ અથવા શહેર દ્વારા ફિલ્ટર કરો
# Shown when no venue matches what was typed in the box.
site-filter-none = કોઈ સંસ્થા મેળ ખાતી નથી. બીજું નામ અથવા શહેર અજમાવો.
# Label of a venue's address on its page.
site-address = સરનામું
# Before the links to the lists of every venue's files, for print shops and web teams (a JSON and a CSV file).
site-venue-files = બધી સંસ્થાઓની ફાઇલો, યાદી રૂપે:
