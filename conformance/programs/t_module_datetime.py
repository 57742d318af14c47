def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

import datetime
d = datetime.datetime(2024, 1, 31, 12, 30, 5)
print(d, d.isoformat(), d + datetime.timedelta(days=1, hours=13), d.year, d.weekday())
print(datetime.date(2020, 2, 29).isoformat(), datetime.timedelta(seconds=3661))
print(d.strftime('%Y-%m-%d %H:%M'))
show(lambda: datetime.datetime.fromisoformat('2024-05-06T07:08:09+00:00'))
