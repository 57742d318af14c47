# === E011 second contract, E012 public __init__, C101 missing __init__
class A(gl.Contract):
    @gl.public.write  # (decorator line)
    def __init__(self):  # ERROR E012
        pass

class B(gl.Contract):  # ERROR E011 "'B' should be in separate file" WARN C101
    pass

# === E013 public dunder, including payable and min_gas forms (quirk fixed)
class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.view
    def __secret__(self) -> int:  # ERROR E013
        return 1

    @gl.public.write.payable
    def __pay__(self) -> None:  # ERROR E013
        pass

    @gl.public.write.min_gas(leader=1, validator=1)
    def __gas(self) -> None:  # ERROR E013
        pass

# === E013 near miss: private dunders and the special methods
class C(gl.Contract):
    def __init__(self):
        pass

    def __helper(self) -> None:
        pass

    @gl.public.write
    def __handle_undefined_method__(self, method_name: str, args: list, kwargs: dict) -> None:
        pass

# === E019 special methods need a public write decorator
class C(gl.Contract):
    def __init__(self):
        pass

    def __receive__(self):  # ERROR E019 "@gl.public.write.payable"
        pass

    @gl.public.view
    def __handle_undefined_method__(self, method_name: str, args: list, kwargs: dict) -> None:  # ERROR E019
        pass

# === E019 near miss: payable __receive__ (a false positive of genvm-lint)
class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write.payable
    def __receive__(self):
        pass

# === W020 view without return annotation, also when payable-looking decorators are stacked
class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.view
    def v(self):  # WARN W020
        return 1

    @gl.public.write
    def w(self):
        pass

# === E021 *args and **kwargs in public methods, also payable (quirk fixed)
class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def a(self, *args) -> None:  # ERROR E021 "*args"
        pass

    @gl.public.write.payable
    def b(self, **kw) -> None:  # ERROR E021 "**kwargs"
        pass

    def private_ok(self, *args, **kw) -> None:
        pass

# === E022 first parameter must be self
class C(gl.Contract):
    def __init__(self):
        pass

    def helper(x) -> None:  # ERROR E022
        pass

    def nothing() -> None:  # ERROR E022
        pass

# === E022 near miss: staticmethod and classmethod
class C(gl.Contract):
    def __init__(self):
        pass

    @staticmethod
    def util(x: int) -> int:
        return x

    @classmethod
    def make(cls) -> None:
        pass

# === W004 builtin exceptions raised in the contract
class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self, x: int) -> None:
        if x < 0:
            raise ValueError("negative")  # WARN W004 "'ValueError'"
        if x == 0:
            raise Exception  # WARN W004
        def inner() -> None:
            raise KeyError("k")  # WARN W004
        inner()

# === W004 near miss: UserError, user exceptions, a shadowed name, raises outside the contract
class ValueError(Exception):
    pass

def check(x: int) -> None:
    if x < 0:
        raise TypeError("outside")

class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self, x: int) -> None:
        check(x)
        if x == 1:
            raise gl.vm.UserError("bad")
        raise ValueError("mine")

# === W001 forbidden imports, W002 non-deterministic calls
import os  # WARN W001 "'os'"
from random import randint  # WARN W001 "from 'random'"
import urllib.parse
import time
import uuid
from time import time as now

class C(gl.Contract):
    def __init__(self):
        time.time()  # WARN W002 "'time.time()'"
        uuid.uuid4()  # WARN W002
        now()  # WARN W002

# === W002 near miss: a user object with a time method, datetime.now
import datetime

class Clock:
    def time(self) -> int:
        return 0

time = Clock()

class C(gl.Contract):
    def __init__(self):
        time.time()
        datetime.datetime.now()

# === raw E011 resolved contract bases: module aliases and direct imports
# { "Depends": "py-genlayer:test" }
import genlayer.gl as glm
from genlayer.gl import Contract

class A(glm.Contract):
    def __init__(self):
        pass

class B(Contract):  # ERROR E011
    def __init__(self):
        pass

# === E011 near miss: a user class named Contract is not the SDK's
class Contract:
    pass

class A(gl.Contract):
    def __init__(self):
        pass

class B(Contract):
    def __init__(self):
        pass

# === C108 a __receive__ that is not payable
class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def __receive__(self):  # WARN C108
        pass
