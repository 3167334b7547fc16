# args: --help -c pass
