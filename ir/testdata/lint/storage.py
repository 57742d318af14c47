# === E015 raw int, at the top level and nested (quirk fixed)
class C(gl.Contract):
    a: int  # ERROR E015 "'a'"
    b: DynArray[int]  # ERROR E015 "'b'"
    c: TreeMap[str, int]  # ERROR E015 "'c'"

    def __init__(self):
        pass

# === E016 list and dict, also nested
class C(gl.Contract):
    a: list[str]  # ERROR E016 "use DynArray"
    b: dict  # ERROR E016 "use TreeMap"
    c: TreeMap[str, list]  # ERROR E016 "use DynArray"

    def __init__(self):
        pass

# === E017 Array sizes
class C(gl.Contract):
    a: Array[u8, typing.Literal[0]]  # ERROR E017
    b: Array[u8, typing.Literal[32]]

    def __init__(self):
        pass

import typing

# === E018 TreeMap keys: every sized int is comparable (quirk fixed)
class C(gl.Contract):
    a: TreeMap[u64, str]
    b: TreeMap[i8, str]
    c: TreeMap[bigint, str]
    d: TreeMap[bytes, str]
    e: TreeMap[bool, str]  # ERROR E018 "got 'bool'"
    f: TreeMap[float, str]  # ERROR E018

    def __init__(self):
        pass

# === E014 classes in storage need @allow_storage, searched recursively
from dataclasses import dataclass

@dataclass
class Plain:  # ERROR E014 "'Plain'"
    x: u8

@allow_storage
@dataclass
class Good:
    inner: DynArray[Plain]
    y: u256

class C(gl.Contract):
    g: TreeMap[str, Good]

    def __init__(self):
        pass

# === storage near miss: all storable types
import datetime
from dataclasses import dataclass

@allow_storage
@dataclass
class Rec:
    when: datetime.datetime
    who: Address
    score: float
    tags: DynArray[str]

class C(gl.Contract):
    a: bool
    b: u256
    c: i8
    d: bigint
    e: str
    f: bytes
    g: Address
    h: float
    i: DynArray[DynArray[Rec]]
    j: TreeMap[Address, TreeMap[str, Rec]]
    k: Array[Rec, typing.Literal[3]]

    def __init__(self):
        pass

import typing

# === C103 C104 storage types GenVM cannot hold
class C(gl.Contract):
    a: TreeMap  # ERROR C103
    b: tuple[int, str]  # ERROR C104
    c: set[str]  # ERROR C104

    def __init__(self):
        pass
