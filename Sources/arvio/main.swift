import ArgumentParser

Arvio.main()
