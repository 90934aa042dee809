## Audio editions (a chaptered MP3 and an EPUB 3 audio book): the words a recording adds to
## the guide's text. Machine draft translation of locales/en-GB/audio.ftl: not yet checked by a
## qualified translator.

audio-duration = یہ ریکارڈنگ تقریباً { $minutes } منٹ کی ہے۔
audio-parts = ہر سرخی کے لیے ایک حصہ ہے۔ آپ ایک حصے سے اگلے حصے پر جا سکتے ہیں۔
audio-end = ریکارڈنگ ختم۔
audio-contents = فہرست
format-audio = آڈیو
site-audio = آڈیو، { $minutes } منٹ
site-audio-book = آڈیو کتاب (EPUB)
audio-dot = ڈاٹ
audio-dash = ڈیش
audio-slash = سلیش
