def next_patient(queue):
    if len(queue) > 0:
        return queue[0]
    return "No one waiting"


def queue_position(queue, name):
    if name in queue:
        return queue.index(name) + 1
    return 0
