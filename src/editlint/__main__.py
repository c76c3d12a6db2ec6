from editlint.client import main

main()
