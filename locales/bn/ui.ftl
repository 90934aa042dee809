## Labels around the guide: covers, contact lists, footers, document titles.

# Strip on every cover and card. $emergency is 999.
ui-in-danger = আপনি কি তাৎক্ষণিক বিপদে আছেন? { $emergency } নম্বরে কল করুন।
ui-contacts-heading = কোথায় সাহায্য পাবেন
ui-card-contacts-heading = কে সাহায্য করতে পারে
# Wallet card: the police numbers. $non-emergency is 101, $emergency is 999.
ui-police-numbers = পুলিশ: { $non-emergency } (জরুরি নয়) · { $emergency } (জরুরি)
ui-phone = ফোন
ui-web = ওয়েব
ui-hours = সময়
# Printed on every output (RNIB, PIF TICK): readers must know other versions exist.
ui-other-languages = এই নির্দেশিকাটি অন্যান্য ভাষা ও ফরম্যাটেও পাওয়া যায়।
# Wallet card: the card is too small for full web addresses.
ui-card-more = সম্পূর্ণ নির্দেশিকা ও লিংক: লিফলেট বা হ্যান্ডআউটটি চেয়ে নিন।
# $version is like 1.0.0; $published and $review-by are dates written as YYYY-MM-DD.
ui-version = সংস্করণ { $version }, প্রকাশিত { $published }। পরবর্তী পর্যালোচনার শেষ তারিখ: { $review-by }।
# Printed on every page of a locale whose translation has not been checked by a qualified
# translator (status "draft" in locale.toml). Translate it; keep it short.
ui-draft-mark = খসড়া অনুবাদ — এখনও কোনো যোগ্য অনুবাদক যাচাই করেননি।
# Shown under a write-in line on printed copies.
ui-write-in-blank = (এখানে লিখুন)

## Contact list descriptions, one per resource in content/resources.toml.

hours-helpline = সোমবার থেকে শুক্রবার, সকাল 10টা থেকে বিকেল 4টা
hours-always = দিনে 24 ঘণ্টা, সপ্তাহে 7 দিন
resource-helpline-description = প্রাপ্তবয়স্কদের (18+) জন্য গোপনীয়, ব্যবহারিক সহায়তা, কনটেন্ট সরানোর বিষয়ে নির্দেশনাসহ।
resource-stopncii-description = আপনার ছবি বা ভিডিওর একটি “ডিজিটাল ফিঙ্গারপ্রিন্ট” (হ্যাশ) তৈরি করে, যাতে অংশগ্রহণকারী প্ল্যাটফর্মগুলো মিলে যাওয়া আপলোড শনাক্ত করে সরিয়ে দিতে পারে। প্রাপ্তবয়স্কদের জন্য (18+)।
resource-police-advice-description = অন্তরঙ্গ ছবি নিয়ে নির্যাতন বিষয়ে পুলিশের পরামর্শ।
resource-police-report-description = কীভাবে পুলিশের কাছে রিপোর্ট করবেন, অনলাইনেও।
resource-crimestoppers-description = পরিচয় গোপন রেখে রিপোর্ট করুন।
resource-childline-description = 18 বছরের কম বয়সীদের জন্য বিনামূল্যে, গোপনীয় সাহায্য, যার মধ্যে তরুণদের ছবি সরিয়ে নেওয়ার জন্য { -report-remove } ব্যবস্থাও ({ -internet-watch-foundation } সংস্থার সঙ্গে মিলে) রয়েছে।
resource-ceop-safety-description = তরুণদের জন্য অনলাইন নিরাপত্তা বিষয়ে পরামর্শ।
resource-ceop-report-description = { -ceop } সংস্থার কাছে রিপোর্ট করুন।
resource-nca-description = সেক্সটর্শন (অন্তরঙ্গ ছবি দিয়ে ব্ল্যাকমেইলের শিকার হওয়া) বিষয়ে পরামর্শ।

## Format names, used in titles and the download page.

format-leaflet = DL লিফলেট
format-card = ওয়ালেট কার্ড
format-handout = A4 হ্যান্ডআউট
format-handout-large = বড় হরফের A4 হ্যান্ডআউট
format-card-sheet = ওয়ালেট কার্ড, একটি A4 শিটে 10টি
format-card-discreet = সাদামাটা ওয়ালেট কার্ড
format-leaflet-a5 = ভাঁজ করা A5 লিফলেট

## The discreet wallet card: someone else may find it, so nothing on it may say what it is
## about. Never use words such as abuse, revenge porn, police, intimate, images or photos
## in these messages: the build refuses a discreet card containing them.

# PDF title of the discreet card: shown in the viewer's title bar and in file lists.
discreet-title = দরকারি নম্বর
# Front of the discreet card: its heading.
discreet-front-heading = দরকারি নম্বর
# Front of the discreet card, under the heading.
discreet-front-body = যখনই দরকার, বিনামূল্যে গোপনীয় সহায়তা পাবেন। নম্বরগুলো পেছনে দেওয়া আছে।
# $emergency is 999 and $non-emergency is 101, filled in by leafpress.
discreet-numbers = জরুরি: { $emergency } · জরুরি নয়: { $non-emergency }
discreet-keep = এই কার্ডটি কোনো নিরাপদ জায়গায় রাখুন।
# Under the QR codes on the discreet card.
discreet-scan = ওয়েবসাইট খুলতে ফোনের ক্যামেরা দিয়ে একটি কোড স্ক্যান করুন।
# Shown on the discreet card instead of the Revenge Porn Helpline's name and web address.
discreet-label-helpline = প্রাপ্তবয়স্কদের জন্য গোপনীয় হেল্পলাইন

## The website: the download page and the HTML editions of the guide.
## Page titles stay neutral on purpose: they show in browser tabs and history on a shared
## phone. Never put words such as "abuse", "images" or "police" in site-name or the titles.

# The site's name, at the top of every page and as the download page's main heading.
site-name = লিফলেট ও কার্ড
# Browser tab title of the download page. Neutral (see above).
site-title = লিফলেট ও কার্ড — ডাউনলোড
# Browser tab title of the guide read online. Neutral (see above).
site-edition-title = লিফলেট ও কার্ড — অনলাইনে পড়ুন
# First link on every page, for keyboard and screen-reader users: jumps past the menus.
site-skip = মূল বিষয়বস্তুতে যান
# The quick-exit button (as on GOV.UK): it replaces the page with a neutral website.
site-exit = এই পৃষ্ঠা থেকে বেরিয়ে যান
# Under the quick-exit button, on computers with a keyboard.
site-exit-hint = অথবা দ্রুত বেরিয়ে যেতে Esc বোতাম চাপুন।
# Download page, under the main heading.
site-intro = নির্দেশিকাটি অনলাইনে পড়ুন, অথবা প্রিন্ট করার জন্য ডাউনলোড করুন। আপনি যেখানে আছেন, সেই জায়গার সংস্করণটি বেছে নিন।
# Heading of the list of languages. Each language is listed in its own name and script.
site-choose-language = ভাষা বেছে নিন
# Heading of the list of editions (clinic, school, police).
site-choose-venue = সংস্করণ বেছে নিন
# Link to the guide as a web page (the HTML edition).
site-read-online = অনলাইনে পড়ুন
# Heading of the list of PDF downloads.
site-downloads = প্রিন্ট করার জন্য ডাউনলোড করুন
# Link to a PDF file; the format name (e.g. "Wallet card") is shown next to it.
site-download-pdf = PDF ডাউনলোড করুন
site-download-mp3 = MP3 ডাউনলোড করুন
site-download-epub = EPUB ডাউনলোড করুন
site-download-brf = BRF ডাউনলোড করুন
# Labels of the facts shown for each download.
site-page-size = পৃষ্ঠার মাপ
site-pages = পৃষ্ঠা
site-file-size = ফাইলের মাপ
# Label of the list of links to the same page in other languages.
site-other-languages = অন্যান্য ভাষা
# Link from the guide read online back to the download page.
site-all-downloads = সব লিফলেট ও কার্ড
# Link to the file a print shop needs (with 3 mm bleed and trim marks), under "Download PDF".
site-print-master = ছাপাখানার জন্য ফাইল, ব্লিড সহ

## The venue board (`leafpress build --venue-details`): a page per venue (a clinic, school or
## police station with its own name, address and phone on its leaflets), and a list of them all.

# Heading of the list of every venue, and the link to it from the download page.
site-venues = আপনার প্রতিষ্ঠান খুঁজুন
# Browser tab title of the list of venues. Neutral (see above).
site-board-title = লিফলেট ও কার্ড — প্রতিষ্ঠান
# Under the heading of the list of venues.
site-board-intro = প্রতিটি প্রতিষ্ঠানের নিজস্ব লিফলেট ও কার্ড আছে, তাতে তার নাম, ঠিকানা ও ফোন নম্বর থাকে।
# Label of the box that narrows the list of venues as you type.
site-filter = নাম বা শহর দিয়ে ফিল্টার করুন
# Shown when no venue matches what was typed in the box.
site-filter-none = কোনো প্রতিষ্ঠান মেলেনি। অন্য নাম বা শহর দিয়ে চেষ্টা করুন।
# Label of a venue's address on its page.
site-address = ঠিকানা
# Before the links to the lists of every venue's files, for print shops and web teams (a JSON and a CSV file).
site-venue-files = সব প্রতিষ্ঠানের ফাইল, একটি তালিকা হিসেবে:
