def next_patient(queue):
    # TODO: return the first name, or "No one waiting" if the queue is empty
    return queue[0]


def queue_position(queue, name):
    # TODO: return 1 for the first person, 2 for the second... and 0 if name is not in the queue
    return 0
