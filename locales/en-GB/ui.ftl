## Labels around the guide: covers, contact lists, footers, document titles.

# Strip on every cover and card. $emergency is 999.
ui-in-danger = In immediate danger? Call { $emergency }.
ui-contacts-heading = Where to get help
ui-card-contacts-heading = Who can help
# Wallet card: the police numbers. $non-emergency is 101, $emergency is 999.
ui-police-numbers = Police: { $non-emergency } (non-emergency) · { $emergency } (emergency)
ui-phone = Phone
ui-web = Web
ui-hours = Hours
# Printed on every output (RNIB, PIF TICK): readers must know other versions exist.
ui-other-languages = This guide is available in other languages and formats.
# Wallet card: the card is too small for full web addresses.
ui-card-more = Full guide and links: ask for the leaflet or handout.
# $version is like 1.0.0; $published and $review-by are dates written as YYYY-MM-DD.
ui-version = Version { $version }, published { $published }. Next review by { $review-by }.
# Printed on every page of a locale whose translation has not been checked by a qualified
# translator (status "draft" in locale.toml). Translate it; keep it short.
ui-draft-mark = Draft translation — not yet checked by a qualified translator.
# Shown under a write-in line on printed copies.
ui-write-in-blank = (write here)

## Contact list descriptions, one per resource in content/resources.toml.

hours-helpline = Monday to Friday, 10am to 4pm
hours-always = 24 hours a day, 7 days a week
resource-helpline-description = Confidential, practical support for adults (18+), including takedown guidance.
resource-stopncii-description = Creates a “digital fingerprint” (hash) of your image or video so participating platforms can detect and remove matching uploads. Adults (18+).
resource-police-advice-description = Police advice on intimate image abuse.
resource-police-report-description = How to report it to the police, including online.
resource-crimestoppers-description = Report anonymously.
resource-childline-description = Free, confidential help for under-18s, including { -report-remove } (with the { -internet-watch-foundation }) to get images of young people taken down.
resource-ceop-safety-description = Online safety advice for young people.
resource-ceop-report-description = Make a report to { -ceop }.
resource-nca-description = Advice on sextortion (being blackmailed with intimate images).

## Format names, used in titles and the download page.

format-leaflet = DL leaflet
format-card = Wallet card
format-handout = A4 handout
