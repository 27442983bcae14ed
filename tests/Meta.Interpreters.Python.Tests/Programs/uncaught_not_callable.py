# Calling a non-callable value.
handlers = {"x": print, "y": 42}
handlers["x"]("calling x")
handlers["y"]("calling y")
