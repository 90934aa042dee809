## Lines each venue edition adds: its lead message, its wallet-card line, and the
## write-in fields staff fill in by hand. Keep names and numbers as { placeables }.

venue-clinic = ક્લિનિક આવૃત્તિ
venue-school = શાળા આવૃત્તિ
venue-police = પોલીસ આવૃત્તિ

## Clinic (GP, sexual health clinic): leads with confidentiality.

clinic-lead-heading = તમારી મુલાકાત ગોપનીય છે
clinic-lead-body = તમારી પરવાનગી વિના અમે કોઈને નહીં કહીએ કે તમે આ બાબતે અમારી પાસે આવ્યા હતા, કે તમે અમને શું કહ્યું.
clinic-lead-exception = એકમાત્ર અપવાદ એ છે કે જો અમને ચિંતા હોય કે તમને અથવા બીજા કોઈને, જેમ કે કોઈ બાળકને, ગંભીર નુકસાનનું જોખમ છે (સુરક્ષા, અંગ્રેજીમાં “safeguarding”).
# Wallet card, one short line.
clinic-card-lead = તમે અમને જે કહો છો તે ગોપનીય છે. અમે આગળનાં પગલાંમાં મદદ કરી શકીએ છીએ.
clinic-write-in-heading = તમારું ક્લિનિક
write-in-clinic-contact = ક્લિનિકનો સંપર્ક
write-in-clinic-phone = ફોન

## School: addressed to pupils under 18. Leads with telling a trusted adult or the member of
## staff responsible for safeguarding: in England the Designated Safeguarding Lead (DSL), in
## Wales the Designated Safeguarding Person (DSP, Welsh Government's "Keeping learners safe").
## Messages naming them select on $nation: `wales` for an output for Wales (a Welsh-language
## edition, or a venue in Wales), `england` (the default variant) otherwise. Keep both.

school-lead-heading = વિશ્વાસપાત્ર પુખ્ત વ્યક્તિને કહો
school-lead-body = તમારે આનો સામનો એકલા કરવાની જરૂર નથી. કોઈ વિશ્વાસપાત્ર પુખ્ત વ્યક્તિને કહો: માતા-પિતા અથવા તમારી સંભાળ રાખનાર, કોઈ શિક્ષક, અથવા અમારા { $nation ->
        [wales] ડેઝિગ્નેટેડ સેફગાર્ડિંગ પર્સન (DSP)
       *[england] ડેઝિગ્નેટેડ સેફગાર્ડિંગ લીડ (DSL)
    } ને, એટલે કે શાળામાં જે વ્યક્તિનું કામ વિદ્યાર્થીઓને સુરક્ષિત રાખવામાં મદદ કરવાનું છે.
school-lead-not-in-trouble = મદદ માંગવી એ યોગ્ય બાબત છે. { $nation ->
        [wales] DSP
       *[england] DSL
    } જાણે છે કે શું કરવું, અને તમારા વતી તેની જાણ કરી શકે છે.
school-card-lead = કોઈ વિશ્વાસપાત્ર પુખ્ત વ્યક્તિને અથવા અમારા { $nation ->
        [wales] ડેઝિગ્નેટેડ સેફગાર્ડિંગ પર્સન (DSP)
       *[england] ડેઝિગ્નેટેડ સેફગાર્ડિંગ લીડ (DSL)
    } ને કહો.
school-write-in-heading = શાળામાં કોની સાથે વાત કરવી
write-in-dsl-name = { $nation ->
        [wales] ડેઝિગ્નેટેડ સેફગાર્ડિંગ પર્સન (DSP)
       *[england] ડેઝિગ્નેટેડ સેફગાર્ડિંગ લીડ (DSL)
    }
write-in-dsl-room = તેઓ ક્યાં મળશે

## Police station: leads with how to report. The write-in fields follow the Victims' Code
## (Right 3): a crime reference number and the officer's contact details.

police-lead-heading = તમે આની જાણ અમને કરી શકો છો
police-lead-body = જો કોઈએ તમને ધમકી આપી હોય, તમારા પર દબાણ કર્યું હોય, તમને બ્લેકમેઇલ કર્યા હોય અથવા તમારી સંમતિ વિના તમારી છબીઓ શેર કરી હોય, તો તમે હમણાં અથવા પછીથી અમને તેની જાણ કરી શકો છો.
# $non-emergency is 101; $crimestoppers-phone is Crimestoppers' number.
police-lead-how = કટોકટીમાં { $emergency } પર કૉલ કરો. નહીં તો { $non-emergency } પર કૉલ કરો, { -police-uk } દ્વારા ઑનલાઇન જાણ કરો, અથવા પોલીસ સ્ટેશને આવો. તમે { -crimestoppers } દ્વારા { $crimestoppers-phone } પર નામ જાહેર કર્યા વિના જાણ કરી શકો છો.
# The Silent Solution: $silent-solution is 55.
police-lead-silent = જો તમે મોબાઇલ પરથી { $emergency } પર કૉલ કરો અને બોલી ન શકો, તો સૂચના મળે ત્યારે { $silent-solution } દબાવો (સાઇલન્ટ સોલ્યુશન).
police-card-lead = તમે અમને તેની જાણ કરી શકો છો. આ કાર્ડ સાચવી રાખો: તેમાં તમારો ક્રાઇમ રેફરન્સ નંબર અને તમારા અધિકારીની વિગતો છે.
police-write-in-heading = તમારી ફરિયાદ
write-in-crime-reference = ક્રાઇમ રેફરન્સ નંબર
# A 101 call gives an incident number, which is not the same thing. $non-emergency is 101.
write-in-crime-reference-hint = { $non-emergency } કૉલનો ઇન્સિડન્ટ નંબર નહીં
write-in-officer = અધિકારીનું નામ અને બેજ નંબર (કૉલર નંબર)
write-in-officer-contact = અધિકારીનો સંપર્ક
