## Labels around the guide: covers, contact lists, footers, document titles.

# Strip on every cover and card. $emergency is 999.
ui-in-danger = Вам загрожує безпосередня небезпека? Телефонуйте за номером { $emergency }.
ui-contacts-heading = Де отримати допомогу
ui-card-contacts-heading = Хто може допомогти
# Wallet card: the police numbers. $non-emergency is 101, $emergency is 999.
ui-police-numbers = Поліція: { $non-emergency } (не екстрені випадки) · { $emergency } (екстрені випадки)
ui-phone = Телефон
ui-web = Вебсайт
ui-hours = Години роботи
# Printed on every output (RNIB, PIF TICK): readers must know other versions exist.
ui-other-languages = Цей посібник доступний іншими мовами та в інших форматах.
# Wallet card: the card is too small for full web addresses.
ui-card-more = Повний посібник і посилання: попросіть буклет або інформаційний аркуш.
# $version is like 1.0.0; $published and $review-by are dates written as YYYY-MM-DD.
ui-version = Версія { $version }, опубліковано { $published }. Наступний перегляд — до { $review-by }.
# Printed on every page of a locale whose translation has not been checked by a qualified
# translator (status "draft" in locale.toml). Translate it; keep it short.
ui-draft-mark = Чернетка: переклад ще не перевірив фаховий перекладач.
# Shown under a write-in line on printed copies.
ui-write-in-blank = (напишіть тут)

## Contact list descriptions, one per resource in content/resources.toml.

hours-helpline = З понеділка по п’ятницю, з 10:00 до 16:00
hours-always = Цілодобово, 7 днів на тиждень
resource-helpline-description = Конфіденційна практична підтримка для дорослих (18+), зокрема поради щодо видалення матеріалів.
resource-stopncii-description = Створює «цифровий відбиток» (хеш) вашого зображення чи відео, щоб платформи-учасниці могли виявляти та видаляти відповідні завантаження. Для дорослих (18+).
resource-police-advice-description = Поради поліції щодо зловживань інтимними зображеннями.
resource-police-report-description = Як повідомити про це поліції, зокрема онлайн.
resource-crimestoppers-description = Повідомте анонімно.
resource-childline-description = Безкоштовна конфіденційна допомога для осіб до 18 років, зокрема сервіс { -report-remove } (спільно з організацією { -internet-watch-foundation }), щоб домогтися видалення зображень молодих людей.
resource-ceop-safety-description = Поради з безпеки в інтернеті для молоді.
resource-ceop-report-description = Подайте повідомлення до служби { -ceop }.
resource-nca-description = Поради щодо секс-вимагання (шантажу інтимними зображеннями).

## Format names, used in titles and the download page.

format-leaflet = Буклет DL
format-card = Картка для гаманця
format-handout = Інформаційний аркуш A4
format-handout-large = Інформаційний аркуш A4 великим шрифтом
format-card-sheet = Картки для гаманця, 10 на аркуші A4
format-card-discreet = Непримітна картка для гаманця
format-leaflet-a5 = Складаний буклет A5

## The discreet wallet card: someone else may find it, so nothing on it may say what it is
## about. Never use words such as abuse, revenge porn, police, intimate, images or photos
## in these messages: the build refuses a discreet card containing them.

# PDF title of the discreet card: shown in the viewer's title bar and in file lists.
discreet-title = Корисні номери
# Front of the discreet card: its heading.
discreet-front-heading = Корисні номери
# Front of the discreet card, under the heading.
discreet-front-body = Безкоштовна конфіденційна підтримка, коли вона вам потрібна. Номери — на звороті.
# $emergency is 999 and $non-emergency is 101, filled in by leafpress.
discreet-numbers = Екстрені випадки: { $emergency } · Не екстрені випадки: { $non-emergency }
discreet-keep = Зберігайте цю картку в безпечному місці.
# Under the QR codes on the discreet card.
discreet-scan = Відскануйте код камерою телефону, щоб відкрити вебсайт.
# Shown on the discreet card instead of the Revenge Porn Helpline's name and web address.
discreet-label-helpline = Конфіденційна лінія підтримки для дорослих

## The website: the download page and the HTML editions of the guide.
## Page titles stay neutral on purpose: they show in browser tabs and history on a shared
## phone. Never put words such as "abuse", "images" or "police" in site-name or the titles.

# The site's name, at the top of every page and as the download page's main heading.
site-name = Буклети та картки
# Browser tab title of the download page. Neutral (see above).
site-title = Буклети та картки — завантажити
# Browser tab title of the guide read online. Neutral (see above).
site-edition-title = Буклети та картки — читати онлайн
# First link on every page, for keyboard and screen-reader users: jumps past the menus.
site-skip = Перейти до основного вмісту
# The quick-exit button (as on GOV.UK): it replaces the page with a neutral website.
site-exit = Вийти з цієї сторінки
# Under the quick-exit button, on computers with a keyboard.
site-exit-hint = Або натисніть клавішу Esc, щоб швидко вийти.
# Download page, under the main heading.
site-intro = Прочитайте посібник онлайн або завантажте його, щоб надрукувати. Виберіть версію для місця, де ви перебуваєте.
# Heading of the list of languages. Each language is listed in its own name and script.
site-choose-language = Виберіть мову
# Heading of the list of editions (clinic, school, police).
site-choose-venue = Виберіть версію
# Link to the guide as a web page (the HTML edition).
site-read-online = Читати онлайн
# Heading of the list of PDF downloads.
site-downloads = Завантажити для друку
# Link to a PDF file; the format name (e.g. "Wallet card") is shown next to it.
site-download-pdf = Завантажити PDF
site-download-mp3 = Завантажити MP3
site-download-epub = Завантажити EPUB
site-download-brf = Завантажити BRF
# Labels of the facts shown for each download.
site-page-size = Розмір сторінки
site-pages = Кількість сторінок
site-file-size = Розмір файлу
# Label of the list of links to the same page in other languages.
site-other-languages = Інші мови
# Link from the guide read online back to the download page.
site-all-downloads = Усі буклети та картки
# Link to the file a print shop needs (with 3 mm bleed and trim marks), under "Download PDF".
site-print-master = Файл для друкарні, з вильотами під обріз

## The venue board (`leafpress build --venue-details`): a page per venue (a clinic, school or
## police station with its own name, address and phone on its leaflets), and a list of them all.

# Heading of the list of every venue, and the link to it from the download page.
site-venues = Знайдіть свій заклад
# Browser tab title of the list of venues. Neutral (see above).
site-board-title = Буклети та картки — заклади
# Under the heading of the list of venues.
site-board-intro = Кожен заклад має власні буклети та картки з його назвою, адресою і номером телефону.
# Label of the box that narrows the list of venues as you type.
site-filter = Фільтр за назвою або містом
# Shown when no venue matches what was typed in the box.
site-filter-none = Жоден заклад не відповідає. Спробуйте іншу назву або місто.
# Label of a venue's address on its page.
site-address = Адреса
# Before the links to the lists of every venue's files, for print shops and web teams (a JSON and a CSV file).
site-venue-files = Файли всіх закладів у вигляді списку:
