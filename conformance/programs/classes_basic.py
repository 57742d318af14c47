class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"

class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"

a = Animal("cat")
d = Dog("rex")
print(a.speak()); print(d.speak()); print(a, d, [a, d])
print(Dog.kind, a.kind, isinstance(d, Animal), isinstance(a, Dog))

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __len__(self):
        return 2
print(Vec(1, 2) + Vec(3, 4), Vec(1, 1) == Vec(1, 1), Vec(1, 2) != Vec(1, 2), len(Vec(0, 0)))

class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr(42, "bad thing")
except MyErr as e:
    print("caught", e.code, e, repr(e))
raise MyErr(1, "final")
