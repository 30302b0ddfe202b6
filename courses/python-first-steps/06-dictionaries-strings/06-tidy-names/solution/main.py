def tidy_name(raw):
    words = []
    for word in raw.split():
        words.append(word.capitalize())
    return " ".join(words)


def initials(raw):
    result = ""
    for word in raw.split():
        result += word[0].upper() + "."
    return result
