## Labels around the guide: covers, contact lists, footers, document titles.

# Strip on every cover and card. $emergency is 999.
ui-in-danger = ¿Estás en peligro inmediato? Llama al { $emergency }.
ui-contacts-heading = Dónde conseguir ayuda
ui-card-contacts-heading = Quién puede ayudarte
# Wallet card: the police numbers. $non-emergency is 101, $emergency is 999.
ui-police-numbers = Policía: { $non-emergency } (no urgente) · { $emergency } (emergencias)
ui-phone = Teléfono
ui-web = Web
ui-hours = Horario
# Printed on every output (RNIB, PIF TICK): readers must know other versions exist.
ui-other-languages = Esta guía está disponible en otros idiomas y formatos.
# Wallet card: the card is too small for full web addresses.
ui-card-more = Guía completa y enlaces: pide el folleto o la hoja informativa.
# $version is like 1.0.0; $published and $review-by are dates written as YYYY-MM-DD.
ui-version = Versión { $version }, publicada el { $published }. Próxima revisión: a más tardar el { $review-by }.
# Printed on every page of a locale whose translation has not been checked by a qualified
# translator (status "draft" in locale.toml). Translate it; keep it short.
ui-draft-mark = Traducción provisional, sin revisar por un traductor cualificado.
# Shown under a write-in line on printed copies.
ui-write-in-blank = (escribe aquí)

## Contact list descriptions, one per resource in content/resources.toml.

hours-helpline = De lunes a viernes, de 10:00 a 16:00
hours-always = 24 horas al día, 7 días a la semana
resource-helpline-description = Apoyo confidencial y práctico para adultos (18+), incluida orientación para retirar contenidos.
resource-stopncii-description = Crea una «huella digital» (hash) de tu imagen o vídeo para que las plataformas participantes puedan detectar y eliminar las subidas que coincidan. Adultos (18+).
resource-police-advice-description = Consejos de la policía sobre el abuso con imágenes íntimas.
resource-police-report-description = Cómo denunciarlo a la policía, también por internet.
resource-crimestoppers-description = Denuncia de forma anónima.
resource-childline-description = Ayuda gratuita y confidencial para menores de 18 años, incluido { -report-remove } (con la { -internet-watch-foundation }) para conseguir que se retiren imágenes de personas jóvenes.
resource-ceop-safety-description = Consejos de seguridad en internet para jóvenes.
resource-ceop-report-description = Presenta una denuncia ante { -ceop }.
resource-nca-description = Consejos sobre la sextorsión (cuando te chantajean con imágenes íntimas).

## Format names, used in titles and the download page.

format-leaflet = Folleto DL
format-card = Tarjeta de bolsillo
format-handout = Hoja informativa A4
format-handout-large = Hoja informativa A4 en letra grande
format-card-sheet = Tarjetas de bolsillo, 10 en una hoja A4
format-card-discreet = Tarjeta de bolsillo discreta
format-leaflet-a5 = Folleto A5 plegado

## The discreet wallet card: someone else may find it, so nothing on it may say what it is
## about. Never use words such as abuse, revenge porn, police, intimate, images or photos
## in these messages: the build refuses a discreet card containing them.

# PDF title of the discreet card: shown in the viewer's title bar and in file lists.
discreet-title = Números útiles
# Front of the discreet card: its heading.
discreet-front-heading = Números útiles
# Front of the discreet card, under the heading.
discreet-front-body = Apoyo gratuito y confidencial, siempre que lo necesites. Los números están al dorso.
# $emergency is 999 and $non-emergency is 101, filled in by leafpress.
discreet-numbers = Emergencias: { $emergency } · No urgente: { $non-emergency }
discreet-keep = Guarda esta tarjeta en un lugar seguro.
# Under the QR codes on the discreet card.
discreet-scan = Escanea un código con la cámara del móvil para abrir la web.
# Shown on the discreet card instead of the Revenge Porn Helpline's name and web address.
discreet-label-helpline = Línea de apoyo confidencial para personas adultas

## The website: the download page and the HTML editions of the guide.
## Page titles stay neutral on purpose: they show in browser tabs and history on a shared
## phone. Never put words such as "abuse", "images" or "police" in site-name or the titles.

# The site's name, at the top of every page and as the download page's main heading.
site-name = Folletos y tarjetas
# Browser tab title of the download page. Neutral (see above).
site-title = Folletos y tarjetas — descargar
# Browser tab title of the guide read online. Neutral (see above).
site-edition-title = Folletos y tarjetas — leer en internet
# First link on every page, for keyboard and screen-reader users: jumps past the menus.
site-skip = Saltar al contenido principal
# The quick-exit button (as on GOV.UK): it replaces the page with a neutral website.
site-exit = Salir de esta página
# Under the quick-exit button, on computers with a keyboard.
site-exit-hint = O pulsa la tecla Esc para salir rápido.
# Download page, under the main heading.
site-intro = Lee la guía en internet o descárgala para imprimirla. Elige la versión para el lugar donde estás.
# Heading of the list of languages. Each language is listed in its own name and script.
site-choose-language = Elige un idioma
# Heading of the list of editions (clinic, school, police).
site-choose-venue = Elige una versión
# Link to the guide as a web page (the HTML edition).
site-read-online = Leer en internet
# Heading of the list of PDF downloads.
site-downloads = Descargar para imprimir
# Link to a PDF file; the format name (e.g. "Wallet card") is shown next to it.
site-download-pdf = Descargar PDF
site-download-mp3 = Descargar MP3
site-download-epub = Descargar EPUB
site-download-brf = Descargar BRF
# Labels of the facts shown for each download.
site-page-size = Tamaño de página
site-pages = Páginas
site-file-size = Tamaño del archivo
# Label of the list of links to the same page in other languages.
site-other-languages = Otros idiomas
# Link from the guide read online back to the download page.
site-all-downloads = Todos los folletos y tarjetas
# Link to the file a print shop needs (with 3 mm bleed and trim marks), under "Download PDF".
site-print-master = Archivo para imprenta, con sangrado

## The venue board (`leafpress build --venue-details`): a page per venue (a clinic, school or
## police station with its own name, address and phone on its leaflets), and a list of them all.

# Heading of the list of every venue, and the link to it from the download page.
site-venues = Busca tu centro
# Browser tab title of the list of venues. Neutral (see above).
site-board-title = Folletos y tarjetas — centros
# Under the heading of the list of venues.
site-board-intro = Cada centro tiene sus propios folletos y tarjetas, con su nombre, dirección y número de teléfono.
# Label of the box that narrows the list of venues as you type.
site-filter = Filtra por nombre o localidad
# Shown when no venue matches what was typed in the box.
site-filter-none = Ningún centro coincide. Prueba con otro nombre o localidad.
# Label of a venue's address on its page.
site-address = Dirección
# Before the links to the lists of every venue's files, for print shops and web teams (a JSON and a CSV file).
site-venue-files = Los archivos de todos los centros, en una lista:
