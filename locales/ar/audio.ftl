## Audio editions (a chaptered MP3 and an EPUB 3 audio book): the words a recording adds to
## the guide's text. Machine draft translation of locales/en-GB/audio.ftl: not yet checked by a
## qualified translator.

audio-duration = يستغرق هذا التسجيل حوالي { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }.
audio-parts = يحتوي على جزء لكل عنوان. يمكنك الانتقال من جزء إلى الجزء التالي.
audio-end = نهاية التسجيل.
audio-contents = المحتويات
format-audio = تسجيل صوتي
site-audio = تسجيل صوتي، { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }
site-audio-book = كتاب صوتي (EPUB)
audio-dot = نقطة
# «واصلة» (hyphen), not «شرطة», which a listener hears as "police".
audio-dash = واصلة
audio-slash = شرطة مائلة
