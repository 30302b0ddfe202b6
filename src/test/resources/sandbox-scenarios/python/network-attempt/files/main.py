import socket

reached = []
for host, port in [("1.1.1.1", 53), ("10.0.0.1", 80), ("127.0.0.1", 8080), ("169.254.169.254", 80)]:
    try:
        socket.create_connection((host, port), timeout=1).close()
        reached.append("%s:%d" % (host, port))
    except OSError:
        pass
try:
    socket.getaddrinfo("example.com", 80)
    reached.append("dns")
except OSError:
    pass
print("reached " + ", ".join(reached) if reached else "nothing reachable")
