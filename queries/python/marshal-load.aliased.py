from marshal import loads as unmarshal

# ruleid: py.marshal-load
obj = unmarshal(blob)
