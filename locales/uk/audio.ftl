## Audio editions (a chaptered MP3 and an EPUB 3 audio book): the words a recording adds to
## the guide's text. Machine draft translation of locales/en-GB/audio.ftl: not yet checked by a
## qualified translator.

audio-duration = Цей запис триває близько { $minutes ->
        [one] { $minutes } хвилини
       *[other] { $minutes } хвилин
    }.
audio-parts = Для кожного заголовка є окрема частина. Можна переходити від однієї частини до наступної.
audio-end = Кінець запису.
audio-contents = Зміст
format-audio = Аудіо
site-audio = Аудіо, { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
       *[other] { $minutes } хвилин
    }
site-audio-book = Аудіокнига (EPUB)
audio-dot = крапка
audio-dash = дефіс
audio-slash = скісна риска
