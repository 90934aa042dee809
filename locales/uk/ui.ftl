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
