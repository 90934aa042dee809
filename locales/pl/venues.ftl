## Lines each venue edition adds: its lead message, its wallet-card line, and the
## write-in fields staff fill in by hand. Keep names and numbers as { placeables }.

venue-clinic = Wydanie dla przychodni
venue-school = Wydanie dla szkół
venue-police = Wydanie dla policji

## Clinic (GP, sexual health clinic): leads with confidentiality.

clinic-lead-heading = Twoja wizyta jest poufna
clinic-lead-body = Bez twojej zgody nikomu nie powiemy o twojej wizycie u nas w tej sprawie ani o tym, co od ciebie usłyszeliśmy.
clinic-lead-exception = Jedynym wyjątkiem jest sytuacja, w której obawiamy się, że tobie lub komuś innemu, np. dziecku, grozi poważna krzywda (obowiązek ochrony, ang. safeguarding).
# Wallet card, one short line.
clinic-card-lead = To, co nam powiesz, jest poufne. Możemy pomóc w kolejnych krokach.
clinic-write-in-heading = Twoja przychodnia
write-in-clinic-contact = Kontakt w przychodni
write-in-clinic-phone = Telefon

## School: addressed to pupils under 18. Leads with telling a trusted adult or the member of
## staff responsible for safeguarding: in England the Designated Safeguarding Lead (DSL), in
## Wales the Designated Safeguarding Person (DSP, Welsh Government's "Keeping learners safe").
## Messages naming them select on $nation: `wales` for an output for Wales (a Welsh-language
## edition, or a venue in Wales), `england` (the default variant) otherwise. Keep both.

school-lead-heading = Powiedz zaufanej osobie dorosłej
school-lead-body = Nie musisz radzić sobie z tym w pojedynkę. Powiedz o tym zaufanej osobie dorosłej: rodzicowi lub opiekunowi, nauczycielowi albo naszej szkolnej osobie odpowiedzialnej za ochronę uczniów ({ $nation ->
        [wales] Designated Safeguarding Person, DSP
       *[england] Designated Safeguarding Lead, DSL
    }), czyli osobie w szkole, której zadaniem jest pomagać dbać o bezpieczeństwo uczniów.
school-lead-not-in-trouble = Prośba o pomoc to właściwy krok. { $nation ->
        [wales] DSP
       *[england] DSL
    } wie, co robić, i może zgłosić sprawę w twoim imieniu.
school-card-lead = Powiedz zaufanej osobie dorosłej lub naszej szkolnej osobie odpowiedzialnej za ochronę uczniów ({ $nation ->
        [wales] DSP
       *[england] DSL
    }).
school-write-in-heading = Z kim porozmawiać w szkole
write-in-dsl-name = Osoba odpowiedzialna za ochronę uczniów ({ $nation ->
        [wales] DSP
       *[england] DSL
    })
write-in-dsl-room = Gdzie ją znaleźć

## Police station: leads with how to report. The write-in fields follow the Victims' Code
## (Right 3): a crime reference number and the officer's contact details.

police-lead-heading = Możesz nam to zgłosić
police-lead-body = Jeśli ktoś ci groził, wywierał na ciebie presję, szantażował cię lub udostępnił twoje zdjęcia bez twojej zgody, możesz nam to zgłosić teraz lub później.
# $non-emergency is 101; $crimestoppers-phone is Crimestoppers' number.
police-lead-how = W nagłym wypadku zadzwoń pod numer { $emergency }. W innym przypadku zadzwoń pod numer { $non-emergency }, zgłoś to przez internet na stronie { -police-uk } lub przyjdź na komisariat policji. Możesz zgłosić to anonimowo za pośrednictwem organizacji { -crimestoppers } pod numerem { $crimestoppers-phone }.
# The Silent Solution: $silent-solution is 55.
police-lead-silent = Jeśli dzwonisz pod numer { $emergency } z telefonu komórkowego i nie możesz mówić, naciśnij { $silent-solution }, gdy usłyszysz taką prośbę (system „Silent Solution”).
police-card-lead = Możesz nam to zgłosić. Zachowaj tę kartę: jest na niej numer referencyjny przestępstwa i dane funkcjonariusza zajmującego się twoją sprawą.
police-write-in-heading = Twoje zgłoszenie
write-in-crime-reference = Numer referencyjny przestępstwa
# A 101 call gives an incident number, which is not the same thing. $non-emergency is 101.
write-in-crime-reference-hint = to nie jest numer zdarzenia nadany przy zgłoszeniu pod { $non-emergency }
write-in-officer = Imię i nazwisko oraz numer służbowy funkcjonariusza
write-in-officer-contact = Kontakt do funkcjonariusza
