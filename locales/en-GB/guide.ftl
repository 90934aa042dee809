## The guide itself, faithful to shared/source/guide-en-GB.txt.
## Do not rewrite the advice. Service names ({ -revenge-porn-helpline } etc.) and numbers
## ({ $emergency } etc.) are filled in by leafpress from content/: keep them exactly as they are,
## never type a name, number or web address yourself.
## A message's `.lead` attribute is printed in bold before its text.

# Cover title. "…" is one character (U+2026). The subtitle completes the sentence.
guide-title = What to do if…
guide-subtitle = you discover someone saved intimate photos you sent with an expectation of privacy

## Short answer

short-answer-heading = Short answer
short-answer-body = Pause and focus on safety: don’t negotiate, threaten, or send anything else. Save a minimal record (without re-sharing the images), and get specialist support to reduce the risk of the photos being shared.
# Version for editions addressed to under-18s (school): a child must never be told to view,
# save or copy the image itself, not even to show an adult (UKCIS advice, March 2024). It is
# the only advice on the school wallet card (85 × 55 mm): keep it short and unambiguous.
short-answer-body-child = Pause and focus on safety: don’t negotiate, threaten, or send anything else. Don’t look at, save, copy or share the images — not even to show an adult. Tell a trusted adult instead, and get specialist support to reduce the risk of the photos being shared.

## Do not do these things

do-not-heading = Do not do these things
do-not-send-more = Don’t send more images, “proof,” or additional personal details to try to fix it.
do-not-agree-demands = Don’t agree to demands (money, more images, meeting up) — this often escalates.
do-not-threaten = Don’t threaten them publicly or start a public argument; it can make things spread faster and harder to remove.
do-not-reread = Don’t keep rereading upsetting messages: take the key screenshots you need, then archive/mute/hide the chat so you don’t have to look at it.
# Under-18 version: no screenshots (they may capture the image); the adult helping them reports.
do-not-reread-child = Don’t keep rereading upsetting messages: tell a trusted adult, then archive/mute/hide the chat so you don’t have to look at it.
do-not-meet-alone = Don’t meet them alone to “sort it out” if you feel any intimidation, coercion, or safety risk.

## What to do now

do-now-heading = What to do now
do-now-pause = If this person is nearby or you feel unsafe, end contact for now and move somewhere you feel physically safe.
    .lead = Get to a calmer, safer pause.
do-now-stop-flow = Assume anything you send can be saved. Turn off “auto-save to camera roll” in messaging apps, and don’t send further intimate content to anyone while this is active.
    .lead = Stop the flow of new material.
do-now-evidence = Capture minimal evidence (without re-sharing images).
do-now-evidence-screenshot = Screenshot messages, threats, usernames, dates/times, and links.
do-now-evidence-timeline = Write down what you discovered and when (a simple timeline).
do-now-evidence-url = If the image is already posted somewhere, copy the URL(s) and note the account name.
# Police edition only: officers need the original material.
do-now-evidence-police = Bring what you have to us: the phone, the messages and the links.
    .lead = Don’t delete anything.
# Under-18 editions replace the evidence steps above (UKCIS advice, March 2024).
do-now-evidence-child = Keep a record without the image.
do-now-evidence-child-dont-save = Don’t view, copy, forward or save the image or video itself — not even to show an adult or to report it.
do-now-evidence-child-timeline = Write down what happened and when (a simple timeline).
do-now-evidence-child-where = Note where it was posted (the app or website and the account name) without opening the image again.
do-now-takedown = If you think sharing is likely (or it’s already shared), use specialist takedown help.
do-now-takedown-helpline = If you’re 18+, contact the { -revenge-porn-helpline } for confidential, practical support (including takedown guidance).
do-now-takedown-stopncii = Consider { -stopncii }: it creates a “digital fingerprint” (hash) of your image/video and shares that hash with participating platforms to help detect/remove matching uploads. (It won’t remove content everywhere, but it can help reduce re-uploads on participating services.)
do-now-report = If there are threats, coercion, stalking, blackmail, or sharing without consent, report it.
# $emergency is the UK emergency number (999), filled in by leafpress.
do-now-report-danger = If you’re in immediate danger, call { $emergency }.
do-now-report-police = Otherwise, report to your local police force (including via online reporting). You can also report anonymously via { -crimestoppers }.
do-now-under-18 = If you are under 18 (or anyone in the images is under 18), treat this as a child-safety issue.
do-now-under-18-ceop = Make a report to { -ceop }.
do-now-under-18-report-remove = If an image/video of a young person is online and you want help getting it removed, { -childline }’s { -report-remove } route (run with the { -internet-watch-foundation }) can help.
do-now-accounts = Do a quick account safety check (reduce further access).
do-now-accounts-password = Change your email password first, then key social accounts.
do-now-accounts-2fa = Turn on two-factor authentication.
do-now-accounts-sessions = Check “active sessions/devices” and sign out of anything you don’t recognise.
do-now-accounts-why = This matters especially if the person had access to your phone, accounts, or cloud storage.
do-now-tell-someone = Pick someone steady who can help you follow steps (friend, relative, support worker). Ask them to sit with you while you make the first calls/reports.
    .lead = Tell one safe person.
# Under-18 version of the step above. $nation is the UK nation the output is for: a school
# in Wales has a Designated Safeguarding Person (DSP, "Keeping learners safe"), a school in
# England a Designated Safeguarding Lead (DSL). Keep both variants.
do-now-tell-adult = Pick someone you trust: a parent or carer, a teacher, or the school’s { $nation ->
        [wales] Designated Safeguarding Person
       *[england] Designated Safeguarding Lead
    }. Ask them to sit with you while you make the first calls/reports.
    .lead = Tell a trusted adult.

## What can wait

can-wait-heading = What can wait
can-wait-decide = You do not need to decide right now whether to confront them, “forgive them,” or end the relationship.
can-wait-confront = If there are no threats and nothing has been shared, you don’t have to do a big confrontation today. A single, calm written boundary later (e.g., “Delete all copies and don’t share them”) can be enough — and you can stop engaging after that.
can-wait-details = You do not need to gather every detail before contacting support; a few key screenshots and a short timeline are enough.
# Under-18 version: no screenshots.
can-wait-details-child = You do not need to gather every detail before asking for help; telling an adult what happened and when is enough.

## Closing notes

reassurance-heading = Important reassurance
reassurance-body = Feeling shocked, violated, or panicky is a normal response. When someone saves or threatens to share intimate images, it can be used to control you — you’re not overreacting, and you don’t have to handle it alone.
scope-heading = About this guide
scope-body = These are first steps to stabilise the situation, reduce immediate risk, and connect you with specialist support. Later decisions (legal steps, workplace/school issues, longer-term safety planning) can come after things are calmer.
legal-note-heading = Important note
legal-note-body = This guide provides general first-step information and is not legal advice or a substitute for professional support. If you are in immediate danger, call { $emergency }.
