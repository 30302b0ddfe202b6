import os
import subprocess
import sys

# A daemon that tries to outlive the run: new session, double fork, ignores SIGHUP.
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        subprocess.Popen(["/bin/sleep", "3600"], start_new_session=True)
        os.execv("/bin/sleep", ["sleep", "3600"])
    os._exit(0)
print("started")
sys.stdout.flush()
