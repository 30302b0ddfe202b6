import glob
import os

readable = []
for path in ["/etc/shadow", "/etc/hostname", "/root", "/home", "/proc/self/root/root", "/sys/fs/cgroup",
             "/var/lib/coderise", "/work/../slots", "/opt/coderise/../../root", "/usr/lib/jvm/../../../etc/shadow"]:
    try:
        if os.path.isdir(path):
            os.listdir(path)
        else:
            open(path, "rb").read(1)
        readable.append(path)
    except OSError:
        pass
readable += [p for p in glob.glob("/proc/*/cwd") if os.path.realpath(p) not in ("/work", p)]
readable += [p for p in glob.glob("/*/*main.py") + glob.glob("/*/*/main.py") if not p.startswith("/work/")]
print("readable: " + ", ".join(readable) if readable else "nothing readable")
