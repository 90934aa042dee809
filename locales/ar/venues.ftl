## Lines each venue edition adds: its lead message, its wallet-card line, and the
## write-in fields staff fill in by hand. Keep names and numbers as { placeables }.

venue-clinic = نسخة العيادات
venue-school = نسخة المدارس
venue-police = نسخة الشرطة

## Clinic (GP, sexual health clinic): leads with confidentiality.

clinic-lead-heading = زيارتك سرية
clinic-lead-body = لن نخبر أحدًا بأنك جئت إلينا بشأن هذا الأمر، ولا بما أخبرتنا به، من دون إذنك.
clinic-lead-exception = الاستثناء الوحيد هو إذا كنا قلقين من أنك أنت أو شخصًا آخر، مثل طفل، معرّض لخطر أذى جسيم (واجب الحماية).
# Wallet card, one short line.
clinic-card-lead = ما تخبرنا به سري. يمكننا مساعدتك في الخطوات التالية.
clinic-write-in-heading = عيادتك
write-in-clinic-contact = جهة الاتصال في العيادة
write-in-clinic-phone = الهاتف

## School: addressed to pupils under 18. Leads with telling a trusted adult or the member of
## staff responsible for safeguarding: in England the Designated Safeguarding Lead (DSL), in
## Wales the Designated Safeguarding Person (DSP, Welsh Government's "Keeping learners safe").
## Messages naming them select on $nation: `wales` for an output for Wales (a Welsh-language
## edition, or a venue in Wales), `england` (the default variant) otherwise. Keep both.

school-lead-heading = أخبر شخصًا بالغًا تثق به
school-lead-body = لست مضطرًا إلى التعامل مع هذا وحدك. أخبر شخصًا بالغًا تثق به: أحد والديك أو من يرعاك، أو معلمًا، أو { $nation ->
        [wales] الشخص المعيّن لشؤون الحماية لدينا (DSP)
       *[england] مسؤول الحماية المعيّن لدينا (DSL)
    }، وهو الشخص في المدرسة الذي تتمثل مهمته في المساعدة على حماية التلاميذ.
school-lead-not-in-trouble = طلب المساعدة هو التصرف الصحيح. يعرف { $nation ->
        [wales] الشخص المعيّن لشؤون الحماية (DSP)
       *[england] مسؤول الحماية المعيّن (DSL)
    } ما يجب فعله، ويمكنه الإبلاغ عن الأمر نيابةً عنك.
school-card-lead = أخبر شخصًا بالغًا تثق به أو { $nation ->
        [wales] الشخص المعيّن لشؤون الحماية
       *[england] مسؤول الحماية المعيّن
    } لدينا.
school-write-in-heading = مع من تتحدث في المدرسة
write-in-dsl-name = { $nation ->
        [wales] الشخص المعيّن لشؤون الحماية
       *[england] مسؤول الحماية المعيّن
    }
write-in-dsl-room = أين تجده

## Police station: leads with how to report. The write-in fields follow the Victims' Code
## (Right 3): a crime reference number and the officer's contact details.

police-lead-heading = يمكنك إبلاغنا بهذا
police-lead-body = إذا هدّدك شخص ما، أو ضغط عليك، أو ابتزّك، أو شارك صورك من دون موافقتك، فيمكنك إبلاغنا بذلك، الآن أو لاحقًا.
# $non-emergency is 101; $crimestoppers-phone is Crimestoppers' number.
police-lead-how = في حالات الطوارئ، اتصل بالرقم { $emergency }. وفي غير ذلك، اتصل بالرقم { $non-emergency }، أو أبلغ عبر الإنترنت من خلال { -police-uk }، أو توجّه إلى أحد مراكز الشرطة. ويمكنك الإبلاغ دون الكشف عن هويتك عبر { -crimestoppers } على الرقم { $crimestoppers-phone }.
# The Silent Solution: $silent-solution is 55.
police-lead-silent = إذا اتصلت بالرقم { $emergency } من هاتف محمول ولم تستطع الكلام، فاضغط { $silent-solution } عندما يُطلب منك ذلك (خدمة «الحل الصامت»).
police-card-lead = يمكنك إبلاغنا بالأمر. احتفظ بهذه البطاقة: ففيها الرقم المرجعي للجريمة وبيانات الضابط المسؤول عن بلاغك.
police-write-in-heading = بلاغك
write-in-crime-reference = الرقم المرجعي للجريمة
# A 101 call gives an incident number, which is not the same thing. $non-emergency is 101.
write-in-crime-reference-hint = ليس رقم الحادثة الذي تحصل عليه عند الاتصال بالرقم { $non-emergency }
write-in-officer = اسم الضابط ورقم شارته
write-in-officer-contact = بيانات الاتصال بالضابط
