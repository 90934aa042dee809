## Audio editions (a chaptered MP3 and an EPUB 3 audio book): the words a recording adds to
## the guide's text. Machine draft translation of locales/en-GB/audio.ftl: not yet checked by a
## qualified translator.

audio-duration = Mae’r recordiad hwn yn para tua { $minutes } munud.
audio-parts = Mae ganddo ran ar gyfer pob pennawd. Gallwch neidio o un rhan i’r nesaf.
audio-end = Diwedd y recordiad.
audio-contents = Cynnwys
format-audio = Sain
site-audio = Sain, { $minutes } munud
site-audio-book = Llyfr sain (EPUB)
audio-dot = dot
audio-dash = cysylltnod
audio-slash = slaes
audio-zero = dim
