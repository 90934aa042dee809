## Labels around the guide: covers, contact lists, footers, document titles.

# Strip on every cover and card. $emergency is 999.
ui-in-danger = هل أنت في خطر مباشر؟ اتصل بالرقم { $emergency }.
ui-contacts-heading = أين تحصل على المساعدة
ui-card-contacts-heading = مَن يمكنه المساعدة
# Wallet card: the police numbers. $non-emergency is 101, $emergency is 999.
ui-police-numbers = الشرطة: { $non-emergency } (لغير الطوارئ) · { $emergency } (للطوارئ)
ui-phone = الهاتف
ui-web = الموقع الإلكتروني
ui-hours = ساعات العمل
# Printed on every output (RNIB, PIF TICK): readers must know other versions exist.
ui-other-languages = هذا الدليل متوفر بلغات وصيغ أخرى.
# Wallet card: the card is too small for full web addresses.
ui-card-more = الدليل الكامل والروابط: اطلب المطوية أو النشرة.
# $version is like 1.0.0; $published and $review-by are dates written as YYYY-MM-DD.
ui-version = الإصدار { $version }، نُشر في { $published }. المراجعة القادمة في موعد أقصاه { $review-by }.
# Printed on every page of a locale whose translation has not been checked by a qualified
# translator (status "draft" in locale.toml). Translate it; keep it short.
ui-draft-mark = ترجمة أولية — لم يراجعها مترجم مؤهل بعد.
# Shown under a write-in line on printed copies.
ui-write-in-blank = (اكتب هنا)

## Contact list descriptions, one per resource in content/resources.toml.

hours-helpline = من الاثنين إلى الجمعة، من الساعة 10 صباحًا حتى 4 مساءً
hours-always = على مدار 24 ساعة، 7 أيام في الأسبوع
resource-helpline-description = دعم عملي وسري للبالغين (18 عامًا فأكثر)، بما في ذلك إرشادات حول إزالة المحتوى.
resource-stopncii-description = ينشئ «بصمة رقمية» (رمز تجزئة) لصورتك أو للفيديو الخاص بك حتى تتمكن المنصات المشاركة من اكتشاف المحتوى المطابق الذي يُرفع وإزالته. للبالغين (18 عامًا فأكثر).
resource-police-advice-description = نصائح الشرطة بشأن إساءة استخدام الصور الحميمة.
resource-police-report-description = كيفية الإبلاغ للشرطة، بما في ذلك عبر الإنترنت.
resource-crimestoppers-description = أبلغ دون الكشف عن هويتك.
resource-childline-description = مساعدة مجانية وسرية لمن هم دون 18 عامًا، بما في ذلك خدمة { -report-remove } (بالتعاون مع { -internet-watch-foundation }) لإزالة صور صغار السن.
resource-ceop-safety-description = نصائح للسلامة على الإنترنت لصغار السن.
resource-ceop-report-description = قدّم بلاغًا إلى { -ceop }.
resource-nca-description = نصائح حول الابتزاز الجنسي (التعرّض للابتزاز بصور حميمة).

## Format names, used in titles and the download page.

format-leaflet = مطوية بحجم DL
format-card = بطاقة بحجم المحفظة
format-handout = نشرة بحجم A4
format-handout-large = نشرة بحجم A4 بخط كبير
format-card-sheet = بطاقات بحجم المحفظة، 10 على ورقة بحجم A4
format-card-discreet = بطاقة بحجم المحفظة لا تلفت الانتباه
format-leaflet-a5 = مطوية بحجم A5

## The discreet wallet card: someone else may find it, so nothing on it may say what it is
## about. Never use words such as abuse, revenge porn, police, intimate, images or photos
## in these messages: the build refuses a discreet card containing them.

# PDF title of the discreet card: shown in the viewer's title bar and in file lists.
discreet-title = أرقام مفيدة
# Front of the discreet card: its heading.
discreet-front-heading = أرقام مفيدة
# Front of the discreet card, under the heading.
discreet-front-body = دعم مجاني وسري متى احتجت إليه. الأرقام على ظهر البطاقة.
# $emergency is 999 and $non-emergency is 101, filled in by leafpress.
discreet-numbers = للطوارئ: { $emergency } · لغير الطوارئ: { $non-emergency }
discreet-keep = يُرجى الاحتفاظ بهذه البطاقة في مكان آمن.
# Under the QR codes on the discreet card.
discreet-scan = يمكنك مسح رمز بكاميرا الهاتف لفتح الموقع الإلكتروني.
# Shown on the discreet card instead of the Revenge Porn Helpline's name and web address.
discreet-label-helpline = خط مساعدة سري للبالغين

## The website: the download page and the HTML editions of the guide.
## Page titles stay neutral on purpose: they show in browser tabs and history on a shared
## phone. Never put words such as "abuse", "images" or "police" in site-name or the titles.

# The site's name, at the top of every page and as the download page's main heading.
site-name = مطويات وبطاقات
# Browser tab title of the download page. Neutral (see above).
site-title = مطويات وبطاقات — التنزيل
# Browser tab title of the guide read online. Neutral (see above).
site-edition-title = مطويات وبطاقات — القراءة عبر الإنترنت
# First link on every page, for keyboard and screen-reader users: jumps past the menus.
site-skip = انتقل إلى المحتوى الرئيسي
# The quick-exit button (as on GOV.UK): it replaces the page with a neutral website.
site-exit = اخرج من هذه الصفحة
# Under the quick-exit button, on computers with a keyboard.
site-exit-hint = أو اضغط على مفتاح Esc للخروج بسرعة.
# Download page, under the main heading.
site-intro = اقرأ الدليل عبر الإنترنت، أو نزّله لطباعته. اختر النسخة المناسبة للمكان الذي أنت فيه.
# Heading of the list of languages. Each language is listed in its own name and script.
site-choose-language = اختر لغة
# Heading of the list of editions (clinic, school, police).
site-choose-venue = اختر نسخة
# Link to the guide as a web page (the HTML edition).
site-read-online = اقرأ عبر الإنترنت
# Heading of the list of PDF downloads.
site-downloads = التنزيل للطباعة
# Link to a PDF file; the format name (e.g. "Wallet card") is shown next to it.
site-download-pdf = تنزيل ملف PDF
site-download-mp3 = تنزيل ملف MP3
site-download-epub = تنزيل ملف EPUB
site-download-brf = تنزيل ملف BRF
# Labels of the facts shown for each download.
site-page-size = حجم الصفحة
site-pages = عدد الصفحات
site-file-size = حجم الملف
# Label of the list of links to the same page in other languages.
site-other-languages = لغات أخرى
# Link from the guide read online back to the download page.
site-all-downloads = كل المطويات والبطاقات
# Link to the file a print shop needs (with 3 mm bleed and trim marks), under "Download PDF".
site-print-master = ملف للمطبعة، مع هامش للقص

## The venue board (`leafpress build --venue-details`): a page per venue (a clinic, school or
## police station with its own name, address and phone on its leaflets), and a list of them all.

# Heading of the list of every venue, and the link to it from the download page.
site-venues = ابحث عن مكانك
# Browser tab title of the list of venues. Neutral (see above).
site-board-title = مطويات وبطاقات — الأماكن
# Under the heading of the list of venues.
site-board-intro = لكل مكان مطوياته وبطاقاته الخاصة، وعليها اسمه وعنوانه ورقم هاتفه.
# Label of the box that narrows the list of venues as you type.
site-filter = تصفية حسب الاسم أو المدينة
# Shown when no venue matches what was typed in the box.
site-filter-none = لا يوجد مكان مطابق. جرّب اسمًا أو مدينة أخرى.
# Label of a venue's address on its page.
site-address = العنوان
# Before the links to the lists of every venue's files, for print shops and web teams (a JSON and a CSV file).
site-venue-files = ملفات كل الأماكن، في قائمة:
