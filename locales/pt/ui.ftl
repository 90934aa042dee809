## Labels around the guide: covers, contact lists, footers, document titles.

# Strip on every cover and card. $emergency is 999.
ui-in-danger = Em perigo imediato? Ligue { $emergency }.
ui-contacts-heading = Onde obter ajuda
ui-card-contacts-heading = Quem pode ajudar
# Wallet card: the police numbers. $non-emergency is 101, $emergency is 999.
ui-police-numbers = Polícia: { $non-emergency } (não urgente) · { $emergency } (emergência)
ui-phone = Telefone
ui-web = Site
ui-hours = Horário
# Printed on every output (RNIB, PIF TICK): readers must know other versions exist.
ui-other-languages = Este guia está disponível noutras línguas e formatos.
# Wallet card: the card is too small for full web addresses.
ui-card-more = Guia completo e links: peça o folheto ou a folha informativa A4.
# $version is like 1.0.0; $published and $review-by are dates written as YYYY-MM-DD.
ui-version = Versão { $version }, publicada em { $published }. Próxima revisão até { $review-by }.
# Printed on every page of a locale whose translation has not been checked by a qualified
# translator (status "draft" in locale.toml). Translate it; keep it short.
ui-draft-mark = Tradução provisória — ainda não verificada por um tradutor qualificado.
# Shown under a write-in line on printed copies.
ui-write-in-blank = (escreva aqui)

## Contact list descriptions, one per resource in content/resources.toml.

hours-helpline = De segunda a sexta-feira, das 10h00 às 16h00
hours-always = 24 horas por dia, 7 dias por semana
resource-helpline-description = Apoio prático e confidencial para adultos (18+), incluindo orientação sobre a remoção de conteúdos.
resource-stopncii-description = Cria uma «impressão digital» eletrónica (hash) da sua imagem ou vídeo para que as plataformas participantes possam detetar e remover carregamentos correspondentes. Adultos (18+).
resource-police-advice-description = Conselhos da polícia sobre abuso com imagens íntimas.
resource-police-report-description = Como denunciar à polícia, incluindo online.
resource-crimestoppers-description = Denuncie anonimamente.
resource-childline-description = Ajuda gratuita e confidencial para menores de 18 anos, incluindo o serviço { -report-remove } (com a organização { -internet-watch-foundation }) para remover imagens de jovens.
resource-ceop-safety-description = Conselhos de segurança online para jovens.
resource-ceop-report-description = Faça uma denúncia ao { -ceop }.
resource-nca-description = Conselhos sobre sextorsão (chantagem com imagens íntimas).

## Format names, used in titles and the download page.

format-leaflet = Folheto DL
format-card = Cartão de bolso
format-handout = Folha informativa A4
format-handout-large = Folha informativa A4 em letra grande
format-card-sheet = Cartões de bolso, 10 numa folha A4
format-card-discreet = Cartão de bolso discreto
format-leaflet-a5 = Folheto A5 dobrado

## The discreet wallet card: someone else may find it, so nothing on it may say what it is
## about. Never use words such as abuse, revenge porn, police, intimate, images or photos
## in these messages: the build refuses a discreet card containing them.

# PDF title of the discreet card: shown in the viewer's title bar and in file lists.
discreet-title = Números úteis
# Front of the discreet card: its heading.
discreet-front-heading = Números úteis
# Front of the discreet card, under the heading.
discreet-front-body = Apoio gratuito e confidencial, sempre que precisar. Os números estão no verso.
# $emergency is 999 and $non-emergency is 101, filled in by leafpress.
discreet-numbers = Emergência: { $emergency } · Não urgente: { $non-emergency }
discreet-keep = Guarde este cartão num local seguro.
# Under the QR codes on the discreet card.
discreet-scan = Leia um código com a câmara do telemóvel para abrir o site.
# Shown on the discreet card instead of the Revenge Porn Helpline's name and web address.
discreet-label-helpline = Linha de apoio confidencial para pessoas adultas

## The website: the download page and the HTML editions of the guide.
## Page titles stay neutral on purpose: they show in browser tabs and history on a shared
## phone. Never put words such as "abuse", "images" or "police" in site-name or the titles.

# The site's name, at the top of every page and as the download page's main heading.
site-name = Folhetos e cartões
# Browser tab title of the download page. Neutral (see above).
site-title = Folhetos e cartões — descarregar
# Browser tab title of the guide read online. Neutral (see above).
site-edition-title = Folhetos e cartões — ler online
# First link on every page, for keyboard and screen-reader users: jumps past the menus.
site-skip = Ir para o conteúdo principal
# The quick-exit button (as on GOV.UK): it replaces the page with a neutral website.
site-exit = Sair desta página
# Under the quick-exit button, on computers with a keyboard.
site-exit-hint = Ou prima a tecla Esc para sair rapidamente.
# Download page, under the main heading.
site-intro = Leia o guia online ou descarregue-o para imprimir. Escolha a versão para o local onde está.
# Heading of the list of languages. Each language is listed in its own name and script.
site-choose-language = Escolha uma língua
# Heading of the list of editions (clinic, school, police).
site-choose-venue = Escolha uma versão
# Link to the guide as a web page (the HTML edition).
site-read-online = Ler online
# Heading of the list of PDF downloads.
site-downloads = Descarregar para imprimir
# Link to a PDF file; the format name (e.g. "Wallet card") is shown next to it.
site-download-pdf = Descarregar PDF
site-download-mp3 = Descarregar MP3
site-download-epub = Descarregar EPUB
site-download-brf = Descarregar BRF
# Labels of the facts shown for each download.
site-page-size = Tamanho da página
site-pages = Páginas
site-file-size = Tamanho do ficheiro
# Label of the list of links to the same page in other languages.
site-other-languages = Outras línguas
# Link from the guide read online back to the download page.
site-all-downloads = Todos os folhetos e cartões
# Link to the file a print shop needs (with 3 mm bleed and trim marks), under "Download PDF".
site-print-master = Ficheiro para a gráfica, com sangria

## The venue board (`leafpress build --venue-details`): a page per venue (a clinic, school or
## police station with its own name, address and phone on its leaflets), and a list of them all.

# Heading of the list of every venue, and the link to it from the download page.
site-venues = Encontre o seu local
# Browser tab title of the list of venues. Neutral (see above).
site-board-title = Folhetos e cartões — locais
# Under the heading of the list of venues.
site-board-intro = Cada local tem os seus próprios folhetos e cartões, com o nome, a morada e o número de telefone.
# Label of the box that narrows the list of venues as you type.
site-filter = Filtrar por nome ou localidade
# Shown when no venue matches what was typed in the box.
site-filter-none = Nenhum local corresponde. Experimente outro nome ou localidade.
# Label of a venue's address on its page.
site-address = Morada
# Before the links to the lists of every venue's files, for print shops and web teams (a JSON and a CSV file).
site-venue-files = Os ficheiros de todos os locais, numa lista:
