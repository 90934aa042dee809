## Lines each venue edition adds: its lead message, its wallet-card line, and the
## write-in fields staff fill in by hand. Keep names and numbers as { placeables }.

venue-clinic = کلینک ایڈیشن
venue-school = اسکول ایڈیشن
venue-police = پولیس ایڈیشن

## Clinic (GP, sexual health clinic): leads with confidentiality.

clinic-lead-heading = آپ کی آمد رازدارانہ ہے
clinic-lead-body = ہم آپ کی اجازت کے بغیر کسی کو نہیں بتائیں گے کہ آپ اس معاملے میں ہمارے پاس آئے، یا آپ نے ہمیں کیا بتایا۔
clinic-lead-exception = واحد استثنا یہ ہے کہ اگر ہمیں فکر ہو کہ آپ کو یا کسی اور کو، جیسے کسی بچے کو، شدید نقصان کا خطرہ ہے (سیف گارڈنگ یعنی تحفظ)۔
# Wallet card, one short line.
clinic-card-lead = آپ کی بتائی ہوئی باتیں رازدارانہ ہیں۔ ہم اگلے اقدامات میں مدد کر سکتے ہیں۔
clinic-write-in-heading = آپ کا کلینک
write-in-clinic-contact = کلینک میں رابطہ
write-in-clinic-phone = فون

## School: addressed to pupils under 18. Leads with telling a trusted adult or the member of
## staff responsible for safeguarding: in England the Designated Safeguarding Lead (DSL), in
## Wales the Designated Safeguarding Person (DSP, Welsh Government's "Keeping learners safe").
## Messages naming them select on $nation: `wales` for an output for Wales (a Welsh-language
## edition, or a venue in Wales), `england` (the default variant) otherwise. Keep both.

school-lead-heading = کسی قابلِ اعتماد بالغ کو بتائیں
school-lead-body = آپ کو اس کا سامنا اکیلے نہیں کرنا۔ کسی قابلِ اعتماد بالغ کو بتائیں: والدین یا دیکھ بھال کرنے والے، کسی استاد، یا ہمارے { $nation ->
        [wales] ڈیزگنیٹڈ سیف گارڈنگ پرسن (DSP)
       *[england] ڈیزگنیٹڈ سیف گارڈنگ لیڈ (DSL)
    } کو، یعنی اسکول کا وہ فرد جس کا کام طلبہ کو محفوظ رکھنے میں مدد کرنا ہے۔
school-lead-not-in-trouble = مدد مانگنا صحیح قدم ہے۔ ہمارے { $nation ->
        [wales] DSP
       *[england] DSL
    } جانتے ہیں کہ کیا کرنا ہے اور وہ آپ کی طرف سے اس کی رپورٹ کر سکتے ہیں۔
school-card-lead = کسی قابلِ اعتماد بالغ کو یا ہمارے { $nation ->
        [wales] ڈیزگنیٹڈ سیف گارڈنگ پرسن
       *[england] ڈیزگنیٹڈ سیف گارڈنگ لیڈ
    } کو بتائیں۔
school-write-in-heading = اسکول میں کس سے بات کریں
write-in-dsl-name = { $nation ->
        [wales] ڈیزگنیٹڈ سیف گارڈنگ پرسن
       *[england] ڈیزگنیٹڈ سیف گارڈنگ لیڈ
    }
write-in-dsl-room = وہ کہاں ملیں گے

## Police station: leads with how to report. The write-in fields follow the Victims' Code
## (Right 3): a crime reference number and the officer's contact details.

police-lead-heading = آپ اس کی رپورٹ ہمیں کر سکتے ہیں
police-lead-body = اگر کسی نے آپ کو دھمکی دی ہے، آپ پر دباؤ ڈالا ہے، آپ کو بلیک میل کیا ہے، یا آپ کی رضامندی کے بغیر آپ کی تصاویر شیئر کی ہیں، تو آپ ہمیں اس کی رپورٹ کر سکتے ہیں، ابھی یا بعد میں۔
# $non-emergency is 101; $crimestoppers-phone is Crimestoppers' number.
police-lead-how = ایمرجنسی میں { $emergency } پر کال کریں۔ ورنہ { $non-emergency } پر کال کریں، { -police-uk } کے ذریعے آن لائن رپورٹ کریں، یا کسی پولیس اسٹیشن آئیں۔ آپ { -crimestoppers } کو { $crimestoppers-phone } پر اپنا نام ظاہر کیے بغیر رپورٹ کر سکتے ہیں۔
# The Silent Solution: $silent-solution is 55.
police-lead-silent = اگر آپ موبائل سے { $emergency } پر کال کریں اور بول نہ سکیں، تو کہے جانے پر { $silent-solution } دبائیں («سائلنٹ سولیوشن»)۔
police-card-lead = آپ ہمیں اس کی رپورٹ کر سکتے ہیں۔ یہ کارڈ سنبھال کر رکھیں: اس میں آپ کا کرائم ریفرنس نمبر اور آپ کے افسر کی تفصیلات درج ہیں۔
police-write-in-heading = آپ کی رپورٹ
write-in-crime-reference = کرائم ریفرنس نمبر
# A 101 call gives an incident number, which is not the same thing. $non-emergency is 101.
write-in-crime-reference-hint = { $non-emergency } کال والا انسیڈنٹ نمبر نہیں
write-in-officer = افسر کا نام اور بیج نمبر (کالر نمبر)
write-in-officer-contact = افسر سے رابطہ
