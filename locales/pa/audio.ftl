## Audio editions (a chaptered MP3 and an EPUB 3 audio book): the words a recording adds to
## the guide's text. Machine draft translation of locales/en-GB/audio.ftl: not yet checked by a
## qualified translator.

audio-duration = ਇਹ ਰਿਕਾਰਡਿੰਗ ਲਗਭਗ { $minutes } ਮਿੰਟ ਦੀ ਹੈ।
audio-parts = ਹਰ ਸਿਰਲੇਖ ਲਈ ਇੱਕ ਹਿੱਸਾ ਹੈ। ਤੁਸੀਂ ਇੱਕ ਹਿੱਸੇ ਤੋਂ ਅਗਲੇ ਹਿੱਸੇ ਤੇ ਜਾ ਸਕਦੇ ਹੋ।
audio-end = ਰਿਕਾਰਡਿੰਗ ਸਮਾਪਤ।
audio-contents = ਸੂਚੀ
format-audio = ਆਡੀਓ
site-audio = ਆਡੀਓ, { $minutes } ਮਿੰਟ
site-audio-book = ਆਡੀਓ ਕਿਤਾਬ (EPUB)
audio-dot = ਡੌਟ
audio-dash = ਡੈਸ਼
audio-slash = ਸਲੈਸ਼
