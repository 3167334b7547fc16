# args: -m json.tool --sort-keys -h
