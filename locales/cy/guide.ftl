## The guide itself, faithful to shared/source/guide-en-GB.txt.
## Do not rewrite the advice. Service names ({ -revenge-porn-helpline } etc.) and numbers
## ({ $emergency } etc.) are filled in by leafpress from content/: keep them exactly as they are,
## never type a name, number or web address yourself.
## A message's `.lead` attribute is printed in bold before its text.

# Cover title. "…" is one character (U+2026). The subtitle completes the sentence.
guide-title = Beth i’w wneud os…
guide-subtitle = ydych chi’n darganfod bod rhywun wedi cadw delweddau personol a anfonoch chi gan ddisgwyl iddyn nhw aros yn breifat

## Short answer

short-answer-heading = Yr ateb byr
short-answer-body = Oedwch a chanolbwyntiwch ar eich diogelwch: peidiwch â bargeinio, bygwth, nac anfon dim byd arall. Cadwch gofnod cryno (heb ail-rannu’r lluniau), a mynnwch gymorth arbenigol i leihau’r risg y bydd y lluniau’n cael eu rhannu.
# Version for editions addressed to under-18s (school): a child must never be told to view,
# save or copy the image itself, not even to show an adult (UKCIS advice, March 2024). It is
# the only advice on the school wallet card (85 × 55 mm): keep it short and unambiguous.
short-answer-body-child = Oeda a chanolbwyntia ar dy ddiogelwch: paid â bargeinio, bygwth, nac anfon dim byd arall. Paid ag edrych ar y lluniau, na’u cadw, na’u copïo na’u rhannu — dim hyd yn oed i’w dangos i oedolyn. Yn lle hynny, dywed wrth oedolyn rwyt ti’n ymddiried ynddo, a mynna gymorth arbenigol i leihau’r risg y bydd y lluniau’n cael eu rhannu.

## Do not do these things

do-not-heading = Peidiwch â gwneud y pethau hyn
do-not-send-more = Peidiwch ag anfon rhagor o luniau, “prawf”, na rhagor o fanylion personol i geisio datrys y sefyllfa.
do-not-agree-demands = Peidiwch â chytuno i ofynion (arian, rhagor o luniau, cyfarfod) — mae hyn yn aml yn gwaethygu pethau.
do-not-threaten = Peidiwch â’u bygwth yn gyhoeddus na dechrau dadl gyhoeddus; gall hynny wneud i bethau ledaenu’n gyflymach a’u gwneud yn anoddach eu tynnu i lawr.
do-not-reread = Peidiwch â dal ati i ailddarllen negeseuon sy’n peri gofid: tynnwch y sgrinluniau allweddol sydd eu hangen arnoch, yna ewch ati i archifo, distewi neu guddio’r sgwrs fel nad oes rhaid i chi edrych arni.
# Under-18 version: no screenshots (they may capture the image); the adult helping them reports.
do-not-reread-child = Paid â dal ati i ailddarllen negeseuon sy’n peri gofid: dywed wrth oedolyn rwyt ti’n ymddiried ynddo, yna dos ati i archifo, distewi neu guddio’r sgwrs fel nad oes rhaid i ti edrych arni.
do-not-meet-alone = Peidiwch â chyfarfod â nhw ar eich pen eich hun i “ddatrys pethau” os ydych chi’n teimlo unrhyw fygythiad, gorfodaeth neu risg i’ch diogelwch.

## What to do now

do-now-heading = Beth i’w wneud nawr
do-now-pause = Os yw’r person hwn gerllaw neu os ydych chi’n teimlo’n anniogel, rhowch y gorau i gysylltu â nhw am y tro ac ewch i rywle lle rydych chi’n teimlo’n ddiogel yn gorfforol.
    .lead = Cymerwch saib mewn lle tawelach a mwy diogel.
do-now-stop-flow = Cymerwch yn ganiataol y gall unrhyw beth rydych chi’n ei anfon gael ei gadw. Diffoddwch “cadw’n awtomatig i’r rholyn camera” mewn apiau negeseua, a pheidiwch ag anfon rhagor o ddelweddau personol at neb tra bo hyn yn parhau.
    .lead = Ataliwch lif deunydd newydd.
do-now-evidence = Casglwch gyn lleied o dystiolaeth ag sydd ei hangen (heb ail-rannu’r lluniau).
do-now-evidence-screenshot = Tynnwch sgrinluniau o negeseuon, bygythiadau, enwau defnyddwyr, dyddiadau/amseroedd, a dolenni.
do-now-evidence-timeline = Ysgrifennwch beth wnaethoch chi ei ddarganfod a phryd (llinell amser syml).
do-now-evidence-url = Os yw’r llun eisoes wedi’i bostio yn rhywle, copïwch y cyfeiriad(au) URL a nodwch enw’r cyfrif.
# Police edition only: officers need the original material.
do-now-evidence-police = Dewch â’r hyn sydd gennych chi i ni: y ffôn, y negeseuon a’r dolenni.
    .lead = Peidiwch â dileu dim byd.
# Under-18 editions replace the evidence steps above (UKCIS advice, March 2024).
do-now-evidence-child = Cadw gofnod heb y llun.
do-now-evidence-child-dont-save = Paid ag edrych ar y llun neu’r fideo ei hun, na’i gopïo, na’i anfon ymlaen, na’i gadw — dim hyd yn oed i’w ddangos i oedolyn neu i roi gwybod amdano.
do-now-evidence-child-timeline = Ysgrifenna beth ddigwyddodd a phryd (llinell amser syml).
do-now-evidence-child-where = Noda ble cafodd ei bostio (yr ap neu’r wefan ac enw’r cyfrif) heb agor y llun eto.
do-now-takedown = Os ydych chi’n meddwl ei bod yn debygol y bydd y lluniau’n cael eu rhannu (neu eu bod wedi’u rhannu’n barod), defnyddiwch gymorth arbenigol i’w tynnu i lawr.
do-now-takedown-helpline = Os ydych chi’n 18 oed neu’n hŷn, cysylltwch â’r llinell gymorth { -revenge-porn-helpline } i gael cymorth ymarferol, cyfrinachol (gan gynnwys arweiniad ar dynnu cynnwys i lawr).
do-now-takedown-stopncii = Ystyriwch y gwasanaeth { -stopncii }: mae’n creu “ôl bys digidol” (hash) o’ch llun/fideo ac yn rhannu’r hash hwnnw â’r platfformau sy’n cymryd rhan i helpu i ganfod/dileu uwchlwythiadau sy’n cyfateb. (Ni fydd yn dileu cynnwys ym mhobman, ond gall helpu i leihau ail-uwchlwytho ar y gwasanaethau sy’n cymryd rhan.)
do-now-report = Os oes bygythiadau, gorfodaeth, stelcio, blacmel, neu rannu heb gydsyniad, rhowch wybod amdano.
# $emergency is the UK emergency number (999), filled in by leafpress.
do-now-report-danger = Os ydych chi mewn perygl uniongyrchol, ffoniwch { $emergency }.
do-now-report-police = Fel arall, rhowch wybod i’ch heddlu lleol (gan gynnwys drwy roi gwybod ar-lein). Gallwch hefyd roi gwybod yn ddienw drwy’r gwasanaeth { -crimestoppers }.
do-now-under-18 = Os ydych chi o dan 18 oed (neu os oes unrhyw un yn y lluniau o dan 18 oed), dylech drin hyn fel mater diogelwch plant.
do-now-under-18-ceop = Gwnewch adroddiad i’r gwasanaeth { -ceop }.
do-now-under-18-report-remove = Os oes llun/fideo o berson ifanc ar-lein a’ch bod am gael help i’w dynnu i lawr, gall y gwasanaeth { -report-remove } gan { -childline } (sy’n cael ei redeg gyda’r { -internet-watch-foundation }) helpu.
do-now-accounts = Gwnewch wiriad diogelwch cyflym ar eich cyfrifon (i gyfyngu ar fynediad pellach).
do-now-accounts-password = Newidiwch gyfrinair eich e-bost yn gyntaf, yna’ch prif gyfrifon cyfryngau cymdeithasol.
do-now-accounts-2fa = Trowch ddilysu dau ffactor ymlaen.
do-now-accounts-sessions = Gwiriwch “sesiynau/dyfeisiau gweithredol” ac allgofnodwch o unrhyw beth nad ydych chi’n ei adnabod.
do-now-accounts-why = Mae hyn yn arbennig o bwysig os oedd gan y person fynediad i’ch ffôn, eich cyfrifon neu’ch storfa cwmwl.
do-now-tell-someone = Dewiswch rywun cadarn a all eich helpu i ddilyn y camau (ffrind, perthynas, gweithiwr cymorth). Gofynnwch iddyn nhw eistedd gyda chi tra byddwch chi’n gwneud yr alwadau/adroddiadau cyntaf.
    .lead = Dywedwch wrth un person diogel.
# Under-18 version of the step above.
do-now-tell-adult = Dewis rywun rwyt ti’n ymddiried ynddo: rhiant neu ofalwr, athro, { $nation ->
        [wales] neu’r Person Diogelu Dynodedig yn yr ysgol.
       *[england] neu Arweinydd Diogelu Dynodedig yr ysgol.
    } Gofynna iddyn nhw eistedd gyda ti tra byddi di’n gwneud yr alwadau/adroddiadau cyntaf.
    .lead = Dywed wrth oedolyn rwyt ti’n ymddiried ynddo.

## What can wait

can-wait-heading = Beth all aros
can-wait-decide = Does dim rhaid i chi benderfynu nawr a ydych chi am eu hwynebu, “maddau iddyn nhw”, neu ddod â’r berthynas i ben.
can-wait-confront = Os nad oes bygythiadau ac nad oes dim wedi’i rannu, does dim rhaid i chi gael gwrthdaro mawr heddiw. Gall un ffin ysgrifenedig, dawel yn nes ymlaen (e.e., “Dilëwch bob copi a pheidiwch â’u rhannu”) fod yn ddigon — a gallwch roi’r gorau i ymwneud â nhw ar ôl hynny.
can-wait-details = Does dim rhaid i chi gasglu pob manylyn cyn cysylltu â gwasanaeth cymorth; mae ychydig o sgrinluniau allweddol a llinell amser fer yn ddigon.
# Under-18 version: no screenshots.
can-wait-details-child = Does dim rhaid i ti gasglu pob manylyn cyn gofyn am help; mae dweud wrth oedolyn beth ddigwyddodd a phryd yn ddigon.

## Closing notes

reassurance-heading = Sicrwydd pwysig
reassurance-body = Mae teimlo sioc, teimlo bod rhywun wedi torri eich preifatrwydd, neu deimlo panig yn ymateb normal. Pan fydd rhywun yn cadw delweddau personol neu’n bygwth eu rhannu, gellir defnyddio hynny i’ch rheoli chi — dydych chi ddim yn gorymateb, a does dim rhaid i chi ddelio â hyn ar eich pen eich hun.
scope-heading = Am y canllaw hwn
scope-body = Dyma’r camau cyntaf i sefydlogi’r sefyllfa, lleihau’r risg uniongyrchol, a’ch cysylltu â chymorth arbenigol. Gall penderfyniadau diweddarach (camau cyfreithiol, materion yn y gwaith/ysgol, cynllunio diogelwch tymor hwy) ddod ar ôl i bethau dawelu.
legal-note-heading = Nodyn pwysig
legal-note-body = Mae’r canllaw hwn yn rhoi gwybodaeth gyffredinol am y camau cyntaf ac nid yw’n gyngor cyfreithiol nac yn cymryd lle cymorth proffesiynol. Os ydych chi mewn perygl uniongyrchol, ffoniwch { $emergency }.
