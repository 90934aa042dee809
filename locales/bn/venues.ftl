## Lines each venue edition adds: its lead message, its wallet-card line, and the
## write-in fields staff fill in by hand. Keep names and numbers as { placeables }.

venue-clinic = ক্লিনিক সংস্করণ
venue-school = স্কুল সংস্করণ
venue-police = পুলিশ সংস্করণ

## Clinic (GP, sexual health clinic): leads with confidentiality.

clinic-lead-heading = আপনার এখানে আসার বিষয়টি গোপনীয়
clinic-lead-body = আপনার অনুমতি ছাড়া আমরা কাউকে জানাব না যে আপনি এ বিষয়ে আমাদের কাছে এসেছিলেন, বা আপনি আমাদের কী বলেছেন।
clinic-lead-exception = একমাত্র ব্যতিক্রম হলো, যদি আমাদের উদ্বেগ হয় যে আপনি বা অন্য কেউ, যেমন কোনো শিশু, গুরুতর ক্ষতির ঝুঁকিতে আছেন (সুরক্ষা, ইংরেজিতে “safeguarding”)।
# Wallet card, one short line.
clinic-card-lead = আপনি আমাদের যা বলবেন তা গোপনীয়। পরবর্তী পদক্ষেপগুলোতে আমরা সাহায্য করতে পারি।
clinic-write-in-heading = আপনার ক্লিনিক
write-in-clinic-contact = ক্লিনিকের যোগাযোগ
write-in-clinic-phone = ফোন

## School: addressed to pupils under 18. Leads with telling a trusted adult or the member of
## staff responsible for safeguarding: in England the Designated Safeguarding Lead (DSL), in
## Wales the Designated Safeguarding Person (DSP, Welsh Government's "Keeping learners safe").
## Messages naming them select on $nation: `wales` for an output for Wales (a Welsh-language
## edition, or a venue in Wales), `england` (the default variant) otherwise. Keep both.

school-lead-heading = বিশ্বস্ত কোনো প্রাপ্তবয়স্ককে জানাও
school-lead-body = এটা তোমাকে একা সামলাতে হবে না। বিশ্বস্ত কোনো প্রাপ্তবয়স্ককে জানাও: মা-বাবা বা যিনি তোমার দেখাশোনা করেন, কোনো শিক্ষক, বা আমাদের { $nation ->
        [wales] ডেজিগনেটেড সেফগার্ডিং পারসন (DSP)
       *[england] ডেজিগনেটেড সেফগার্ডিং লিড (DSL)
    } — স্কুলের সেই ব্যক্তি, যাঁর কাজ ছাত্রছাত্রীদের নিরাপদ রাখতে সাহায্য করা।
school-lead-not-in-trouble = সাহায্য চাওয়াই সঠিক কাজ। { $nation ->
        [wales] DSP
       *[england] DSL
    } জানেন কী করতে হবে এবং তোমার হয়ে রিপোর্ট করতে পারেন।
school-card-lead = বিশ্বস্ত কোনো প্রাপ্তবয়স্ককে বা আমাদের { $nation ->
        [wales] ডেজিগনেটেড সেফগার্ডিং পারসনকে
       *[england] ডেজিগনেটেড সেফগার্ডিং লিডকে
    } জানাও।
school-write-in-heading = স্কুলে কার সঙ্গে কথা বলবে
write-in-dsl-name = { $nation ->
        [wales] ডেজিগনেটেড সেফগার্ডিং পারসন (DSP)
       *[england] ডেজিগনেটেড সেফগার্ডিং লিড (DSL)
    }
write-in-dsl-room = তাঁকে কোথায় পাবে

## Police station: leads with how to report. The write-in fields follow the Victims' Code
## (Right 3): a crime reference number and the officer's contact details.

police-lead-heading = আপনি এটি আমাদের কাছে রিপোর্ট করতে পারেন
police-lead-body = যদি কেউ আপনাকে হুমকি দিয়ে থাকে, চাপ দিয়ে থাকে, ব্ল্যাকমেইল করে থাকে, বা আপনার সম্মতি ছাড়া আপনার ছবি শেয়ার করে থাকে, তাহলে আপনি এখন বা পরে আমাদের কাছে রিপোর্ট করতে পারেন।
# $non-emergency is 101; $crimestoppers-phone is Crimestoppers' number.
police-lead-how = জরুরি অবস্থায় { $emergency } নম্বরে কল করুন। অন্যথায় { $non-emergency } নম্বরে কল করুন, { -police-uk } ওয়েবসাইটের মাধ্যমে অনলাইনে রিপোর্ট করুন, বা থানায় আসুন। আপনি { -crimestoppers } সংস্থার মাধ্যমে { $crimestoppers-phone } নম্বরে পরিচয় গোপন রেখে রিপোর্ট করতে পারেন।
# The Silent Solution: $silent-solution is 55.
police-lead-silent = যদি আপনি মোবাইল থেকে { $emergency } নম্বরে কল করেন এবং কথা বলতে না পারেন, তাহলে নির্দেশ দেওয়া হলে { $silent-solution } চাপুন (সাইলেন্ট সলিউশন)।
police-card-lead = আপনি এটি আমাদের কাছে রিপোর্ট করতে পারেন। এই কার্ডটি রেখে দিন: এতে আপনার ক্রাইম রেফারেন্স নম্বর ও আপনার অফিসারের বিবরণ থাকে।
police-write-in-heading = আপনার রিপোর্ট
write-in-crime-reference = ক্রাইম রেফারেন্স নম্বর
# A 101 call gives an incident number, which is not the same thing. $non-emergency is 101.
write-in-crime-reference-hint = { $non-emergency } কলের ইনসিডেন্ট নম্বর নয়
write-in-officer = অফিসারের নাম ও ব্যাজ নম্বর (কলার নম্বর)
write-in-officer-contact = অফিসারের যোগাযোগ
