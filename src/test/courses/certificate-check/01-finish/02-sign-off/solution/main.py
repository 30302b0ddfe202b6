print("Done!")
