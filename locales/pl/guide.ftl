## The guide itself, faithful to shared/source/guide-en-GB.txt.
## Do not rewrite the advice. Service names ({ -revenge-porn-helpline } etc.) and numbers
## ({ $emergency } etc.) are filled in by leafpress from content/: keep them exactly as they are,
## never type a name, number or web address yourself.
## A message's `.lead` attribute is printed in bold before its text.

# Cover title. "…" is one character (U+2026). The subtitle completes the sentence.
guide-title = Co zrobić, jeśli…
guide-subtitle = odkryjesz, że ktoś zapisał intymne zdjęcia wysłane przez ciebie w przekonaniu, że pozostaną prywatne

## Short answer

short-answer-heading = W skrócie
short-answer-body = Zatrzymaj się i skup na bezpieczeństwie: nie negocjuj, nie groź i nie wysyłaj niczego więcej. Zachowaj minimalną dokumentację (bez ponownego udostępniania zdjęć) i skorzystaj ze specjalistycznego wsparcia, aby zmniejszyć ryzyko, że zdjęcia zostaną udostępnione.
# Version for editions addressed to under-18s (school): a child must never be told to view,
# save or copy the image itself, not even to show an adult (UKCIS advice, March 2024). It is
# the only advice on the school wallet card (85 × 55 mm): keep it short and unambiguous.
short-answer-body-child = Zatrzymaj się i skup na bezpieczeństwie: nie negocjuj, nie groź i nie wysyłaj niczego więcej. Nie oglądaj, nie zapisuj, nie kopiuj i nie udostępniaj zdjęć — nawet po to, żeby pokazać je dorosłemu. Zamiast tego powiedz o tym zaufanej osobie dorosłej i skorzystaj ze specjalistycznego wsparcia, aby zmniejszyć ryzyko, że zdjęcia zostaną udostępnione.

## Do not do these things

do-not-heading = Czego nie robić
do-not-send-more = Nie wysyłaj kolejnych zdjęć, „dowodów” ani dodatkowych danych osobowych, żeby spróbować to naprawić.
do-not-agree-demands = Nie zgadzaj się na żądania (pieniądze, więcej zdjęć, spotkanie) — to często zaostrza sytuację.
do-not-threaten = Nie groź tej osobie publicznie ani nie wszczynaj publicznej kłótni; przez to materiały mogą rozprzestrzeniać się szybciej i trudniej będzie je usunąć.
do-not-reread = Nie czytaj w kółko przykrych wiadomości: zrób potrzebne zrzuty ekranu najważniejszych rzeczy, a potem zarchiwizuj/wycisz/ukryj czat, żeby nie musieć na niego patrzeć.
# Under-18 version: no screenshots (they may capture the image); the adult helping them reports.
do-not-reread-child = Nie czytaj w kółko przykrych wiadomości: powiedz o tym zaufanej osobie dorosłej, a potem zarchiwizuj/wycisz/ukryj czat, żeby nie musieć na niego patrzeć.
do-not-meet-alone = Nie spotykaj się z tą osobą sam na sam, żeby „wszystko wyjaśnić”, jeśli masz poczucie zastraszania, przymusu lub jakiegokolwiek zagrożenia dla bezpieczeństwa.

## What to do now

do-now-heading = Co zrobić teraz
do-now-pause = Jeśli ta osoba jest w pobliżu lub nie czujesz się bezpiecznie, na razie przerwij kontakt i przejdź w miejsce, w którym czujesz się fizycznie bezpiecznie.
    .lead = Zatrzymaj się w spokojniejszym, bezpieczniejszym miejscu.
do-now-stop-flow = Zakładaj, że wszystko, co wyślesz, może zostać zapisane. Wyłącz w komunikatorach „automatyczne zapisywanie w galerii (rolce aparatu)” i nie wysyłaj nikomu kolejnych intymnych treści, dopóki ta sytuacja trwa.
    .lead = Zatrzymaj napływ nowych materiałów.
do-now-evidence = Zbierz minimum dowodów (bez ponownego udostępniania zdjęć).
do-now-evidence-screenshot = Zrób zrzuty ekranu wiadomości, gróźb, nazw użytkowników, dat/godzin i linków.
do-now-evidence-timeline = Zanotuj, co wyszło na jaw i kiedy (prosta oś czasu).
do-now-evidence-url = Jeśli zdjęcie zostało już gdzieś opublikowane, skopiuj adres(y) URL i zanotuj nazwę konta.
# Police edition only: officers need the original material.
do-now-evidence-police = Przynieś nam to, co masz: telefon, wiadomości i linki.
    .lead = Niczego nie usuwaj.
# Under-18 editions replace the evidence steps above (UKCIS advice, March 2024).
do-now-evidence-child = Zanotuj, co się stało, ale bez zdjęcia.
do-now-evidence-child-dont-save = Nie oglądaj, nie kopiuj, nie przesyłaj dalej ani nie zapisuj samego zdjęcia lub filmu — nawet po to, żeby pokazać je dorosłemu albo je zgłosić.
do-now-evidence-child-timeline = Zanotuj, co się stało i kiedy (prosta oś czasu).
do-now-evidence-child-where = Zanotuj, gdzie je opublikowano (aplikacja lub strona internetowa i nazwa konta), nie otwierając ponownie zdjęcia.
do-now-takedown = Jeśli uważasz, że udostępnienie jest prawdopodobne (albo już do niego doszło), skorzystaj ze specjalistycznej pomocy w usuwaniu treści.
do-now-takedown-helpline = Jeśli masz 18 lat lub więcej, skontaktuj się z infolinią { -revenge-porn-helpline }, aby uzyskać poufne, praktyczne wsparcie (w tym wskazówki dotyczące usuwania treści).
do-now-takedown-stopncii = Rozważ skorzystanie z serwisu { -stopncii }: tworzy on „cyfrowy odcisk palca” (hash) twojego zdjęcia/filmu i przekazuje ten hash platformom uczestniczącym w programie, aby pomóc wykrywać/usuwać pasujące przesłane pliki. (Nie usunie treści wszędzie, ale może pomóc ograniczyć ponowne publikowanie w serwisach uczestniczących w programie).
do-now-report = Jeśli pojawiają się groźby, przymus, nękanie (stalking), szantaż lub udostępnianie bez zgody, zgłoś to.
# $emergency is the UK emergency number (999), filled in by leafpress.
do-now-report-danger = Jeśli grozi ci bezpośrednie niebezpieczeństwo, zadzwoń pod numer { $emergency }.
do-now-report-police = W innym przypadku zgłoś to lokalnej policji (również przez internet). Możesz też zgłosić to anonimowo za pośrednictwem organizacji { -crimestoppers }.
do-now-under-18 = Jeśli masz mniej niż 18 lat (lub ktokolwiek na zdjęciach ma mniej niż 18 lat), traktuj to jako sprawę bezpieczeństwa dziecka.
do-now-under-18-ceop = Zgłoś sprawę do { -ceop }.
do-now-under-18-report-remove = Jeśli zdjęcie/film młodej osoby jest w internecie i chcesz pomocy w jego usunięciu, może pomóc usługa { -report-remove } organizacji { -childline } (prowadzona wspólnie z organizacją { -internet-watch-foundation }).
do-now-accounts = Szybko sprawdź bezpieczeństwo swoich kont (ogranicz dalszy dostęp).
do-now-accounts-password = Najpierw zmień hasło do poczty e-mail, potem do najważniejszych kont w mediach społecznościowych.
do-now-accounts-2fa = Włącz uwierzytelnianie dwuskładnikowe.
do-now-accounts-sessions = Sprawdź „aktywne sesje/urządzenia” i wyloguj się ze wszystkiego, czego nie rozpoznajesz.
do-now-accounts-why = To szczególnie ważne, jeśli ta osoba miała dostęp do twojego telefonu, kont lub miejsca w chmurze.
do-now-tell-someone = Wybierz kogoś opanowanego, kto pomoże ci przejść przez kolejne kroki (przyjaciel lub przyjaciółka, ktoś z rodziny, osoba z organizacji wsparcia). Poproś tę osobę, żeby była przy tobie, gdy wykonujesz pierwsze telefony/zgłoszenia.
    .lead = Powiedz o tym jednej bezpiecznej osobie.
# Under-18 version of the step above.
do-now-tell-adult = Wybierz kogoś, komu ufasz: rodzica lub opiekuna, nauczyciela albo szkolną osobę odpowiedzialną za ochronę uczniów ({ $nation ->
        [wales] Designated Safeguarding Person
       *[england] Designated Safeguarding Lead
    }). Poproś tę osobę, żeby była przy tobie, gdy wykonujesz pierwsze telefony/zgłoszenia.
    .lead = Powiedz o tym zaufanej osobie dorosłej.

## What can wait

can-wait-heading = Co może poczekać
can-wait-decide = Nie musisz teraz decydować, czy skonfrontować się z tą osobą, „jej wybaczyć”, czy zakończyć związek.
can-wait-confront = Jeśli nie ma gróźb i nic nie zostało udostępnione, nie musisz dziś prowadzić wielkiej konfrontacji. Później może wystarczyć jedna spokojna, pisemna wiadomość stawiająca granicę (np. „Usuń wszystkie kopie i nikomu ich nie udostępniaj”) — a potem możesz przestać wchodzić w dalsze rozmowy.
can-wait-details = Nie musisz zbierać wszystkich szczegółów, zanim skontaktujesz się z organizacją wsparcia; wystarczy kilka najważniejszych zrzutów ekranu i krótka oś czasu.
# Under-18 version: no screenshots.
can-wait-details-child = Nie musisz zbierać wszystkich szczegółów, zanim poprosisz o pomoc; wystarczy, że powiesz osobie dorosłej, co się stało i kiedy.

## Closing notes

reassurance-heading = Ważne słowa otuchy
reassurance-body = Szok, poczucie naruszenia intymności czy panika to normalne reakcje. Gdy ktoś zapisuje intymne zdjęcia lub grozi ich udostępnieniem, może to służyć do kontrolowania cię — nie przesadzasz i nie musisz mierzyć się z tym w pojedynkę.
scope-heading = O tym poradniku
scope-body = To pierwsze kroki, które pomogą ustabilizować sytuację, zmniejszyć bezpośrednie ryzyko i skontaktować cię ze specjalistycznym wsparciem. Późniejsze decyzje (kroki prawne, sprawy związane z pracą/szkołą, długoterminowe planowanie bezpieczeństwa) mogą poczekać, aż sytuacja się uspokoi.
legal-note-heading = Ważna uwaga
legal-note-body = Ten poradnik zawiera ogólne informacje o pierwszych krokach i nie stanowi porady prawnej ani nie zastępuje profesjonalnego wsparcia. Jeśli grozi ci bezpośrednie niebezpieczeństwo, zadzwoń pod numer { $emergency }.
