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
