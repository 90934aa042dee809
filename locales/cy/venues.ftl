## Lines each venue edition adds: its lead message, its wallet-card line, and the
## write-in fields staff fill in by hand. Keep names and numbers as { placeables }.

venue-clinic = Argraffiad y clinig
venue-school = Argraffiad yr ysgol
venue-police = Argraffiad yr heddlu

## Clinic (GP, sexual health clinic): leads with confidentiality.

clinic-lead-heading = Mae eich ymweliad yn gyfrinachol
clinic-lead-body = Fyddwn ni ddim yn dweud wrth neb eich bod wedi dod atom ni am hyn, na’r hyn a ddywedoch chi wrthym, heb eich caniatâd.
clinic-lead-exception = Yr unig eithriad yw os ydym yn poeni eich bod chi neu rywun arall, fel plentyn, mewn perygl o niwed difrifol (diogelu).
# Wallet card, one short line.
clinic-card-lead = Mae’r hyn rydych chi’n ei ddweud wrthym yn gyfrinachol. Gallwn helpu gyda’r camau nesaf.
clinic-write-in-heading = Eich clinig
write-in-clinic-contact = Cyswllt yn y clinig
write-in-clinic-phone = Ffôn

## School: addressed to pupils under 18. Leads with telling a trusted adult or the member of
## staff responsible for safeguarding: in England the Designated Safeguarding Lead (DSL), in
## Wales the Designated Safeguarding Person (DSP, Welsh Government's "Keeping learners safe").
## Messages naming them select on $nation: `wales` for an output for Wales (a Welsh-language
## edition, or a venue in Wales), `england` (the default variant) otherwise. Keep both.

school-lead-heading = Dywed wrth oedolyn rwyt ti’n ymddiried ynddo
school-lead-body = Does dim rhaid i ti ddelio â hyn ar dy ben dy hun. Dywed wrth oedolyn rwyt ti’n ymddiried ynddo: rhiant neu ofalwr, athro, neu ein { $nation ->
        [wales] Person Diogelu Dynodedig
       *[england] Harweinydd Diogelu Dynodedig (DSL)
    }, y person yn yr ysgol sydd â’r gwaith o helpu i gadw disgyblion yn ddiogel.
school-lead-not-in-trouble = Gofyn am help yw’r peth iawn i’w wneud. Mae’r { $nation ->
        [wales] Person Diogelu Dynodedig
       *[england] DSL
    } yn gwybod beth i’w wneud a gall roi gwybod amdano ar dy ran.
school-card-lead = Dywed wrth oedolyn rwyt ti’n ymddiried ynddo neu wrth ein { $nation ->
        [wales] Person Diogelu Dynodedig
       *[england] Harweinydd Diogelu Dynodedig
    }.
school-write-in-heading = Gyda phwy i siarad yn yr ysgol
write-in-dsl-name = { $nation ->
        [wales] Person Diogelu Dynodedig
       *[england] Arweinydd Diogelu Dynodedig
    }
write-in-dsl-room = Ble i ddod o hyd iddyn nhw

## Police station: leads with how to report. The write-in fields follow the Victims' Code
## (Right 3): a crime reference number and the officer's contact details.

police-lead-heading = Gallwch roi gwybod i ni am hyn
police-lead-body = Os yw rhywun wedi eich bygwth, rhoi pwysau arnoch, eich blacmelio, neu rannu eich lluniau heb eich cydsyniad, gallwch roi gwybod i ni, nawr neu’n nes ymlaen.
# $non-emergency is 101; $crimestoppers-phone is Crimestoppers' number.
police-lead-how = Mewn argyfwng, ffoniwch { $emergency }. Fel arall, ffoniwch { $non-emergency }, rhowch wybod ar-lein drwy { -police-uk }, neu dewch i orsaf heddlu. Gallwch roi gwybod yn ddienw drwy’r gwasanaeth { -crimestoppers } ar { $crimestoppers-phone }.
# The Silent Solution: $silent-solution is 55.
police-lead-silent = Os ydych chi’n ffonio { $emergency } o ffôn symudol ac yn methu siarad, pwyswch { $silent-solution } pan ofynnir i chi (y Silent Solution).
police-card-lead = Gallwch roi gwybod i ni. Cadwch y cerdyn hwn: mae’n cynnwys eich cyfeirnod trosedd a manylion eich swyddog.
police-write-in-heading = Eich adroddiad
write-in-crime-reference = Cyfeirnod trosedd
# A 101 call gives an incident number, which is not the same thing. $non-emergency is 101.
write-in-crime-reference-hint = nid cyfeirnod y digwyddiad gan { $non-emergency }
write-in-officer = Enw a rhif coler y swyddog
write-in-officer-contact = Cyswllt y swyddog
