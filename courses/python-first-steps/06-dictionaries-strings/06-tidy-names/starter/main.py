def tidy_name(raw):
    # TODO: split into words, capitalise each word, and join them with single spaces
    return raw.strip()


def initials(raw):
    # TODO: the first letter of each word, in capitals, each followed by "."
    return ""
