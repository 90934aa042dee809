## Audio editions (a chaptered MP3 and an EPUB 3 audio book): the words a recording adds to
## the guide's text. Machine draft translation of locales/en-GB/audio.ftl: not yet checked by a
## qualified translator.

audio-duration = Această înregistrare durează aproximativ { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }.
audio-parts = Are câte o parte pentru fiecare titlu. Puteți trece de la o parte la următoarea.
audio-end = Sfârșitul înregistrării.
audio-contents = Cuprins
format-audio = Audio
site-audio = Audio, { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }
site-audio-book = Carte audio (EPUB)
audio-dot = punct
audio-dash = cratimă
audio-slash = bară oblică
