## Lines each venue edition adds: its lead message, its wallet-card line, and the
## write-in fields staff fill in by hand. Keep names and numbers as { placeables }.

venue-clinic = ਕਲੀਨਿਕ ਐਡੀਸ਼ਨ
venue-school = ਸਕੂਲ ਐਡੀਸ਼ਨ
venue-police = ਪੁਲਿਸ ਐਡੀਸ਼ਨ

## Clinic (GP, sexual health clinic): leads with confidentiality.

clinic-lead-heading = ਤੁਹਾਡੀ ਫੇਰੀ ਗੁਪਤ ਹੈ
clinic-lead-body = ਅਸੀਂ ਤੁਹਾਡੀ ਇਜਾਜ਼ਤ ਤੋਂ ਬਿਨਾਂ ਕਿਸੇ ਨੂੰ ਨਹੀਂ ਦੱਸਾਂਗੇ ਕਿ ਤੁਸੀਂ ਇਸ ਬਾਰੇ ਸਾਡੇ ਕੋਲ ਆਏ ਸੀ, ਜਾਂ ਤੁਸੀਂ ਸਾਨੂੰ ਕੀ ਦੱਸਿਆ।
clinic-lead-exception = ਇੱਕੋ-ਇੱਕ ਅਪਵਾਦ ਇਹ ਹੈ ਕਿ ਜੇ ਸਾਨੂੰ ਚਿੰਤਾ ਹੋਵੇ ਕਿ ਤੁਹਾਨੂੰ ਜਾਂ ਕਿਸੇ ਹੋਰ ਨੂੰ, ਜਿਵੇਂ ਕਿਸੇ ਬੱਚੇ ਨੂੰ, ਗੰਭੀਰ ਨੁਕਸਾਨ ਦਾ ਖ਼ਤਰਾ ਹੈ (ਸੇਫ਼ਗਾਰਡਿੰਗ, ਭਾਵ ਸੁਰੱਖਿਆ)।
# Wallet card, one short line.
clinic-card-lead = ਤੁਸੀਂ ਸਾਨੂੰ ਜੋ ਦੱਸਦੇ ਹੋ ਉਹ ਗੁਪਤ ਰਹਿੰਦਾ ਹੈ। ਅਸੀਂ ਅਗਲੇ ਕਦਮਾਂ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੇ ਹਾਂ।
clinic-write-in-heading = ਤੁਹਾਡਾ ਕਲੀਨਿਕ
write-in-clinic-contact = ਕਲੀਨਿਕ ਵਿੱਚ ਸੰਪਰਕ
write-in-clinic-phone = ਫ਼ੋਨ

## School: addressed to pupils under 18. Leads with telling a trusted adult or the member of
## staff responsible for safeguarding: in England the Designated Safeguarding Lead (DSL), in
## Wales the Designated Safeguarding Person (DSP, Welsh Government's "Keeping learners safe").
## Messages naming them select on $nation: `wales` for an output for Wales (a Welsh-language
## edition, or a venue in Wales), `england` (the default variant) otherwise. Keep both.

school-lead-heading = ਕਿਸੇ ਭਰੋਸੇਯੋਗ ਬਾਲਗ ਨੂੰ ਦੱਸੋ
school-lead-body = ਤੁਹਾਨੂੰ ਇਸ ਦਾ ਸਾਹਮਣਾ ਇਕੱਲਿਆਂ ਨਹੀਂ ਕਰਨਾ ਪਵੇਗਾ। ਕਿਸੇ ਭਰੋਸੇਯੋਗ ਬਾਲਗ ਨੂੰ ਦੱਸੋ: ਮਾਤਾ-ਪਿਤਾ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ, ਕਿਸੇ ਅਧਿਆਪਕ, ਜਾਂ ਸਾਡੇ { $nation ->
        [wales] ਡੈਜ਼ੀਗਨੇਟਡ ਸੇਫ਼ਗਾਰਡਿੰਗ ਪਰਸਨ (DSP)
       *[england] ਡੈਜ਼ੀਗਨੇਟਡ ਸੇਫ਼ਗਾਰਡਿੰਗ ਲੀਡ (DSL)
    } ਨੂੰ, ਜੋ ਸਕੂਲ ਵਿੱਚ ਉਹ ਵਿਅਕਤੀ ਹੈ ਜਿਸ ਦਾ ਕੰਮ ਵਿਦਿਆਰਥੀਆਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਵਿੱਚ ਮਦਦ ਕਰਨਾ ਹੈ।
school-lead-not-in-trouble = ਮਦਦ ਮੰਗਣਾ ਸਹੀ ਕਦਮ ਹੈ। ਸਾਡੇ { $nation ->
        [wales] DSP
       *[england] DSL
    } ਜਾਣਦੇ ਹਨ ਕਿ ਕੀ ਕਰਨਾ ਹੈ ਅਤੇ ਉਹ ਤੁਹਾਡੇ ਵੱਲੋਂ ਇਸ ਦੀ ਰਿਪੋਰਟ ਕਰ ਸਕਦੇ ਹਨ।
school-card-lead = ਕਿਸੇ ਭਰੋਸੇਯੋਗ ਬਾਲਗ ਨੂੰ ਜਾਂ ਸਾਡੇ { $nation ->
        [wales] ਡੈਜ਼ੀਗਨੇਟਡ ਸੇਫ਼ਗਾਰਡਿੰਗ ਪਰਸਨ
       *[england] ਡੈਜ਼ੀਗਨੇਟਡ ਸੇਫ਼ਗਾਰਡਿੰਗ ਲੀਡ
    } ਨੂੰ ਦੱਸੋ।
school-write-in-heading = ਸਕੂਲ ਵਿੱਚ ਕਿਸ ਨਾਲ ਗੱਲ ਕਰਨੀ ਹੈ
write-in-dsl-name = { $nation ->
        [wales] ਡੈਜ਼ੀਗਨੇਟਡ ਸੇਫ਼ਗਾਰਡਿੰਗ ਪਰਸਨ
       *[england] ਡੈਜ਼ੀਗਨੇਟਡ ਸੇਫ਼ਗਾਰਡਿੰਗ ਲੀਡ
    }
write-in-dsl-room = ਉਹ ਕਿੱਥੇ ਮਿਲਣਗੇ

## Police station: leads with how to report. The write-in fields follow the Victims' Code
## (Right 3): a crime reference number and the officer's contact details.

police-lead-heading = ਤੁਸੀਂ ਇਸ ਦੀ ਰਿਪੋਰਟ ਸਾਨੂੰ ਕਰ ਸਕਦੇ ਹੋ
police-lead-body = ਜੇ ਕਿਸੇ ਨੇ ਤੁਹਾਨੂੰ ਧਮਕੀ ਦਿੱਤੀ ਹੈ, ਤੁਹਾਡੇ ਉੱਤੇ ਦਬਾਅ ਪਾਇਆ ਹੈ, ਤੁਹਾਨੂੰ ਬਲੈਕਮੇਲ ਕੀਤਾ ਹੈ, ਜਾਂ ਤੁਹਾਡੀ ਸਹਿਮਤੀ ਤੋਂ ਬਿਨਾਂ ਤੁਹਾਡੀਆਂ ਤਸਵੀਰਾਂ ਸਾਂਝੀਆਂ ਕੀਤੀਆਂ ਹਨ, ਤਾਂ ਤੁਸੀਂ ਇਸ ਦੀ ਰਿਪੋਰਟ ਸਾਨੂੰ ਕਰ ਸਕਦੇ ਹੋ, ਹੁਣੇ ਜਾਂ ਬਾਅਦ ਵਿੱਚ।
# $non-emergency is 101; $crimestoppers-phone is Crimestoppers' number.
police-lead-how = ਐਮਰਜੈਂਸੀ ਵਿੱਚ { $emergency } ਨੂੰ ਫ਼ੋਨ ਕਰੋ। ਨਹੀਂ ਤਾਂ, { $non-emergency } ਨੂੰ ਫ਼ੋਨ ਕਰੋ, { -police-uk } ਰਾਹੀਂ ਆਨਲਾਈਨ ਰਿਪੋਰਟ ਕਰੋ, ਜਾਂ ਕਿਸੇ ਪੁਲਿਸ ਸਟੇਸ਼ਨ ਆਓ। ਤੁਸੀਂ { -crimestoppers } ਰਾਹੀਂ { $crimestoppers-phone } ਉੱਤੇ ਆਪਣਾ ਨਾਮ ਦੱਸੇ ਬਿਨਾਂ ਰਿਪੋਰਟ ਕਰ ਸਕਦੇ ਹੋ।
# The Silent Solution: $silent-solution is 55.
police-lead-silent = ਜੇ ਤੁਸੀਂ ਮੋਬਾਈਲ ਤੋਂ { $emergency } ਨੂੰ ਫ਼ੋਨ ਕਰਦੇ ਹੋ ਅਤੇ ਬੋਲ ਨਹੀਂ ਸਕਦੇ, ਤਾਂ ਕਹੇ ਜਾਣ ’ਤੇ { $silent-solution } ਦਬਾਓ (“ਸਾਈਲੈਂਟ ਸੋਲਿਊਸ਼ਨ”)।
police-card-lead = ਤੁਸੀਂ ਸਾਨੂੰ ਇਸ ਦੀ ਰਿਪੋਰਟ ਕਰ ਸਕਦੇ ਹੋ। ਇਹ ਕਾਰਡ ਸਾਂਭ ਕੇ ਰੱਖੋ: ਇਸ ਵਿੱਚ ਤੁਹਾਡਾ ਕ੍ਰਾਈਮ ਰੈਫ਼ਰੈਂਸ ਨੰਬਰ ਅਤੇ ਤੁਹਾਡੇ ਅਫ਼ਸਰ ਦੇ ਵੇਰਵੇ ਹਨ।
police-write-in-heading = ਤੁਹਾਡੀ ਰਿਪੋਰਟ
write-in-crime-reference = ਕ੍ਰਾਈਮ ਰੈਫ਼ਰੈਂਸ ਨੰਬਰ
# A 101 call gives an incident number, which is not the same thing. $non-emergency is 101.
write-in-crime-reference-hint = { $non-emergency } ਕਾਲ ਵਾਲਾ ਇਨਸੀਡੈਂਟ ਨੰਬਰ ਨਹੀਂ
write-in-officer = ਅਫ਼ਸਰ ਦਾ ਨਾਮ ਅਤੇ ਬੈਜ ਨੰਬਰ (ਕਾਲਰ ਨੰਬਰ)
write-in-officer-contact = ਅਫ਼ਸਰ ਨਾਲ ਸੰਪਰਕ
