## Lines each venue edition adds: its lead message, its wallet-card line, and the
## write-in fields staff fill in by hand. Keep names and numbers as { placeables }.

venue-clinic = Ediția pentru clinici
venue-school = Ediția pentru școli
venue-police = Ediția pentru poliție

## Clinic (GP, sexual health clinic): leads with confidentiality.

clinic-lead-heading = Vizita ta este confidențială
clinic-lead-body = Nu vom spune nimănui că ai venit la noi pentru această problemă și nici ce ne-ai spus, fără permisiunea ta.
clinic-lead-exception = Singura excepție este situația în care ne îngrijorează faptul că tu sau altcineva, de exemplu un copil, sunteți în pericol de a suferi un rău grav (protecție, „safeguarding”).
# Wallet card, one short line.
clinic-card-lead = Ce ne spui este confidențial. Te putem ajuta cu pașii următori.
clinic-write-in-heading = Clinica ta
write-in-clinic-contact = Persoană de contact la clinică
write-in-clinic-phone = Telefon

## School: addressed to pupils under 18. Leads with telling a trusted adult or the member of
## staff responsible for safeguarding: in England the Designated Safeguarding Lead (DSL), in
## Wales the Designated Safeguarding Person (DSP, Welsh Government's "Keeping learners safe").
## Messages naming them select on $nation: `wales` for an output for Wales (a Welsh-language
## edition, or a venue in Wales), `england` (the default variant) otherwise. Keep both.

school-lead-heading = Spune-i unui adult de încredere
school-lead-body = Nu trebuie să te descurci cu asta fără ajutor. Spune-i unui adult de încredere: un părinte sau îngrijitor, un profesor sau responsabilul nostru cu protecția elevilor ({ $nation ->
        [wales] Designated Safeguarding Person, DSP
       *[england] Designated Safeguarding Lead, DSL
    }), persoana din școală care are rolul de a ajuta la siguranța elevilor.
school-lead-not-in-trouble = Să ceri ajutor este lucrul corect. Responsabilul { $nation ->
        [wales] DSP
       *[england] DSL
    } știe ce trebuie făcut și poate raporta situația în locul tău.
school-card-lead = Spune-i unui adult de încredere sau responsabilului nostru cu protecția elevilor ({ $nation ->
        [wales] DSP
       *[england] DSL
    }).
school-write-in-heading = Cu cine să vorbești la școală
write-in-dsl-name = Responsabil cu protecția elevilor ({ $nation ->
        [wales] DSP
       *[england] DSL
    })
write-in-dsl-room = Unde îl găsești

## Police station: leads with how to report. The write-in fields follow the Victims' Code
## (Right 3): a crime reference number and the officer's contact details.

police-lead-heading = Ne poți raporta acest lucru
police-lead-body = Dacă cineva te-a amenințat, a făcut presiuni asupra ta, te-a șantajat sau ți-a distribuit imaginile fără consimțământul tău, ne poți raporta acest lucru acum sau mai târziu.
# $non-emergency is 101; $crimestoppers-phone is Crimestoppers' number.
police-lead-how = În caz de urgență, sună la { $emergency }. Altfel, sună la { $non-emergency }, raportează online prin { -police-uk } sau vino la o secție de poliție. Poți raporta anonim prin organizația { -crimestoppers }, la numărul { $crimestoppers-phone }.
# The Silent Solution: $silent-solution is 55.
police-lead-silent = Dacă suni la { $emergency } de pe un telefon mobil și nu poți vorbi, apasă { $silent-solution } când ți se cere (sistemul „Silent Solution”).
police-card-lead = Ne poți raporta. Păstrează acest card: pe el se află numărul de referință al infracțiunii și datele polițistului care se ocupă de cazul tău.
police-write-in-heading = Sesizarea ta
write-in-crime-reference = Numărul de referință al infracțiunii
# A 101 call gives an incident number, which is not the same thing. $non-emergency is 101.
write-in-crime-reference-hint = nu numărul incidentului primit la { $non-emergency }
write-in-officer = Numele și numărul de identificare al polițistului
write-in-officer-contact = Contactul polițistului
