## DRAFT: machine draft of locales/en-GB/easy-read.ftl, not yet checked by a qualified
## translator (locale.toml says status = "draft": every page carries the draft mark).
## The Easy Read edition (content/easy-read.toml says which message goes with which picture,
## and which venue sees it). Easy Read rules (Department of Health; GOV.UK "Accessible
## communication formats", 2021):
##   - one sentence per message, one idea and one verb per sentence;
##   - 10 to 15 words a sentence (`leafpress check` warns above 15 words, errors above 20);
##   - active voice, everyday words; a hard word is explained in the next sentence;
##   - no italics, no brackets, no slashes.
## A message's `.key` attribute names its key words: they are printed in bold. Copy them
## exactly as they appear in your sentence; write no markup in the text.
## Names and numbers ({ -childline }, { $emergency }…) come from content/: never type them.
## Faithful to the guide (guide.ftl): add no advice.

format-easy-read = Hawdd ei Ddeall

er-title = Beth i’w wneud os oes gan rywun eich lluniau preifat
er-subtitle = Canllaw Hawdd ei Ddeall

## About this guide

er-about-heading = Am y canllaw hwn
er-about-sent = Fe anfonoch chi luniau preifat ohonoch chi’ch hun at rywun roeddech chi’n ymddiried ynddo.
    .key = luniau preifat
er-about-found = Nawr rydych chi wedi darganfod bod y person hwn yn dal i’w cadw.
er-about-intimate = Mae rhai pobl yn galw’r lluniau hyn yn ddelweddau personol.
    .key = ddelweddau personol
er-about-intimate-means = Mae personol yn golygu preifat iawn, fel lluniau ohonoch heb ddillad neu heb lawer.
er-about-help = Mae’r canllaw hwn yn dweud beth i’w wneud gyntaf a ble i gael help.

## The venue's opening rows

er-clinic-private = Mae’r hyn rydych chi’n ei ddweud wrthym ni yn y clinig yn gyfrinachol.
    .key = gyfrinachol
er-clinic-private-means = Mae cyfrinachol yn golygu nad ydyn ni’n dweud wrth neb heb eich caniatâd.
er-clinic-exception = Dim ond os gallai rhywun, fel plentyn, gael niwed y byddwn ni’n dweud.
er-school-not-alone = Does dim rhaid i ti ddelio â hyn ar dy ben dy hun.
er-school-trusted-adult = Dywed wrth oedolyn rwyt ti’n ymddiried ynddo, fel rhiant, gofalwr neu athro.
    .key = oedolyn rwyt ti’n ymddiried ynddo
er-school-trusted-means = Oedolyn rwyt ti’n teimlo’n ddiogel gydag ef neu hi yw hwn.
er-school-dsl = Gelli di hefyd ddweud wrth ein { $nation ->
        [wales] Person Diogelu Dynodedig
       *[england] Arweinydd Diogelu Dynodedig
    }.
    .key = { $nation ->
        [wales] Person Diogelu Dynodedig
       *[england] Arweinydd Diogelu Dynodedig
    }
er-school-dsl-means = Dyma’r person yn yr ysgol sydd â’r gwaith o helpu disgyblion i fod yn ddiogel.
er-school-right-thing = Gofyn am help yw’r peth iawn i’w wneud.
er-school-dsl-report = Mae’r person hwn yn gwybod beth i’w wneud a gall roi gwybod amdano i ti.
er-police-report = Gallwch chi roi gwybod i ni am hyn, nawr neu’n nes ymlaen.
    .key = roi gwybod
er-police-report-means = Mae rhoi gwybod yn golygu dweud wrth yr heddlu beth ddigwyddodd.
er-police-threats = Gallwch chi roi gwybod os oedd rhywun wedi’ch bygwth neu’ch rhoi dan bwysau.
er-police-shared = Gallwch chi hefyd roi gwybod os rhannodd rhywun eich lluniau heb ofyn.
er-police-101 = Ffoniwch { $non-emergency } neu dewch i orsaf heddlu i roi gwybod.
    .key = { $non-emergency }
er-police-online = Gallwch chi hefyd roi gwybod ar-lein ar wefan { -police-uk }.
er-police-anonymous = Gallwch chi roi gwybod i { -crimestoppers } heb roi eich enw.
    .key = { -crimestoppers }
er-police-crimestoppers-phone = Rhif ffôn { -crimestoppers } yw { $crimestoppers-phone }.
er-police-silent = Mewn argyfwng, ffoniwch { $emergency } o ffôn symudol a phwyswch { $silent-solution } os na allwch chi siarad.
    .key = { $silent-solution }
er-police-reference = Pan fyddwch chi’n rhoi gwybod, byddwch chi’n cael rhif cyfeirnod trosedd.
    .key = rhif cyfeirnod trosedd
er-police-reference-means = Gall eich swyddog ei ysgrifennu yn y blwch tua diwedd y canllaw hwn.

## Danger

er-danger-heading = Os ydych chi mewn perygl
er-danger-call = Os ydych chi mewn perygl nawr, ffoniwch { $emergency }.
    .key = { $emergency }
er-danger-means = Mae perygl yn golygu y gallai rhywun eich brifo’n fuan.

## Stay safe first

er-safe-heading = Byddwch yn ddiogel yn gyntaf
er-safe-pause = Stopiwch a chymerwch anadl. Meddyliwch am eich diogelwch yn gyntaf.
    .key = diogelwch
er-safe-end-contact = Os yw’r person yn agos atoch chi, stopiwch siarad â nhw am y tro.
er-safe-move = Ewch i le rydych chi’n teimlo’n ddiogel.
er-safe-no-more = Peidiwch ag anfon dim byd arall at y person am nawr.
er-safe-stop-new = Cofiwch fod y person arall yn gallu storio unrhyw beth rydych chi’n ei anfon.
er-safe-autosave = Diffoddwch cadw awtomatig yn eich apiau negeseuon.
    .key = cadw awtomatig
er-safe-autosave-means = Mae cadw awtomatig yn rhoi lluniau o sgyrsiau ar eich ffôn.
er-safe-no-photos = Peidiwch ag anfon lluniau preifat at neb tra bod hyn yn digwydd.

## Do not

er-donot-heading = Pethau i beidio â’u gwneud
er-donot-send = Peidiwch ag anfon mwy o luniau na manylion amdanoch chi i’w drwsio.
    .key = Peidiwch
er-donot-demands = Peidiwch â gwneud beth maen nhw’n ei ofyn, fel rhoi arian neu fwy o luniau.
    .key = Peidiwch
er-donot-demands-why = Mae rhoi beth maen nhw eisiau yn aml yn gwneud pethau’n waeth.
er-donot-threaten = Peidiwch â’u bygwth na dadlau â nhw yn gyhoeddus.
    .key = Peidiwch
er-donot-threaten-why = Gall hyn wneud i’r lluniau ledaenu’n gyflymach a bod yn anoddach eu tynnu i lawr.
er-donot-reread = Peidiwch â darllen negeseuon sy’n peri gofid dro ar ôl tro.
    .key = Peidiwch
er-donot-reread-adult = Tynnwch sgrinluniau o’r negeseuon sydd eu hangen arnoch, yna cuddiwch y sgwrs.
er-donot-reread-child = Dywed wrth oedolyn rwyt ti’n ymddiried ynddo, yna cuddia’r sgwrs.
er-donot-meet = Peidiwch â’u cyfarfod ar eich pen eich hun i’w ddatrys os ydych chi’n teimlo’n anniogel.
    .key = Peidiwch
er-donot-meet-child = Paid â’u cyfarfod ar dy ben dy hun i’w ddatrys.
    .key = Paid
er-donot-meet-child-tell = Dywed wrth oedolyn rwyt ti’n ymddiried ynddo yn lle hynny.
    .key = oedolyn rwyt ti’n ymddiried ynddo

## Make a record

er-record-heading = Gwneud cofnod
er-record-adult = Gwnewch gofnod byr o beth ddigwyddodd.
    .key = gofnod
er-record-no-reshare = Peidiwch â rhannu’r lluniau eto gyda neb.
er-record-screenshots = Tynnwch sgrinluniau o negeseuon, bygythiadau, enwau defnyddwyr, dyddiadau a dolenni.
    .key = sgrinluniau
er-record-screenshot-means = Llun o beth sydd ar eich sgrin yw sgrinlun.
er-record-timeline = Ysgrifennwch beth ddigwyddodd a phryd y digwyddodd.
er-record-url = Os yw’r llun ar-lein, copïwch y cyfeiriad gwe ac enw’r cyfrif.
er-record-police = Peidiwch â dileu dim byd. Dewch â’ch ffôn a’r negeseuon i ni.
    .key = Peidiwch â dileu
er-record-child = Ysgrifenna beth ddigwyddodd, ond paid byth â defnyddio’r llun ei hun.
    .key = paid byth â defnyddio’r llun
er-record-child-dont = Paid byth ag edrych ar y llun, na’i gopïo, na’i anfon na’i gadw. Dim hyd yn oed i’w ddangos i oedolyn.
    .key = Paid byth
er-record-child-timeline = Ysgrifenna’r dyddiad a’r amser pan ddigwyddodd pob peth.
er-record-child-where = Ysgrifenna enw’r ap neu’r wefan ac enw’r cyfrif.

## Getting photos taken down (adults)

er-takedown-heading = Cael tynnu lluniau i lawr
er-takedown-when = Mynnwch help arbenigol os gallai’r lluniau gael eu rhannu neu os ydyn nhw wedi’u rhannu.
    .key = help arbenigol
er-takedown-specialist-means = Mae help arbenigol yn dod gan bobl sy’n gwybod llawer am y broblem hon.
er-takedown-helpline = Ffoniwch y { -revenge-porn-helpline } ar { $helpline-phone }.
    .key = { -revenge-porn-helpline }
er-takedown-helpline-who = Mae’r llinell gymorth ar gyfer pobl 18 oed a throsodd.
er-takedown-helpline-what = Mae’n rhoi help preifat, ymarferol, fel sut i gael tynnu lluniau i lawr.
er-takedown-stopncii = Gall { -stopncii } helpu i atal eich lluniau rhag cael eu postio eto.
    .key = { -stopncii }
er-takedown-hash = Mae’n gwneud cod arbennig o’ch llun, o’r enw hash.
    .key = cod arbennig
er-takedown-hash-use = Mae rhai gwefannau yn defnyddio’r cod i ganfod a thynnu lluniau tebyg.
er-takedown-limit = All e ddim tynnu eich lluniau o bob man.

## Report it

er-report-heading = Rhoi gwybod
er-report-when = Rhowch wybod os oes rhywun yn eich bygwth, eich dilyn neu’ch blacmelio.
    .key = Rhowch wybod
er-report-blackmail-means = Blacmel yw pan fydd rhywun yn bygwth rhannu eich lluniau i gael rhywbeth gennych chi.
er-report-shared = Rhowch wybod hefyd os oes rhywun yn rhannu eich lluniau heb eich caniatâd.
er-report-danger = Os ydych chi mewn perygl nawr, ffoniwch { $emergency }.
    .key = { $emergency }
er-report-police = Os nad ydych chi mewn perygl, rhowch wybod i’ch heddlu lleol.
er-report-online = Gallwch chi roi gwybod ar-lein ar wefan { -police-uk }.
er-report-anonymous = Gallwch chi hefyd ddweud wrth { -crimestoppers } heb roi eich enw.

## Under 18

er-child-heading = Os oes rhywun yn y lluniau o dan 18
er-child-safety = Os wyt ti o dan 18, mae hon yn broblem diogelwch plant.
    .key = diogelwch plant
er-child-anyone = Mae hyn yn wir hefyd os oes unrhyw un yn y lluniau o dan 18.
er-child-ceop = Rhowch wybod i { -ceop }.
    .key = { -ceop }
er-child-ceop-means = Mae { -ceop } yn dîm heddlu sy’n amddiffyn plant ar-lein.
er-child-report-remove = Mae gan { -childline } wasanaeth o’r enw { -report-remove }.
    .key = { -report-remove }
er-child-report-remove-what = Gall helpu i gael llun o berson ifanc oddi ar y rhyngrwyd.
er-child-report-remove-iwf = Mae { -childline } yn ei redeg gyda’r { -internet-watch-foundation }.

## Accounts

er-accounts-heading = Gwneud eich cyfrifon yn ddiogel
er-accounts-why = Gwiriwch eich cyfrifon, fel na all y person fynd i mewn iddyn nhw.
    .key = cyfrifon
er-accounts-email = Newidiwch gyfrinair eich e-bost yn gyntaf.
    .key = gyfrinair
er-accounts-social = Yna newidiwch gyfrineiriau eich prif gyfrifon cyfryngau cymdeithasol.
er-accounts-2fa = Trowch ddilysu dau gam ymlaen.
    .key = ddilysu dau gam
er-accounts-2fa-means = Mae hyn yn golygu bod angen cod a’ch cyfrinair arnoch i fewngofnodi.
er-accounts-devices = Gwiriwch pa ffonau a chyfrifiaduron sydd wedi mewngofnodi i’ch cyfrifon.
er-accounts-sign-out = Allgofnodwch o unrhyw ffôn neu gyfrifiadur nad ydych chi’n ei adnabod.
er-accounts-matters = Mae hyn yn bwysig iawn os defnyddiodd y person eich ffôn neu’ch cyfrifon.

## Tell someone

er-tell-heading = Dweud wrth rywun
er-tell-adult = Dywedwch wrth un person diogel, fel ffrind, perthynas neu weithiwr cymorth.
    .key = person diogel
er-tell-adult-help = Dewiswch rywun tawel sy’n gallu eich helpu gyda’r camau nesaf.
er-tell-adult-sit = Gofynnwch iddyn nhw eistedd gyda chi pan fyddwch chi’n gwneud y galwadau cyntaf.
er-tell-child = Dywed wrth oedolyn rwyt ti’n ymddiried ynddo, fel rhiant, gofalwr neu athro.
    .key = oedolyn rwyt ti’n ymddiried ynddo
er-tell-child-dsl = Gelli di hefyd ddweud wrth { $nation ->
        [wales] Berson Diogelu Dynodedig
       *[england] Arweinydd Diogelu Dynodedig
    } yr ysgol.
er-tell-child-sit = Gofynna iddyn nhw eistedd gyda ti pan fyddan nhw’n gwneud y galwadau cyntaf.

## What can wait

er-wait-heading = Beth all aros
er-wait-decide = Does dim rhaid i chi benderfynu popeth nawr.
    .key = Does dim rhaid i chi benderfynu
er-wait-decide-what = Er enghraifft, gallwch chi benderfynu yn nes ymlaen a fyddwch chi’n maddau iddyn nhw.
er-wait-relationship = Gallwch chi hefyd benderfynu yn nes ymlaen a fyddwch chi’n dod â’r berthynas i ben.
er-wait-argue = Os nad oes bygythiadau ac nad oes dim wedi’i rannu, does dim rhaid dadlau heddiw.
er-wait-later = Yn nes ymlaen, gallwch chi anfon un neges dawel yn gofyn iddyn nhw ddileu’r lluniau.
er-wait-stop = Ar ôl hynny, gallwch chi stopio siarad â nhw.
er-wait-details-adult = Does dim angen pob manylyn arnoch chi cyn gofyn am help.
er-wait-details-adult-enough = Mae ychydig o sgrinluniau a rhestr fer o beth ddigwyddodd yn ddigon.
er-wait-details-child = Does dim angen pob manylyn arnat ti cyn gofyn am help.
er-wait-details-child-enough = Mae dweud wrth oedolyn beth ddigwyddodd a phryd yn ddigon.

## Feelings

er-feelings-heading = Sut gallech chi deimlo
er-feelings-normal = Mae teimlo sioc, loes neu ofn yn naturiol.
    .key = naturiol
er-feelings-control = Mae rhai pobl yn defnyddio lluniau preifat i reoli pobl eraill.
er-feelings-not-overreacting = Dydych chi ddim yn gorymateb.
er-feelings-not-alone = Does dim rhaid i chi ddelio â hyn ar eich pen eich hun.

## Contacts and the end pages

er-contacts-heading = Rhifau ffôn a gwefannau
er-contacts-emergency = Mewn argyfwng, ffoniwch { $emergency }.
    .key = { $emergency }
er-contacts-non-emergency = Os nad yw’n argyfwng, ffoniwch { $non-emergency }.
    .key = { $non-emergency }
er-write-in-heading = Ysgrifennwch e yma

er-words-heading = Geiriau yn y canllaw hwn
er-word-report = Mae rhoi gwybod yn golygu dweud wrth yr heddlu neu wasanaeth beth ddigwyddodd.
    .key = rhoi gwybod
er-word-screenshot = Llun o beth sydd ar eich sgrin yw sgrinlun.
    .key = sgrinlun
er-word-trusted-adult = Oedolyn rwyt ti’n ymddiried ynddo yw oedolyn rwyt ti’n teimlo’n ddiogel gydag ef.
    .key = Oedolyn rwyt ti’n ymddiried ynddo
er-word-confidential = Mae cyfrinachol yn golygu nad ydyn ni’n dweud wrth neb heb eich caniatâd.
    .key = cyfrinachol
er-word-blackmail = Blacmel yw pan fydd rhywun yn bygwth rhannu eich lluniau i gael rhywbeth gennych chi.
    .key = Blacmel
er-word-password = Gair cyfrinachol i fynd i mewn i gyfrif yw cyfrinair.
    .key = cyfrinair
er-word-collar-number = Rhif coler yw’r rhif mae swyddog heddlu yn ei wisgo ar ei wisg.
    .key = Rhif coler
er-word-crime-reference = Rhif cyfeirnod trosedd yw’r rhif mae’r heddlu’n ei roi i’ch adroddiad.
    .key = Rhif cyfeirnod trosedd

er-about-guide-heading = Mwy am y canllaw hwn
er-about-guide-first = Mae’r canllaw hwn yn dweud wrthych chi’r camau cyntaf i’w cymryd.
er-about-guide-legal = Dydy e ddim yn rhoi cyngor cyfreithiol.
    .key = cyngor cyfreithiol
er-about-guide-later = Gallwch chi wneud penderfyniadau mwy yn nes ymlaen, pan fydd pethau’n dawelach.

er-credits-heading = Lluniau
er-credits = Mae’r lluniau’n dod o OpenMoji, y prosiect emoji ffynhonnell agored.
er-credits-licence = Maen nhw’n cael eu rhannu o dan y drwydded o’r enw CC BY-SA 4.0.

## Alt text: what each picture shows, for screen readers. Short, plain, no full stop.

er-pic-phone = Ffôn symudol
er-pic-call = Derbynnydd ffôn
er-pic-lock = Clo clap ar gau
er-pic-police = Swyddog heddlu
er-pic-emergency = Golau heddlu yn fflachio
er-pic-stop = Llaw wedi’i chodi i ddweud stop
er-pic-talk = Swigen siarad
er-pic-people = Dau berson ochr yn ochr
er-pic-calm = Wyneb tawel
er-pic-school = Adeilad ysgol
er-pic-clinic = Adeilad ysbyty
er-pic-notes = Llyfr nodiadau a phensil
er-pic-calendar = Calendr
er-pic-wait = Awrwydr
er-pic-no = Cylch â llinell drwyddo, yn golygu na
er-pic-yes = Tic, yn golygu ie
er-pic-help = Dwy law yn ysgwyd
er-pic-book = Llyfr agored
er-pic-web = Glôb, yn golygu’r rhyngrwyd
er-pic-shield = Tarian, yn golygu diogelwch
er-pic-settings = Olwyn gêr, sef y gosodiadau ar eich ffôn
er-pic-search = Chwyddwydr
er-pic-info = Y llythyren i, yn golygu gwybodaeth
er-pic-teacher = Athro
er-pic-home = Tŷ
er-pic-idea = Bwlb golau, yn golygu syniad
er-pic-key = Allwedd
