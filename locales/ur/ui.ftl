## Labels around the guide: covers, contact lists, footers, document titles.

# Strip on every cover and card. $emergency is 999.
ui-in-danger = فوری خطرے میں ہیں؟ { $emergency } پر کال کریں۔
ui-contacts-heading = مدد کہاں سے حاصل کریں
ui-card-contacts-heading = کون مدد کر سکتا ہے
# Wallet card: the police numbers. $non-emergency is 101, $emergency is 999.
ui-police-numbers = پولیس: { $non-emergency } (غیر ہنگامی) · { $emergency } (ہنگامی)
ui-phone = فون
ui-web = ویب
ui-hours = اوقات
# Printed on every output (RNIB, PIF TICK): readers must know other versions exist.
ui-other-languages = یہ گائیڈ دوسری زبانوں اور فارمیٹس میں بھی دستیاب ہے۔
# Wallet card: the card is too small for full web addresses.
ui-card-more = مکمل گائیڈ اور لنکس: لیفلیٹ یا ہینڈ آؤٹ مانگیں۔
# $version is like 1.0.0; $published and $review-by are dates written as YYYY-MM-DD.
ui-version = ورژن { $version }، شائع شدہ { $published }۔ اگلا جائزہ { $review-by } تک۔
# Printed on every page of a locale whose translation has not been checked by a qualified
# translator (status "draft" in locale.toml). Translate it; keep it short.
ui-draft-mark = مسودہ ترجمہ — ابھی کسی مستند مترجم نے اس کی جانچ نہیں کی۔
# Shown under a write-in line on printed copies.
ui-write-in-blank = (یہاں لکھیں)

## Contact list descriptions, one per resource in content/resources.toml.

hours-helpline = پیر سے جمعہ، صبح 10 بجے سے شام 4 بجے تک
hours-always = دن کے 24 گھنٹے، ہفتے کے 7 دن
resource-helpline-description = بالغوں (18 سال یا اس سے زیادہ عمر) کے لیے رازدارانہ، عملی مدد، بشمول مواد ہٹوانے سے متعلق رہنمائی۔
resource-stopncii-description = آپ کی تصویر یا ویڈیو کا «ڈیجیٹل فنگر پرنٹ» (ہیش) بناتا ہے تاکہ شریک پلیٹ فارمز مماثل اپ لوڈز کو پہچان کر ہٹا سکیں۔ بالغوں کے لیے (18 سال یا اس سے زیادہ عمر)۔
resource-police-advice-description = نجی تصاویر کے ذریعے بدسلوکی کے بارے میں پولیس کا مشورہ۔
resource-police-report-description = پولیس کو رپورٹ کیسے کریں، بشمول آن لائن۔
resource-crimestoppers-description = اپنا نام ظاہر کیے بغیر رپورٹ کریں۔
resource-childline-description = 18 سال سے کم عمر افراد کے لیے مفت، رازدارانہ مدد، بشمول { -report-remove } ({ -internet-watch-foundation } کے ساتھ) تاکہ کم عمر افراد کی تصاویر ہٹوائی جا سکیں۔
resource-ceop-safety-description = کم عمر افراد کے لیے آن لائن حفاظت سے متعلق مشورہ۔
resource-ceop-report-description = { -ceop } کو رپورٹ کریں۔
resource-nca-description = سیکسٹارشن (نجی تصاویر کے ذریعے بلیک میل کیا جانا) کے بارے میں مشورہ۔

## Format names, used in titles and the download page.

format-leaflet = لیفلیٹ (DL)
format-card = والٹ کارڈ
format-handout = ہینڈ آؤٹ (A4)
format-handout-large = بڑے حروف والا ہینڈ آؤٹ (A4)
format-card-sheet = والٹ کارڈز، ایک A4 شیٹ پر 10
format-card-discreet = سادہ والٹ کارڈ
format-leaflet-a5 = تہ کیا ہوا لیفلیٹ (A5)

## The discreet wallet card: someone else may find it, so nothing on it may say what it is
## about. Never use words such as abuse, revenge porn, police, intimate, images or photos
## in these messages: the build refuses a discreet card containing them.

# PDF title of the discreet card: shown in the viewer's title bar and in file lists.
discreet-title = مفید نمبر
# Front of the discreet card: its heading.
discreet-front-heading = مفید نمبر
# Front of the discreet card, under the heading.
discreet-front-body = جب بھی آپ کو ضرورت ہو، مفت اور رازدارانہ مدد۔ نمبر کارڈ کی پچھلی طرف ہیں۔
# $emergency is 999 and $non-emergency is 101, filled in by leafpress.
discreet-numbers = ہنگامی: { $emergency } · غیر ہنگامی: { $non-emergency }
discreet-keep = یہ کارڈ کسی محفوظ جگہ پر رکھیں۔
# Under the QR codes on the discreet card.
discreet-scan = ویب سائٹ کھولنے کے لیے فون کے کیمرے سے کوڈ اسکین کریں۔
# Shown on the discreet card instead of the Revenge Porn Helpline's name and web address.
discreet-label-helpline = بالغوں کے لیے رازدارانہ ہیلپ لائن

## The website: the download page and the HTML editions of the guide.
## Page titles stay neutral on purpose: they show in browser tabs and history on a shared
## phone. Never put words such as "abuse", "images" or "police" in site-name or the titles.

# The site's name, at the top of every page and as the download page's main heading.
site-name = لیفلیٹس اور کارڈز
# Browser tab title of the download page. Neutral (see above).
site-title = لیفلیٹس اور کارڈز — ڈاؤن لوڈ
# Browser tab title of the guide read online. Neutral (see above).
site-edition-title = لیفلیٹس اور کارڈز — آن لائن پڑھیں
# First link on every page, for keyboard and screen-reader users: jumps past the menus.
site-skip = مرکزی مواد پر جائیں
# The quick-exit button (as on GOV.UK): it replaces the page with a neutral website.
site-exit = اس صفحے سے نکلیں
# Under the quick-exit button, on computers with a keyboard.
site-exit-hint = یا جلدی نکلنے کے لیے Esc کا بٹن دبائیں۔
# Download page, under the main heading.
site-intro = گائیڈ آن لائن پڑھیں، یا پرنٹ کرنے کے لیے ڈاؤن لوڈ کریں۔ آپ جہاں ہیں، اس جگہ کا ایڈیشن منتخب کریں۔
# Heading of the list of languages. Each language is listed in its own name and script.
site-choose-language = زبان منتخب کریں
# Heading of the list of editions (clinic, school, police).
site-choose-venue = ایڈیشن منتخب کریں
# Link to the guide as a web page (the HTML edition).
site-read-online = آن لائن پڑھیں
# Heading of the list of PDF downloads.
site-downloads = پرنٹ کرنے کے لیے ڈاؤن لوڈ کریں
# Link to a PDF file; the format name (e.g. "Wallet card") is shown next to it.
site-download-pdf = PDF ڈاؤن لوڈ کریں
site-download-mp3 = MP3 ڈاؤن لوڈ کریں
site-download-epub = EPUB ڈاؤن لوڈ کریں
site-download-brf = BRF ڈاؤن لوڈ کریں
# Labels of the facts shown for each download.
site-page-size = صفحے کا سائز
site-pages = صفحات
site-file-size = فائل کا سائز
# Label of the list of links to the same page in other languages.
site-other-languages = دوسری زبانیں
# Link from the guide read online back to the download page.
site-all-downloads = تمام لیفلیٹس اور کارڈز
# Link to the file a print shop needs (with 3 mm bleed and trim marks), under "Download PDF".
site-print-master = پرنٹنگ پریس کے لیے فائل، بلیڈ کے ساتھ

## The venue board (`leafpress build --venue-details`): a page per venue (a clinic, school or
## police station with its own name, address and phone on its leaflets), and a list of them all.

# Heading of the list of every venue, and the link to it from the download page.
site-venues = اپنا مقام تلاش کریں
# Browser tab title of the list of venues. Neutral (see above).
site-board-title = لیفلیٹس اور کارڈز — مقامات
# Under the heading of the list of venues.
site-board-intro = ہر مقام کے اپنے لیفلیٹس اور کارڈز ہیں، جن پر اس کا نام، پتہ اور فون نمبر درج ہے۔
# Label of the box that narrows the list of venues as you type.
site-filter = نام یا شہر کے ذریعے فلٹر کریں
# Shown when no venue matches what was typed in the box.
site-filter-none = کوئی مقام نہیں ملا۔ کوئی اور نام یا شہر آزمائیں۔
# Label of a venue's address on its page.
site-address = پتہ
# Before the links to the lists of every venue's files, for print shops and web teams (a JSON and a CSV file).
site-venue-files = تمام مقامات کی فائلیں، ایک فہرست میں:
