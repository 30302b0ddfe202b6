import sys
sys.stdout.buffer.write(b"\xff\xfe ok\n")
