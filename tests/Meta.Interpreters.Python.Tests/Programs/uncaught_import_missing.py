# Importing a module that does not exist.
print("importing")
import definitely_not_a_module_xyz
