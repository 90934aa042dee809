## Braille editions (content/formats/braille.toml): a .brf file for an embosser.
## Machine draft translation of locales/en-GB/braille.ftl: not yet checked by a qualified
## translator.

# The braille code of this language's braille edition (its title page and the download's name).
format-braille = બ્રેઇલ, સંક્ષેપ વિના
# Under the braille download's name on the download page, in plain words.
site-braille-file = બ્રેઇલ પ્રિન્ટર માટે બ્રેઇલ ફાઇલ
