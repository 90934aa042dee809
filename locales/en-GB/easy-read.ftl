## The Easy Read edition (content/easy-read.toml says which message goes with which picture,
## and which venue sees it). Easy Read rules (Department of Health; GOV.UK "Accessible
## communication formats", 2021):
##   - one sentence per message, one idea and one verb per sentence;
##   - 10 to 15 words a sentence (`leafpress check` warns above 15 words, errors above 20);
##   - active voice, everyday words; a hard word is explained in the next sentence;
##   - no italics, no brackets, no slashes.
## A message's `.key` attribute names its key words: they are printed in bold. Copy them
## exactly as they appear in your sentence; write no markup in the text.
## Names and numbers ({ -childline }, { $emergency }…) come from content/: never type them.
## Faithful to the guide (guide.ftl): add no advice.

format-easy-read = Easy Read

er-title = What to do if someone has your private photos
er-subtitle = Easy Read guide

## About this guide

er-about-heading = About this guide
er-about-sent = You sent private photos of yourself to someone you trusted.
    .key = private photos
er-about-found = Now you have found out that this person still has them.
er-about-intimate = Some people call these photos intimate images.
    .key = intimate images
er-about-intimate-means = Intimate means very private, like photos of you with few or no clothes.
er-about-help = This guide tells you what to do first and where to get help.

## The venue's opening rows

er-clinic-private = What you tell us at this clinic is confidential.
    .key = confidential
er-clinic-private-means = Confidential means we do not tell anyone without your permission.
er-clinic-exception = We only tell someone if you or another person, like a child, could be harmed.
er-school-not-alone = You do not have to deal with this on your own.
er-school-trusted-adult = Tell a trusted adult, like a parent, carer or teacher.
    .key = trusted adult
er-school-trusted-means = A trusted adult is a grown-up you feel safe with.
er-school-dsl = You can also tell our { $nation ->
        [wales] Designated Safeguarding Person
       *[england] Designated Safeguarding Lead
    }.
    .key = { $nation ->
        [wales] Designated Safeguarding Person
       *[england] Designated Safeguarding Lead
    }
er-school-dsl-means = This is the person at school whose job is to help pupils stay safe.
er-school-right-thing = Asking for help is the right thing to do.
er-school-dsl-report = This person knows what to do and can report it for you.
er-police-report = You can report this to us, now or later.
    .key = report
er-police-report-means = Report means you tell the police what happened.
er-police-threats = You can report it if someone threatened you or pressured you.
er-police-shared = You can also report it if someone shared your photos without asking.
er-police-101 = Call { $non-emergency } or come to a police station to report it.
    .key = { $non-emergency }
er-police-online = You can also report it online on the { -police-uk } website.
er-police-anonymous = You can report it to { -crimestoppers } without giving your name.
    .key = { -crimestoppers }
er-police-crimestoppers-phone = The phone number for { -crimestoppers } is { $crimestoppers-phone }.
er-police-silent = In an emergency, call { $emergency } from a mobile and press { $silent-solution } if you cannot speak.
    .key = { $silent-solution }
er-police-reference = When you report it, you get a crime reference number.
    .key = crime reference number
er-police-reference-means = Your officer can write it in the box near the end of this guide.

## Danger

er-danger-heading = If you are in danger
er-danger-call = If you are in danger right now, call { $emergency }.
    .key = { $emergency }
er-danger-means = Danger means someone could hurt you soon.

## Stay safe first

er-safe-heading = Stay safe first
er-safe-pause = Stop and take a breath. Think about your safety first.
    .key = safety
er-safe-end-contact = If the person is near you, stop talking to them for now.
er-safe-move = Go to a place where you feel safe.
er-safe-no-more = Do not send the person anything else for now.
er-safe-stop-new = Remember that the other person can store anything you send.
er-safe-autosave = Turn off auto-save in your messaging apps.
    .key = auto-save
er-safe-autosave-means = Auto-save puts photos from chats on your phone by itself.
er-safe-no-photos = Do not send private photos to anyone while this is going on.

## Do not

er-donot-heading = Things not to do
er-donot-send = Do not send more photos or details about yourself to fix it.
    .key = Do not
er-donot-demands = Do not do what they ask, like giving money or more photos.
    .key = Do not
er-donot-demands-why = Giving them what they want often makes things worse.
er-donot-threaten = Do not threaten them or argue with them in public.
    .key = Do not
er-donot-threaten-why = This can make the photos spread faster and be harder to remove.
er-donot-reread = Do not keep reading upsetting messages again and again.
    .key = Do not
er-donot-reread-adult = Take screenshots of the messages you need, then hide the chat.
er-donot-reread-child = Tell a trusted adult, then hide the chat so you do not see it.
er-donot-meet = Do not meet them alone to sort it out if you feel unsafe.
    .key = Do not
# Under-18 version: not conditional on feeling unsafe.
er-donot-meet-child = Do not meet them alone to sort it out.
    .key = Do not
er-donot-meet-child-tell = Tell a trusted adult instead.
    .key = trusted adult

## Make a record

er-record-heading = Make a record
er-record-adult = Make a short record of what happened.
    .key = record
er-record-no-reshare = Do not share the photos again with anyone.
er-record-screenshots = Take screenshots of messages, threats, user names, dates and links.
    .key = screenshots
er-record-screenshot-means = A screenshot is a picture of what is on your screen.
er-record-timeline = Write down what happened and when it happened.
er-record-url = If the photo is online, copy the web address and the account name.
er-record-police = Do not delete anything. Bring your phone and the messages to us.
    .key = Do not delete
er-record-child = Write down what happened, but never use the photo itself.
    .key = never use the photo
er-record-child-dont = Never look at, copy, send or save the photo, even to show an adult.
    .key = Never
er-record-child-timeline = Write down the date and time when each thing happened.
er-record-child-where = Write down the app or website and the account name.

## Getting photos taken down (adults)

er-takedown-heading = Getting photos taken down
er-takedown-when = Get specialist help if the photos could be shared or have been shared.
    .key = specialist help
er-takedown-specialist-means = Specialist help comes from people who know a lot about this problem.
er-takedown-helpline = Call the { -revenge-porn-helpline } on { $helpline-phone }.
    .key = { -revenge-porn-helpline }
er-takedown-helpline-who = The helpline is for people aged 18 and over.
er-takedown-helpline-what = It gives private, practical help, like how to get photos taken down.
er-takedown-stopncii = { -stopncii } can help stop your photos being posted again.
    .key = { -stopncii }
er-takedown-hash = It makes a code from your photo, called a hash.
    .key = hash
er-takedown-hash-use = Some websites use this code to find and remove matching photos.
er-takedown-limit = It cannot remove your photos from everywhere.

## Report it

er-report-heading = Report it
er-report-when = Report it if someone threatens you, follows you or blackmails you.
    .key = Report it
er-report-blackmail-means = Blackmail means someone says they will share your photos unless you do something.
er-report-shared = Also report it if someone shares your photos without your permission.
er-report-danger = If you are in danger right now, call { $emergency }.
    .key = { $emergency }
er-report-police = If you are not in danger, report it to your local police.
er-report-online = You can report it online on the { -police-uk } website.
er-report-anonymous = You can also tell { -crimestoppers } without giving your name.

## Under 18

er-child-heading = If someone in the photos is under 18
er-child-safety = If you are under 18, this is a child safety problem.
    .key = child safety
er-child-anyone = This is also true if anyone in the photos is under 18.
er-child-ceop = Make a report to { -ceop }.
    .key = { -ceop }
er-child-ceop-means = { -ceop } is a police team that protects children online.
er-child-report-remove = { -childline } has a service called { -report-remove }.
    .key = { -report-remove }
er-child-report-remove-what = It can help get a photo of a young person off the internet.
er-child-report-remove-iwf = { -childline } runs it with the { -internet-watch-foundation }.

## Accounts

er-accounts-heading = Make your accounts safe
er-accounts-why = Check your accounts, so the person cannot get into them.
    .key = accounts
er-accounts-email = Change your email password first.
    .key = password
er-accounts-social = Then change the passwords of your main social media accounts.
er-accounts-2fa = Turn on two-factor authentication.
    .key = two-factor authentication
er-accounts-2fa-means = This means you need a code and your password to log in.
er-accounts-devices = Check which phones and computers are logged in to your accounts.
er-accounts-sign-out = Log out of any phone or computer you do not know.
er-accounts-matters = This matters most if the person used your phone or accounts.

## Tell someone

er-tell-heading = Tell someone
er-tell-adult = Tell one safe person, like a friend, a relative or a support worker.
    .key = safe person
er-tell-adult-help = Pick someone calm who can help you with the next steps.
er-tell-adult-sit = Ask them to sit with you when you make the first calls.
er-tell-child = Tell a trusted adult, like a parent, carer or teacher.
    .key = trusted adult
er-tell-child-dsl = You can also tell the school’s { $nation ->
        [wales] Designated Safeguarding Person
       *[england] Designated Safeguarding Lead
    }.
er-tell-child-sit = Ask them to sit with you when they make the first calls.

## What can wait

er-wait-heading = What can wait
er-wait-decide = You do not need to decide everything right now.
    .key = do not need to decide
er-wait-decide-what = For example, you can decide later if you will forgive them.
er-wait-relationship = You can also decide later if you will end the relationship.
er-wait-argue = With no threats and nothing shared, you do not need to argue today.
er-wait-later = Later, you can write them one calm message asking them to delete the photos.
er-wait-stop = After that, you can stop talking to them.
er-wait-details-adult = You do not need every detail before you ask for help.
er-wait-details-adult-enough = A few screenshots and a short list of what happened are enough.
er-wait-details-child = You do not need every detail before you ask for help.
er-wait-details-child-enough = Telling an adult what happened and when is enough.

## Feelings

er-feelings-heading = How you might feel
er-feelings-normal = Feeling shocked, hurt or scared is normal.
    .key = normal
er-feelings-control = Some people use private photos to control other people.
er-feelings-not-overreacting = You are not overreacting.
er-feelings-not-alone = You do not have to deal with this alone.

## Contacts and the end pages

er-contacts-heading = Phone numbers and websites
er-contacts-emergency = In an emergency, call { $emergency }.
    .key = { $emergency }
er-contacts-non-emergency = If it is not an emergency, call { $non-emergency }.
    .key = { $non-emergency }
er-write-in-heading = Write it down here

er-words-heading = Words in this guide
er-word-report = Report means telling the police or a service what happened.
    .key = Report
er-word-screenshot = A screenshot is a picture of what is on your screen.
    .key = screenshot
er-word-trusted-adult = A trusted adult is a grown-up you feel safe with.
    .key = trusted adult
er-word-confidential = Confidential means we do not tell anyone without your permission.
    .key = Confidential
er-word-blackmail = Blackmail means someone says they will share your photos unless you do something.
    .key = Blackmail
er-word-password = A password is a secret word you use to get into an account.
    .key = password
er-word-collar-number = A collar number is the number a police officer wears on their uniform.
    .key = collar number
er-word-crime-reference = A crime reference number is the number the police give your report.
    .key = crime reference number

er-about-guide-heading = More about this guide
er-about-guide-first = This guide tells you the first steps to take.
er-about-guide-legal = It does not give legal advice.
    .key = legal advice
er-about-guide-later = You can make bigger choices later, when things are calmer.

er-credits-heading = Pictures
er-credits = The pictures are from OpenMoji, the open source emoji project.
er-credits-licence = They are shared under the licence called CC BY-SA 4.0.

## Alt text: what each picture shows, for screen readers. Short, plain, no full stop.

er-pic-phone = A mobile phone
er-pic-call = A telephone receiver
er-pic-lock = A closed padlock
er-pic-police = A police officer
er-pic-emergency = A flashing police light
er-pic-stop = A hand held up to say stop
er-pic-talk = A speech bubble
er-pic-people = Two people side by side
er-pic-calm = A calm face
er-pic-school = A school building
er-pic-clinic = A hospital building
er-pic-notes = A notepad and pencil
er-pic-calendar = A calendar
er-pic-wait = An hourglass
er-pic-no = A circle with a line through it, meaning no
er-pic-yes = A tick, meaning yes
er-pic-help = Two hands shaking
er-pic-book = An open book
er-pic-web = A globe, meaning the internet
er-pic-shield = A shield, meaning safety
er-pic-settings = A gear, meaning the settings on your phone
er-pic-search = A magnifying glass
er-pic-info = The letter i, meaning information
er-pic-teacher = A teacher
er-pic-home = A house
er-pic-idea = A light bulb, meaning an idea
er-pic-key = A key
