import ArgumentParser

Interruption.install()
Arvio.main()
