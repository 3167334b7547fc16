# args: --version -c pass
