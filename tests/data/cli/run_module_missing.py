# args: -m nosuch_taipan_module
