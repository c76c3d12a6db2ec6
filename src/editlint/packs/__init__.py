"""Rule packs that ship with editlint."""
