# === raw W010 missing header
from genlayer import *  # WARN W010

class C(gl.Contract):
    def __init__(self):
        pass

# === raw W011 header without py-genlayer
# { "Depends": "py-other:abc" }  # WARN W011
from genlayer import *

class C(gl.Contract):
    def __init__(self):
        pass

# === raw near miss: Seq header with py-genlayer
# { "Seq": [
#   { "Depends": "py-lib-genlayer-embeddings:xyz" },
#   { "Depends": "py-genlayer:abc" }
# ] }
from genlayer import *

class C(gl.Contract):
    def __init__(self):
        pass

# === raw E001 syntax error
# { "Depends": "py-genlayer:test" }
x = = 1  # ERROR E001 "Syntax error: invalid syntax"
    pass
