# A name with no close candidate: no suggestion is printed.
print("x")
print(completely_unrelated_identifier_zzz)
