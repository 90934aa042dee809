## Audio editions (a chaptered MP3 and an EPUB 3 audio book): the words a recording adds to
## the guide's text. Machine draft translation of locales/en-GB/audio.ftl: not yet checked by a
## qualified translator.

audio-duration = Esta gravação dura cerca de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
audio-parts = Tem uma parte para cada título. Pode passar de uma parte para a seguinte.
audio-end = Fim da gravação.
audio-contents = Índice
format-audio = Áudio
site-audio = Áudio, { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
site-audio-book = Audiolivro (EPUB)
audio-dot = ponto
audio-dash = hífen
audio-slash = barra
