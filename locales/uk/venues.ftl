## Lines each venue edition adds: its lead message, its wallet-card line, and the
## write-in fields staff fill in by hand. Keep names and numbers as { placeables }.

venue-clinic = Видання для клінік
venue-school = Видання для шкіл
venue-police = Видання для поліції

## Clinic (GP, sexual health clinic): leads with confidentiality.

clinic-lead-heading = Ваш візит конфіденційний
clinic-lead-body = Без вашого дозволу ми нікому не скажемо, що ви зверталися до нас із цього приводу, і не переказуватимемо того, що ви нам розповіли.
clinic-lead-exception = Єдиний виняток — якщо ми побоюємося, що вам або комусь іншому, наприклад дитині, загрожує серйозна шкода (захист від шкоди, англ. safeguarding).
# Wallet card, one short line.
clinic-card-lead = Те, що ви нам розповідаєте, конфіденційно. Ми можемо допомогти з подальшими кроками.
clinic-write-in-heading = Ваша клініка
write-in-clinic-contact = Контакт клініки
write-in-clinic-phone = Телефон

## School: addressed to pupils under 18. Leads with telling a trusted adult or the member of
## staff responsible for safeguarding: in England the Designated Safeguarding Lead (DSL), in
## Wales the Designated Safeguarding Person (DSP, Welsh Government's "Keeping learners safe").
## Messages naming them select on $nation: `wales` for an output for Wales (a Welsh-language
## edition, or a venue in Wales), `england` (the default variant) otherwise. Keep both.

school-lead-heading = Розкажи дорослому, якому довіряєш
school-lead-body = Ти не мусиш справлятися з цим самотужки. Розкажи дорослому, якому довіряєш: одному з батьків чи опікунові, вчителеві або нашій відповідальній особі з питань захисту ({ $nation ->
        [wales] Designated Safeguarding Person, DSP
       *[england] Designated Safeguarding Lead, DSL
    }) — працівникові школи, чиє завдання допомагати учням бути в безпеці.
school-lead-not-in-trouble = Звернутися по допомогу — правильне рішення. { $nation ->
        [wales] DSP
       *[england] DSL
    } знає, що робити, і може повідомити про це замість тебе.
school-card-lead = Розкажи дорослому, якому довіряєш, або нашій відповідальній особі з питань захисту ({ $nation ->
        [wales] DSP
       *[england] DSL
    }).
school-write-in-heading = З ким поговорити в школі
write-in-dsl-name = Відповідальна особа з питань захисту ({ $nation ->
        [wales] DSP
       *[england] DSL
    })
write-in-dsl-room = Де її знайти

## Police station: leads with how to report. The write-in fields follow the Victims' Code
## (Right 3): a crime reference number and the officer's contact details.

police-lead-heading = Ви можете повідомити про це нам
police-lead-body = Якщо вам погрожували, тиснули на вас, вас шантажували або поширили ваші зображення без вашої згоди, ви можете повідомити про це нам — зараз або пізніше.
# $non-emergency is 101; $crimestoppers-phone is Crimestoppers' number.
police-lead-how = В екстреній ситуації телефонуйте за номером { $emergency }. В інших випадках телефонуйте за номером { $non-emergency }, повідомте онлайн через сайт { -police-uk } або прийдіть до поліцейської дільниці. Ви можете повідомити анонімно через організацію { -crimestoppers } за номером { $crimestoppers-phone }.
# The Silent Solution: $silent-solution is 55.
police-lead-silent = Якщо ви телефонуєте за номером { $emergency } з мобільного і не можете говорити, натисніть { $silent-solution }, коли вас про це попросять (система Silent Solution).
police-card-lead = Ви можете повідомити про це нам. Збережіть цю картку: у ній ваш реєстраційний номер злочину та дані вашого поліцейського.
police-write-in-heading = Ваша заява
write-in-crime-reference = Реєстраційний номер злочину
# A 101 call gives an incident number, which is not the same thing. $non-emergency is 101.
write-in-crime-reference-hint = не номер інциденту з дзвінка на { $non-emergency }
write-in-officer = Ім’я та службовий (нагрудний) номер поліцейського
write-in-officer-contact = Контакти поліцейського
