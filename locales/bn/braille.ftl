## Braille editions (content/formats/braille.toml): a .brf file for an embosser.
## Machine draft translation of locales/en-GB/braille.ftl: not yet checked by a qualified
## translator.

# The braille code of this language's braille edition (its title page and the download's name).
format-braille = ব্রেইল, সংক্ষেপহীন
# Under the braille download's name on the download page, in plain words.
site-braille-file = ব্রেইল প্রিন্টারের জন্য ব্রেইল ফাইল
