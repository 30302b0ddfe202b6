# Print "Done!" on one line.
