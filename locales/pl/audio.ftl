## Audio editions (a chaptered MP3 and an EPUB 3 audio book): the words a recording adds to
## the guide's text. Machine draft translation of locales/en-GB/audio.ftl: not yet checked by a
## qualified translator.

audio-duration = To nagranie trwa około { $minutes ->
        [one] { $minutes } minuty
       *[other] { $minutes } minut
    }.
audio-parts = Każdy nagłówek ma osobną część. Możesz przechodzić od jednej części do następnej.
audio-end = Koniec nagrania.
audio-contents = Spis treści
format-audio = Nagranie audio
site-audio = Nagranie audio, { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
       *[other] { $minutes } minut
    }
site-audio-book = Audiobook (EPUB)
audio-dot = kropka
audio-dash = myślnik
audio-slash = ukośnik
