

x