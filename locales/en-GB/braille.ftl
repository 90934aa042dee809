## Braille editions (content/formats/braille.toml): a .brf file for an embosser.

# The braille code the braille edition is in: its title page says it, and it names the
# download. Name the code of your language's table (locale.toml, [braille] table), e.g.
# "contracted" or "uncontracted" braille.
format-braille = Braille, UEB grade 2
# Under the braille download's name on the download page, in plain words: an embosser is
# the printer that presses braille dots into paper.
site-braille-file = Braille file for an embosser
