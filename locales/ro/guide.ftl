## The guide itself, faithful to shared/source/guide-en-GB.txt.
## Do not rewrite the advice. Service names ({ -revenge-porn-helpline } etc.) and numbers
## ({ $emergency } etc.) are filled in by leafpress from content/: keep them exactly as they are,
## never type a name, number or web address yourself.
## A message's `.lead` attribute is printed in bold before its text.

# Cover title. "…" is one character (U+2026). The subtitle completes the sentence.
guide-title = Ce să faci dacă…
guide-subtitle = descoperi că cineva a păstrat fotografii intime pe care i le-ai trimis crezând că vor rămâne private

## Short answer

short-answer-heading = Pe scurt
short-answer-body = Oprește-te și concentrează-te pe siguranță: nu negocia, nu amenința și nu mai trimite nimic. Păstrează o evidență minimă (fără a redistribui imaginile) și apelează la sprijin specializat pentru a reduce riscul ca fotografiile să fie distribuite.
# Version for editions addressed to under-18s (school): a child must never be told to view,
# save or copy the image itself, not even to show an adult (UKCIS advice, March 2024). It is
# the only advice on the school wallet card (85 × 55 mm): keep it short and unambiguous.
short-answer-body-child = Oprește-te și concentrează-te pe siguranță: nu negocia, nu amenința și nu mai trimite nimic. Nu te uita la imagini, nu le salva, nu le copia și nu le distribui — nici măcar ca să le arăți unui adult. În schimb, spune unui adult de încredere și apelează la sprijin specializat pentru a reduce riscul ca fotografiile să fie distribuite.

## Do not do these things

do-not-heading = Ce să nu faci
do-not-send-more = Nu trimite alte imagini, „dovezi” sau alte detalii personale ca să încerci să rezolvi situația.
do-not-agree-demands = Nu accepta cererile (bani, alte imagini, o întâlnire) — adesea, asta agravează situația.
do-not-threaten = Nu amenința persoana în public și nu începe o ceartă publică; asta poate face ca lucrurile să se răspândească mai repede și să fie mai greu de eliminat.
do-not-reread = Nu reciti la nesfârșit mesajele care te tulbură: fă capturile de ecran esențiale de care ai nevoie, apoi arhivează, pune pe silențios sau ascunde conversația, ca să nu mai fie nevoie să te uiți la ea.
# Under-18 version: no screenshots (they may capture the image); the adult helping them reports.
do-not-reread-child = Nu reciti la nesfârșit mesajele care te tulbură: spune unui adult de încredere, apoi arhivează, pune pe silențios sau ascunde conversația, ca să nu mai fie nevoie să te uiți la ea.
do-not-meet-alone = Nu te întâlni între patru ochi cu persoana respectivă ca să „lămuriți lucrurile” dacă simți orice formă de intimidare, constrângere sau risc pentru siguranța ta.

## What to do now

do-now-heading = Ce să faci acum
do-now-pause = Dacă persoana este în apropiere sau nu te simți în siguranță, întrerupe deocamdată contactul și mergi undeva unde te simți în siguranță fizic.
    .lead = Fă o pauză într-un loc mai calm și mai sigur.
do-now-stop-flow = Pornește de la ideea că orice trimiți poate fi salvat. Dezactivează „salvarea automată în galerie” în aplicațiile de mesagerie și nu mai trimite nimănui conținut intim cât timp situația continuă.
    .lead = Oprește fluxul de materiale noi.
do-now-evidence = Strânge un minim de dovezi (fără a redistribui imaginile).
do-now-evidence-screenshot = Fă capturi de ecran cu mesajele, amenințările, numele de utilizator, datele/orele și linkurile.
do-now-evidence-timeline = Notează ce ai descoperit și când (o cronologie simplă).
do-now-evidence-url = Dacă imaginea a fost deja postată undeva, copiază adresa (adresele) URL și notează numele contului.
# Police edition only: officers need the original material.
do-now-evidence-police = Adu-ne ce ai: telefonul, mesajele și linkurile.
    .lead = Nu șterge nimic.
# Under-18 editions replace the evidence steps above (UKCIS advice, March 2024).
do-now-evidence-child = Păstrează o evidență, dar fără imagine.
do-now-evidence-child-dont-save = Nu te uita la imaginea sau la videoclipul în sine, nu le copia, nu le trimite mai departe și nu le salva — nici măcar ca să le arăți unui adult sau ca să le raportezi.
do-now-evidence-child-timeline = Notează ce s-a întâmplat și când (o cronologie simplă).
do-now-evidence-child-where = Notează unde a fost postat conținutul (aplicația sau site-ul și numele contului), fără să mai deschizi imaginea.
do-now-takedown = Dacă crezi că e probabil ca imaginile să fie distribuite (sau au fost deja distribuite), apelează la ajutor specializat pentru eliminarea lor.
do-now-takedown-helpline = Dacă ai 18 ani sau mai mult, contactează linia de asistență { -revenge-porn-helpline } pentru sprijin practic și confidențial (inclusiv îndrumări pentru eliminarea conținutului).
do-now-takedown-stopncii = Ia în considerare serviciul { -stopncii }: acesta creează o „amprentă digitală” (hash) a imaginii/videoclipului tău și partajează acest hash cu platformele participante, ca să le ajute să detecteze/elimine încărcările identice. (Nu va elimina conținutul de peste tot, dar poate ajuta la reducerea reîncărcărilor pe serviciile participante.)
do-now-report = Dacă există amenințări, constrângere, urmărire (stalking), șantaj sau distribuire fără consimțământ, raportează situația.
# $emergency is the UK emergency number (999), filled in by leafpress.
do-now-report-danger = Dacă ești în pericol imediat, sună la { $emergency }.
do-now-report-police = Altfel, raportează situația la poliția din zona ta (inclusiv prin raportare online). Poți raporta și anonim prin organizația { -crimestoppers }.
do-now-under-18 = Dacă ai sub 18 ani (sau dacă oricine din imagini are sub 18 ani), tratează situația ca pe o problemă de siguranță a copiilor.
do-now-under-18-ceop = Fă o sesizare la { -ceop }.
do-now-under-18-report-remove = Dacă există online o imagine sau un videoclip cu o persoană tânără și vrei ajutor ca acest conținut să fie eliminat, te poate ajuta serviciul { -report-remove } al organizației { -childline } (administrat împreună cu organizația { -internet-watch-foundation }).
do-now-accounts = Fă o verificare rapidă a siguranței conturilor (ca să limitezi accesul în continuare).
do-now-accounts-password = Schimbă mai întâi parola de e-mail, apoi pe cele ale principalelor conturi de social media.
do-now-accounts-2fa = Activează autentificarea cu doi factori.
do-now-accounts-sessions = Verifică „sesiunile/dispozitivele active” și deconectează-te de pe orice nu recunoști.
do-now-accounts-why = Acest lucru contează mai ales dacă persoana a avut acces la telefonul, conturile sau spațiul tău de stocare în cloud.
do-now-tell-someone = Alege pe cineva echilibrat care te poate ajuta să urmezi pașii (un prieten sau o prietenă, o rudă, un consilier de la un serviciu de sprijin). Roagă persoana respectivă să stea lângă tine cât timp faci primele apeluri/raportări.
    .lead = Spune-i unei persoane sigure.
# Under-18 version of the step above.
do-now-tell-adult = Alege pe cineva în care ai încredere: un părinte sau îngrijitor, un profesor sau responsabilul școlii cu protecția elevilor ({ $nation ->
        [wales] Designated Safeguarding Person
       *[england] Designated Safeguarding Lead
    }). Roagă persoana respectivă să stea lângă tine cât timp faci primele apeluri/raportări.
    .lead = Spune-i unui adult de încredere.

## What can wait

can-wait-heading = Ce poate să aștepte
can-wait-decide = Nu trebuie să decizi chiar acum dacă să ai o confruntare cu persoana respectivă, dacă să o „ierți” sau dacă să închei relația.
can-wait-confront = Dacă nu există amenințări și nimic nu a fost distribuit, nu e nevoie de o confruntare mare azi. Mai târziu, o singură limită stabilită calm, în scris (de ex., „Șterge toate copiile și nu le distribui”), poate fi suficientă — iar după aceea poți înceta orice interacțiune.
can-wait-details = Nu trebuie să aduni toate detaliile înainte să contactezi un serviciu de sprijin; câteva capturi de ecran esențiale și o cronologie scurtă sunt suficiente.
# Under-18 version: no screenshots.
can-wait-details-child = Nu trebuie să aduni toate detaliile înainte să ceri ajutor; este suficient să îi spui unui adult ce s-a întâmplat și când.

## Closing notes

reassurance-heading = O asigurare importantă
reassurance-body = Șocul, sentimentul că intimitatea ți-a fost încălcată sau panica sunt reacții normale. Când cineva păstrează imagini intime sau amenință că le distribuie, acestea pot fi folosite pentru a te controla — nu exagerezi și nu trebuie să treci prin asta fără ajutor.
scope-heading = Despre acest ghid
scope-body = Aceștia sunt primii pași pentru a stabiliza situația, a reduce riscul imediat și a te pune în legătură cu sprijin specializat. Deciziile ulterioare (demersuri juridice, probleme la locul de muncă/la școală, planificarea siguranței pe termen lung) pot veni după ce lucrurile se liniștesc.
legal-note-heading = Notă importantă
legal-note-body = Acest ghid oferă informații generale despre primii pași și nu reprezintă consultanță juridică și nici nu înlocuiește sprijinul de specialitate. Dacă ești în pericol imediat, sună la { $emergency }.
