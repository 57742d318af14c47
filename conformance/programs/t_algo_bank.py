def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError('amount must be positive')
        self.balance += amt
        self.history.append(('dep', amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise ValueError(f'insufficient funds: {self.balance} < {amt}')
        self.balance -= amt
        self.history.append(('wd', amt))
a = Account('ann', 100)
for op, amt in [('deposit', 50), ('withdraw', 500), ('withdraw', 30), ('deposit', -1)]:
    try:
        getattr(a, op)(amt)
    except ValueError as e:
        print('error:', e)
print(a.balance, a.history)
