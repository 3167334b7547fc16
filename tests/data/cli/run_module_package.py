# args: -m email
