# `import socket` works (asyncio, dataclasses' users import it); byte order helpers.
import socket
print(socket.AF_INET, socket.SOCK_STREAM, repr(socket.AF_INET), socket.SocketKind.SOCK_DGRAM)
print(socket.htons(1), socket.ntohl(1), socket.inet_aton("1.2.3.4"), socket.inet_ntoa(b"\x7f\0\0\1"))
print(socket.getdefaulttimeout(), issubclass(socket.timeout, OSError), socket.error is OSError)
import asyncio
print(asyncio.iscoroutinefunction(asyncio.sleep))
