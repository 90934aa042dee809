## Audio editions (a chaptered MP3 and an EPUB 3 audio book): the words a recording adds to
## the guide's text. A speech engine reads them aloud: keep them short and plain.

# Said near the start of every recording, after its title and edition.
# $minutes is the recording's length in whole minutes (1 or more).
audio-duration = This recording lasts about { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
# Said after the length: each heading of the guide is a part (an MP3 chapter).
audio-parts = It has a part for each heading. You can skip from one part to the next.
# Said at the very end of the recording.
audio-end = End of the recording.
# The audio book's list of its parts (table of contents), as a heading.
audio-contents = Contents
# A web address is read with its marks as words, since some voices skip them:
# "stopncii.org" is read "stop N C I I dot org", "crimestoppers-uk.org" "crimestoppers dash
# U K dot org". Use the words people say when they read a web address aloud.
audio-dot = dot
audio-dash = dash
audio-slash = slash
# Optional: a language whose speakers name 0 in a phone number with a word the voice does
# not use may give it here (Welsh: "dim"). Leave it out to let the voice read the digit.
# audio-zero = zero

## The audio format on the download page.

format-audio = Audio
# A download: the MP3 file. $minutes is its length in whole minutes.
site-audio = Audio, { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
# A download: the EPUB audio book (the text, highlighted as it is read).
site-audio-book = Audio book (EPUB)
