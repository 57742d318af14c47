# Builtin classes subscripted at run time make types.GenericAlias values.
def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: list[int])
show(lambda: dict[str, int])
show(lambda: tuple[int, ...])
show(lambda: tuple[()])
show(lambda: set[str])
show(lambda: frozenset[bytes])
show(lambda: type[int])
show(lambda: list[list[int]])
show(lambda: dict[str, list[int]])
show(lambda: list[int] | None)
show(lambda: list[int]())
show(lambda: list[int]([1, 2]))
show(lambda: dict[str, int](a=1))
show(lambda: tuple[int, ...]((1, 2)))
show(lambda: list[int] == list[int])
show(lambda: list[int] == list[str])
show(lambda: list[int] == list)
show(lambda: hash(list[int]) == hash(list[int]))
show(lambda: list[int].__origin__)
show(lambda: dict[str, int].__args__)
show(lambda: isinstance([], list[int]))
show(lambda: issubclass(list, list[int]))
show(lambda: isinstance([], (int, list[int])))
show(lambda: int[str])
show(lambda: str[int])
show(lambda: object[int])


class A:
    pass


show(lambda: A[int])
aliases = {"ids": list[int], "names": dict[str, str]}
for k in sorted(aliases):
    print(k, aliases[k])
IntList = list[int]
print(IntList, IntList([3]))
x: list[int] = IntList()
x.append(1)
print(x)
import typing
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]))
print(typing.List[int] == list[int])
print(type(list[int]).__name__, type(list[int]).__module__, type(list[int]))
print(type(int | None).__name__, type(list[int] | None).__name__)
show(lambda: issubclass(list, (int, list[int])))
show(lambda: isinstance([], list[int] | None))
show(lambda: isinstance(None, list[int] | None))
show(lambda: isinstance(1, typing.Optional[int]))
show(lambda: isinstance("x", typing.Optional[int]))
show(lambda: isinstance([], typing.List))
show(lambda: isinstance([], typing.List[int]))
show(lambda: isinstance(1, typing.Any))
show(lambda: isinstance(1, typing.Union))
show(lambda: issubclass(bool, typing.Optional[int]))
show(lambda: issubclass(list, typing.List))
show(lambda: issubclass(list, typing.List[int]))
show(lambda: issubclass(int, typing.Any))
show(lambda: issubclass(int, typing.Union))
show(lambda: isinstance(1, 5))
show(lambda: issubclass(int, 5))
show(lambda: list[int][int])
show(lambda: dict[str, int][str])


class Plain:
    def __class_getitem__(cls, item):
        return ("plain", cls.__name__, item)


class Decorated:
    @classmethod
    def __class_getitem__(cls, item):
        return ("decorated", cls.__name__, item)


class Sub(Plain):
    pass


show(lambda: Plain[int])
show(lambda: Decorated[str, int])
show(lambda: Sub[1])
