## Audio editions (a chaptered MP3 and an EPUB 3 audio book): the words a recording adds to
## the guide's text. Machine draft translation of locales/en-GB/audio.ftl: not yet checked by a
## qualified translator.

audio-duration = Esta grabación dura unos { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
audio-parts = Tiene una parte para cada título. Puede pasar de una parte a la siguiente.
audio-end = Fin de la grabación.
audio-contents = Índice
format-audio = Audio
site-audio = Audio, { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
site-audio-book = Audiolibro (EPUB)
audio-dot = punto
audio-dash = guion
audio-slash = barra
