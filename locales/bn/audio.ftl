## Audio editions (a chaptered MP3 and an EPUB 3 audio book): the words a recording adds to
## the guide's text. Machine draft translation of locales/en-GB/audio.ftl: not yet checked by a
## qualified translator.

audio-duration = এই রেকর্ডিংটি প্রায় { $minutes } মিনিট দীর্ঘ।
audio-parts = প্রতিটি শিরোনামের জন্য একটি অংশ আছে। আপনি এক অংশ থেকে পরের অংশে যেতে পারেন।
audio-end = রেকর্ডিং শেষ।
audio-contents = সূচিপত্র
format-audio = অডিও
site-audio = অডিও, { $minutes } মিনিট
site-audio-book = অডিও বই (EPUB)
audio-dot = ডট
audio-dash = ড্যাশ
audio-slash = স্ল্যাশ
