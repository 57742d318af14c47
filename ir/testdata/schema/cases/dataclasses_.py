# { "Depends": "py-genlayer:test" }
from dataclasses import dataclass
import typing

from genlayer import *


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Base:
    id: u64
    name: str


@dataclass
class Item(Base):
    tags: list[str]
    where: Point
    owner: Address | None
    name: str


@allow_storage
@dataclass
class Stored:
    values: DynArray[u256]
    meta: TreeMap[str, str]


class C(gl.Contract):
    def __init__(self, p: Point):
        pass

    @gl.public.view
    def item(self, i: Item) -> Item:
        return i

    @gl.public.view
    def items(self) -> list[Item]:
        return []

    @gl.public.view
    def stored(self) -> Stored:
        raise Exception()

    @gl.public.write
    def points(self, ps: dict[str, Point], opt: typing.Optional[Point]) -> None:
        pass
