## Labels around the guide: covers, contact lists, footers, document titles.

# Strip on every cover and card. $emergency is 999.
ui-in-danger = În pericol imediat? Sună la { $emergency }.
ui-contacts-heading = Unde găsești ajutor
ui-card-contacts-heading = Cine te poate ajuta
# Wallet card: the police numbers. $non-emergency is 101, $emergency is 999.
ui-police-numbers = Poliția: { $non-emergency } (nu e urgență) · { $emergency } (urgență)
ui-phone = Telefon
ui-web = Web
ui-hours = Program
# Printed on every output (RNIB, PIF TICK): readers must know other versions exist.
ui-other-languages = Acest ghid este disponibil și în alte limbi și formate.
# Wallet card: the card is too small for full web addresses.
ui-card-more = Ghidul complet și linkurile: cere pliantul sau fișa A4.
# $version is like 1.0.0; $published and $review-by are dates written as YYYY-MM-DD.
ui-version = Versiunea { $version }, publicată la { $published }. Următoarea revizuire până la { $review-by }.
# Printed on every page of a locale whose translation has not been checked by a qualified
# translator (status "draft" in locale.toml). Translate it; keep it short.
ui-draft-mark = Traducere provizorie — neverificată încă de un traducător calificat.
# Shown under a write-in line on printed copies.
ui-write-in-blank = (scrie aici)

## Contact list descriptions, one per resource in content/resources.toml.

hours-helpline = De luni până vineri, 10:00–16:00
hours-always = 24 de ore din 24, 7 zile din 7
resource-helpline-description = Sprijin practic și confidențial pentru adulți (18+), inclusiv îndrumări pentru eliminarea conținutului.
resource-stopncii-description = Creează o „amprentă digitală” (hash) a imaginii sau a videoclipului tău, astfel încât platformele participante să poată detecta și elimina încărcările identice. Adulți (18+).
resource-police-advice-description = Sfaturile poliției despre abuzul cu imagini intime.
resource-police-report-description = Cum raportezi poliției, inclusiv online.
resource-crimestoppers-description = Raportează anonim.
resource-childline-description = Ajutor gratuit și confidențial pentru tinerii sub 18 ani, inclusiv { -report-remove } (împreună cu organizația { -internet-watch-foundation }), pentru eliminarea imaginilor cu tineri.
resource-ceop-safety-description = Sfaturi de siguranță online pentru tineri.
resource-ceop-report-description = Fă o sesizare la { -ceop }.
resource-nca-description = Sfaturi despre sextorsiune (șantajul cu imagini intime).

## Format names, used in titles and the download page.

format-leaflet = Pliant DL
format-card = Card de portofel
format-handout = Fișă A4
