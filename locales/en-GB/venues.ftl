## Lines each venue edition adds: its lead message, its wallet-card line, and the
## write-in fields staff fill in by hand. Keep names and numbers as { placeables }.

venue-clinic = Clinic edition
venue-school = School edition
venue-police = Police edition

## Clinic (GP, sexual health clinic): leads with confidentiality.

clinic-lead-heading = Your visit is confidential
clinic-lead-body = We won’t tell anyone that you came to us about this, or what you told us, without your permission.
clinic-lead-exception = The only exception is if we are worried that you or someone else, such as a child, is at risk of serious harm (safeguarding).
# Wallet card, one short line.
clinic-card-lead = What you tell us is confidential. We can help with the next steps.
clinic-write-in-heading = Your clinic
write-in-clinic-contact = Clinic contact
write-in-clinic-phone = Phone

## School: addressed to pupils under 18. Leads with telling a trusted adult or the member of
## staff responsible for safeguarding: in England the Designated Safeguarding Lead (DSL), in
## Wales the Designated Safeguarding Person (DSP, Welsh Government's "Keeping learners safe").
## Messages naming them select on $nation: `wales` for an output for Wales (a Welsh-language
## edition, or a venue in Wales), `england` (the default variant) otherwise. Keep both.

school-lead-heading = Tell a trusted adult
school-lead-body = You don’t have to deal with this on your own. Tell a trusted adult: a parent or carer, a teacher, or our { $nation ->
        [wales] Designated Safeguarding Person (DSP)
       *[england] Designated Safeguarding Lead (DSL)
    }, the person at school whose job is to help keep pupils safe.
school-lead-not-in-trouble = Asking for help is the right thing to do. The { $nation ->
        [wales] DSP
       *[england] DSL
    } knows what to do and can report it for you.
school-card-lead = Tell a trusted adult or our { $nation ->
        [wales] Designated Safeguarding Person
       *[england] Designated Safeguarding Lead
    }.
school-write-in-heading = Who to talk to at school
# Label of a line staff fill in with the person's name.
write-in-dsl-name = { $nation ->
        [wales] Designated Safeguarding Person
       *[england] Designated Safeguarding Lead
    }
write-in-dsl-room = Where to find them

## Police station: leads with how to report. The write-in fields follow the Victims' Code
## (Right 3): a crime reference number and the officer's contact details.

police-lead-heading = You can report this to us
police-lead-body = If someone has threatened you, pressured you, blackmailed you, or shared your images without your consent, you can report it to us, now or later.
# $non-emergency is 101; $crimestoppers-phone is Crimestoppers' number.
police-lead-how = In an emergency, call { $emergency }. Otherwise, call { $non-emergency }, report online through { -police-uk }, or come to a police station. You can report anonymously through { -crimestoppers } on { $crimestoppers-phone }.
# The Silent Solution: $silent-solution is 55.
police-lead-silent = If you call { $emergency } from a mobile and cannot speak, press { $silent-solution } when prompted (the Silent Solution).
police-card-lead = You can report it to us. Keep this card: it holds your crime reference number and your officer’s details.
police-write-in-heading = Your report
write-in-crime-reference = Crime reference number
# A 101 call gives an incident number, which is not the same thing. $non-emergency is 101.
write-in-crime-reference-hint = not the { $non-emergency } incident number
write-in-officer = Officer name and collar number
write-in-officer-contact = Officer contact
