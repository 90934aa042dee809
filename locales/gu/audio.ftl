## Audio editions (a chaptered MP3 and an EPUB 3 audio book): the words a recording adds to
## the guide's text. Machine draft translation of locales/en-GB/audio.ftl: not yet checked by a
## qualified translator.

audio-duration = આ રેકોર્ડિંગ લગભગ { $minutes } મિનિટનું છે.
audio-parts = દરેક મથાળા માટે એક ભાગ છે. તમે એક ભાગથી બીજા ભાગ પર જઈ શકો છો.
audio-end = રેકોર્ડિંગ સમાપ્ત.
audio-contents = અનુક્રમણિકા
format-audio = ઑડિયો
site-audio = ઑડિયો, { $minutes } મિનિટ
site-audio-book = ઑડિયો પુસ્તક (EPUB)
audio-dot = ડોટ
audio-dash = ડેશ
audio-slash = સ્લેશ
