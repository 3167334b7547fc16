# args: -m calendar 2024 2
