import threading, time
threads = [threading.Thread(target=time.sleep, args=(5,)) for _ in range(500)]
for t in threads:
    t.start()
