import os

written = 0
try:
    for i in range(1000):
        with open("junk-%d" % i, "wb") as f:
            for _ in range(64):
                f.write(b"x" * 1024 * 1024)
                written += 1
except OSError as e:
    print("stopped at %d MB: %s" % (written, e.strerror))
